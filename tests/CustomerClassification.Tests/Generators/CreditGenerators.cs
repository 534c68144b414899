using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerClassification.Tests.Generators;

/// <summary>
/// A generated credit scenario: a tree, customers on its leaves (some unclassified), policies on some
/// categories, and open items. <see cref="Archive"/> builds the archive it describes.
/// </summary>
public sealed record CreditScenario(
    TreeSample Tree,
    IReadOnlyList<(int Leaf, string? Grade, decimal? Limit, int DevelopedMonthsAgo)> Customers,
    IReadOnlyList<(int Category, CreditPolicy Policy)> Policies,
    IReadOnlyList<(int Customer, decimal Amount, int DaysOverdue)> Items)
{
    public static readonly LocalDate Today = new(2026, 6, 30);

    public ArchiveSnapshot Archive() => Built().Snapshot;

    /// <summary>The archive the scenario describes, to be changed further.</summary>
    public CustomerArchive Built()
    {
        var (archive, batch, leaves) = Tree.Archive();
        for (var i = 0; i < Customers.Count; i++)
        {
            var (leaf, grade, limit, months) = Customers[i];
            batch.Add(new Customer(CodeOf(i), "客户" + i)
            {
                CategoryCode = leaves.Length == 0 || leaf < 0 ? null : leaves[leaf % leaves.Length],
                CreditGrade = grade,
                CreditLimit = limit,
                DevelopedOn = Today.PlusMonths(-months),
            });
        }

        var result = archive.Apply(batch, "gen");
        return result.Succeeded ? archive : throw new InvalidOperationException(string.Join("; ", result.Violations.Select(v => v.Message)));
    }

    public CreditPolicySet PolicySet()
    {
        var set = new CreditPolicySet(defaults: new CreditPolicy { AllowedOverdueDays = 60, MinimumGrade = "B" });
        foreach (var (category, policy) in Policies)
        {
            if (Tree.Rows.Count > 0)
            {
                set = set.With(Tree.Rows[category % Tree.Rows.Count].Code, policy);
            }
        }

        return set;
    }

    public IReadOnlyList<OpenItem> OpenItems() =>
        Customers.Count == 0
            ? []
            : Items.Select((item, i) => new OpenItem(CodeOf(item.Customer % Customers.Count), "INV" + i, item.Amount, Today.PlusDays(-item.DaysOverdue - 30), Today.PlusDays(-item.DaysOverdue))).ToArray();

    public static string CodeOf(int index) => "C" + index;

    public override string ToString() => $"{Tree} | {Customers.Count} customers | {Policies.Count} policies | {Items.Count} items";
}

/// <summary>The generators of the credit domain, registered with [Properties(Arbitrary = …)].</summary>
public static class CreditGenerators
{
    private static readonly string?[] Grades = [null, "AAA", "AA", "A", "B", "C"];

    public static Arbitrary<CreditScenario> ScenarioArbitrary() =>
        (from tree in CodingGenerators.Trees
         from customers in Customer.ListOf()
         from policies in Gen.Choose(0, 1000).Zip(Policy).ListOf()
         from items in (from c in Gen.Choose(0, 1000) from a in Gen.Choose(-500, 100_000) from d in Gen.Choose(-60, 500) select (c, (decimal)a, d)).ListOf()
         select new CreditScenario(tree, customers.ToArray(), policies.ToArray(), items.ToArray())).ToArbitrary();

    private static Gen<(int, string?, decimal?, int)> Customer =>
        from leaf in Gen.Choose(-1, 1000)
        from grade in Gen.Elements(Grades)
        from limit in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 200_000).Select(l => (decimal?)l))
        from months in Gen.Choose(0, 120)
        select (leaf, grade, limit, months);

    private static Gen<CreditPolicy> Policy =>
        from limit in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 300_000).Select(l => (decimal?)l))
        from overdue in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 180).Select(d => (int?)d))
        from minimum in Gen.Elements(Grades)
        from threshold in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(50, 100).Select(t => (decimal?)(t / 100m)))
        from watch in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 24).Select(m => (int?)m))
        from block in Gen.Elements<bool?>(null, true, false)
        from auto in Gen.SubListOf("AAA", "AA", "A")
        select new CreditPolicy
        {
            CreditLimit = limit,
            AllowedOverdueDays = overdue,
            MinimumGrade = minimum,
            WarningThreshold = threshold,
            WatchListMonths = watch,
            BlockOverLimit = block,
            AutoApprovedGrades = auto.Count == 0 ? null : auto.ToArray(),
        };
}
