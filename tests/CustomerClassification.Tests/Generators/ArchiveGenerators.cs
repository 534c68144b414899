using CustomerClassification.Credit;
using CustomerClassification.Customers;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerClassification.Tests.Generators;

/// <summary>One step of the model-based archive test: an operation (valid or not) that the archive and the model both run.</summary>
public abstract record ArchiveStep;

public sealed record AddStep(string Code, string Category) : ArchiveStep;

public sealed record ReclassifyStep(string Code, string Category, bool Override) : ArchiveStep;

public sealed record ChangePhoneStep(string Code, string Phone) : ArchiveStep;

public sealed record RemoveStep(string Code) : ArchiveStep;

public sealed record MarkTransactedStep(string Code) : ArchiveStep;

public sealed record DeactivateStep(string Code) : ArchiveStep;

public sealed record ReactivateStep(string Code) : ArchiveStep;

public sealed record MergeStep(string From, string Into) : ArchiveStep;

public sealed record AddCategoryStep(string Code) : ArchiveStep;

public sealed record RemoveCategoryStep(string Code) : ArchiveStep;

public sealed record BatchStep(IReadOnlyList<ArchiveStep> Steps) : ArchiveStep
{
    public override string ToString() => $"Batch[{string.Join("; ", Steps)}]";
}

/// <summary>A sequence of archive steps.</summary>
public sealed record ArchiveScript(IReadOnlyList<ArchiveStep> Steps)
{
    public override string ToString() => string.Join(Environment.NewLine, Steps);
}

/// <summary>The generators of the customers domain, registered with [Properties(Arbitrary = …)].</summary>
public static class ArchiveGenerators
{
    public const int StepsPerScript = 110;

    // Small pools, so that steps collide: duplicates, missing parents, categories in use, locked customers.
    private static readonly string[] CustomerCodes = Enumerable.Range(0, 12).Select(i => $"C{i:00}").ToArray();
    private static readonly string[] CategoryCodes = ["01", "02", "03", "01001", "01002", "02001", "03001", "04001"];

    public static Gen<ArchiveStep> Steps => Gen.Frequency(
        (8, SingleSteps),
        (1, SingleSteps.ListOf(3).Select(steps => (ArchiveStep)new BatchStep(steps.ToArray()))));

    public static Arbitrary<ArchiveScript> ScriptArbitrary() =>
        Steps.ArrayOf(StepsPerScript).Select(steps => new ArchiveScript(steps)).ToArbitrary();

    // T3's discount-and-net-days terms mostly, and each period form (月结, 季结, 次月N日, 预付款).
    public static Arbitrary<PaymentTerms> PaymentTermsArbitrary() => Gen.Frequency(
        (6, from count in Gen.Choose(0, 4)
            from days in Gen.Choose(0, 60).ArrayOf(count)
            from percents in Gen.Choose(1, 990).ArrayOf(count)
            from extra in Gen.Choose(0, 90)
            let steps = days.Distinct().OrderBy(d => d).Zip(percents.Distinct().OrderByDescending(p => p), (d, p) => new CashDiscountStep(p / 10m, d)).ToArray()
            select new PaymentTerms((steps.Length == 0 ? 0 : steps[^1].WithinDays) + extra, steps)),
        (1, Gen.Choose(0, 120).Select(PaymentTerms.MonthEnd)),
        (1, Gen.Choose(0, 120).Select(PaymentTerms.QuarterEnd)),
        (1, Gen.Choose(1, 31).Select(PaymentTerms.NextMonthDay)),
        (1, Gen.Constant(PaymentTerms.CashInAdvance))).ToArbitrary();

    private static Gen<string> Customer => Gen.Elements(CustomerCodes);

    private static Gen<string> Category => Gen.Elements(CategoryCodes);

    private static Gen<ArchiveStep> SingleSteps => Gen.Frequency(
        (6, Customer.Zip(Category, (c, g) => (ArchiveStep)new AddStep(c, g))),
        (4, from c in Customer from g in Category from o in Gen.Elements(true, false) select (ArchiveStep)new ReclassifyStep(c, g, o)),
        (2, from c in Customer from p in Gen.Elements("021-1", "021-2") select (ArchiveStep)new ChangePhoneStep(c, p)),
        (2, Customer.Select(c => (ArchiveStep)new RemoveStep(c))),
        (2, Customer.Select(c => (ArchiveStep)new MarkTransactedStep(c))),
        (1, Customer.Select(c => (ArchiveStep)new DeactivateStep(c))),
        (1, Customer.Select(c => (ArchiveStep)new ReactivateStep(c))),
        (1, Customer.Zip(Customer, (a, b) => (ArchiveStep)new MergeStep(a, b))),
        (3, Category.Select(g => (ArchiveStep)new AddCategoryStep(g))),
        (1, Category.Select(g => (ArchiveStep)new RemoveCategoryStep(g))));
}

/// <summary>A unified social credit code body (17 characters) with a position and a different character to put there.</summary>
public sealed record TaxIdMutation(string First17, int Position, char Replacement);

/// <summary>A resident id's first 17 digits (a province, a real birth date, a sequence) and a substitution in its last four characters (a digit, or X as the check character).</summary>
public sealed record ResidentIdMutation(string First17, NodaTime.LocalDate BirthDate, int Position, char Replacement);

/// <summary>The generator of tax-id mutations, registered with [Properties(Arbitrary = …)].</summary>
public static class TaxIdGenerators
{
    public const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static Arbitrary<TaxIdMutation> MutationArbitrary() =>
        (from body in Gen.Elements(CodeCharacters.ToCharArray()).ArrayOf(17)
         from position in Gen.Choose(0, 17)
         from replacement in Gen.Elements(CodeCharacters.ToCharArray())
         select new TaxIdMutation(new string(body), position, replacement)).ToArbitrary();

    public static Arbitrary<ResidentIdMutation> ResidentIdArbitrary() =>
        (from province in Gen.Elements("11", "31", "44", "51", "65", "82")
         from county in Gen.Choose(0, 9999)
         from days in Gen.Choose(0, 46_000)
         from sequence in Gen.Choose(0, 999)
         from position in Gen.Choose(14, 17)
         // An X inside the first 17 is no longer a resident id's shape: it may then be a unified code, valid by chance.
         from replacement in Gen.Elements((position == 17 ? "0123456789X" : "0123456789").ToCharArray())
         let born = new NodaTime.LocalDate(1900, 1, 1).PlusDays(days)
         select new ResidentIdMutation(
             FormattableString.Invariant($"{province}{county:0000}{born:yyyyMMdd}{sequence:000}"), born, position, replacement)).ToArbitrary();
}
