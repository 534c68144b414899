using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerClassification.Tests.Generators;

/// <summary>The values of one generated customer; <see cref="SnapshotGenerators"/> turns them into a <see cref="Customer"/>.</summary>
public sealed record CustomerRecipe(
    string Name,
    int Leaf,
    int Region,
    int Industry,
    decimal? CreditLimit,
    string? Grade,
    int? DevelopedDays,
    bool Deactivated,
    bool Transacted,
    string[] Tags,
    string? Phone,
    string? Type,
    decimal? Capital,
    bool GivenMnemonic,
    bool WithTaxId,
    PaymentTerms? Terms);

/// <summary>A generated account set: customers over the sample rule archive, later changes, policies and rules.</summary>
public sealed record AccountSetRecipe(CustomerRecipe[] Customers, int[] Changes, decimal[] Limits, ClassificationRule[] Rules)
{
    private static readonly string[] Leaves = ["0101", "0102", "0201", "0202", "0301"];
    private static readonly string?[] Regions = [null, "0101", "0102", "0201"];
    private static readonly string?[] Industries = [null, "01", "02"];
    private static readonly LocalDate Epoch = new(2010, 1, 1);

    /// <summary>Builds the account set: a fresh archive each time, so the recipe can be built twice.</summary>
    public AccountSet Build()
    {
        var archive = SampleRules.Archive();
        archive.AddCategory(DimensionNames.Category, "03", "其他", "主管");
        archive.AddCategory(DimensionNames.Category, "0301", "零星客户", "主管");
        var batch = new ChangeBatch();
        for (var i = 0; i < Customers.Length; i++)
        {
            batch.Add(Customer("C" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), Customers[i]));
        }

        Assert.True(archive.Apply(batch, "导入").Succeeded);
        for (var i = 0; i < Changes.Length && Customers.Length > 0; i++)
        {
            var code = "C" + (Changes[i] % Customers.Length).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var change = (Changes[i] / Customers.Length) % 3;
            _ = change switch
            {
                0 => archive.Apply(new ChangeBatch().Update(code, c => c with { Phone = "021-" + i }), "出纳"),
                1 => archive.Apply(new ChangeBatch().RenameCategory(DimensionNames.Category, "0301", "零星客户" + i), "主管"),
                _ => archive.Apply(new ChangeBatch().MarkTransacted(code), "系统"),
            };
        }

        var policies = new CreditPolicySet(defaults: new CreditPolicy { CreditLimit = Limits.FirstOrDefault(), AllowedOverdueDays = 30 });
        for (var i = 0; i < Limits.Length; i++)
        {
            policies = policies.With(Leaves[i % Leaves.Length], new CreditPolicy { CreditLimit = Limits[i], WarningThreshold = 0.8m, BlockOverLimit = i % 2 == 0, MinimumGrade = "B", AutoApprovedGrades = ["AAA"] });
        }

        return new AccountSet(archive, policies, Rules);
    }

    private static Customer Customer(string code, CustomerRecipe r)
    {
        var developed = r.DevelopedDays is { } days ? Epoch.PlusDays(days) : (LocalDate?)null;
        var fields = new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal);
        if (r.Type is not null)
        {
            fields["类型"] = r.Type;
        }

        if (r.Capital is { } capital)
        {
            fields["注册资本"] = capital;
        }

        if (developed is { } signed)
        {
            fields["签约日期"] = signed.PlusDays(3);
        }

        return new Customer(code, r.Name)
        {
            CategoryCode = Leaves[r.Leaf],
            RegionCode = Regions[r.Region],
            Dimensions = Industries[r.Industry] is { } industry ? new Dictionary<string, string> { ["行业"] = industry } : new Dictionary<string, string>(),
            CreditLimit = r.CreditLimit,
            CreditGrade = r.Grade,
            DevelopedOn = developed,
            DeactivatedOn = r.Deactivated && developed is { } d ? d.PlusDays(400) : null,
            Tags = r.Tags,
            Phone = r.Phone,
            CustomFields = fields,
            MnemonicCode = r.GivenMnemonic ? "X" + code : null,
            TaxId = r.WithTaxId ? TaxId.Parse("91310000" + code.Substring(1).PadLeft(9, '1') + TaxId.CheckCharacter("91310000" + code.Substring(1).PadLeft(9, '1'))) : null,
            PaymentTerms = r.Terms,
            HasTransactions = r.Transacted,
        };
    }
}

/// <summary>The generator of account sets for the snapshot round-trip property, registered with [Properties(Arbitrary = …)].</summary>
public static class SnapshotGenerators
{
    private static Gen<decimal> Money => Gen.Choose(0, 50_000_000).Select(cents => cents / 100m);

    private static Gen<CustomerRecipe> Customer =>
        from name in NameGenerators.CoreNames.Zip(NameGenerators.CompanyForms, (core, form) => (core.Length > 60 ? core[..60] : core) + form)
        from leaf in Gen.Choose(0, 4)
        from region in Gen.Choose(0, 3)
        from industry in Gen.Choose(0, 2)
        from limit in Gen.OneOf(Gen.Constant((decimal?)null), Money.Select(m => (decimal?)m))
        from grade in Gen.Elements(null, "AAA", "A", "C")
        from developed in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 5000).Select(d => (int?)d))
        from flags in Gen.Choose(0, 31)
        from tags in Gen.SubListOf(RuleGenerators.Tags).Select(t => t.ToArray())
        from phone in Gen.Elements(null, "021-5555", " 010 6666 ")
        from type in Gen.Elements(null, "经销商", "零售", "代理'商\"")
        from capital in Gen.OneOf(Gen.Constant((decimal?)null), Money.Select(m => (decimal?)m))
        from terms in Gen.OneOf(Gen.Constant((PaymentTerms?)null), ArchiveGenerators.PaymentTermsArbitrary().Generator.Select(t => (PaymentTerms?)t))
        select new CustomerRecipe(name, leaf, region, industry, limit, grade, developed, (flags & 1) != 0, (flags & 2) != 0, tags, phone, type, capital, (flags & 4) != 0, (flags & 8) != 0, terms);

    public static Arbitrary<AccountSetRecipe> AccountSets() =>
        (from customers in Gen.Choose(0, 25).SelectMany(n => Customer.ArrayOf(n))
         from changes in Gen.Choose(0, 200).ArrayOf()
         from limits in Money.ArrayOf()
         from ruleCount in Gen.Choose(0, 4)
         from rules in RuleGenerators.Rules(ruleCount)
         select new AccountSetRecipe(customers, changes, limits, rules)).ToArbitrary();
}
