using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Generators;

/// <summary>
/// A generated sales scenario: a tree, customers on its leaves (some unclassified), documents over two years before
/// <see cref="Today"/>, and perhaps one customer reclassified on a day of that time. <see cref="Build"/> makes the archive.
/// </summary>
public sealed record SalesScenario(
    TreeSample Tree,
    IReadOnlyList<int> Leaves,
    IReadOnlyList<(int Customer, int DaysBack, int Amount, bool Return, int? Cost)> Documents,
    (int Customer, int Leaf, int DaysBack)? Move)
{
    public static readonly LocalDate Today = new(2026, 6, 30);

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The archive before the move, and the same archive after it (when there is one).</summary>
    public (ArchiveSnapshot Before, ArchiveSnapshot After) Build()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0));
        var archive = new CustomerArchive(new ArchiveSettings(Tree.Scheme, customersClassified: false) { CaseSensitiveCodes = true }, clock);
        var (_, batch, leaves) = Tree.Archive();
        for (var i = 0; i < Leaves.Count; i++)
        {
            batch.Add(new Customer(CodeOf(i), "客户" + i) { CategoryCode = leaves.Length == 0 || Leaves[i] < 0 ? null : leaves[Leaves[i] % leaves.Length] });
        }

        Assert.True(archive.Apply(batch, "gen").Succeeded);
        var before = archive.Snapshot;
        if (Move is { } move && Leaves.Count > 0 && leaves.Length > 0)
        {
            // Noon in Shanghai: the day is the same in every zone a test uses.
            clock.Reset(Today.PlusDays(-move.DaysBack).At(new LocalTime(12, 0)).InZoneLeniently(Zone).ToInstant());
            archive.Update(CodeOf(move.Customer % Leaves.Count), c => c with { CategoryCode = leaves[move.Leaf % leaves.Length] }, "gen");
        }

        return (before, archive.Snapshot);
    }

    /// <summary>The documents; a customer index beyond the customers names one the archive does not hold.</summary>
    public IReadOnlyList<SalesDocument> SalesDocuments() =>
        Documents.Select((d, i) => new SalesDocument(
            Leaves.Count == 0 || d.Customer % (Leaves.Count + 1) == Leaves.Count ? "GONE" : CodeOf(d.Customer % (Leaves.Count + 1)),
            Today.PlusDays(-d.DaysBack),
            "S" + i,
            d.Amount,
            d.Return ? SalesKind.Return : SalesKind.Sale,
            d.Cost)).ToArray();

    public static string CodeOf(int index) => "C" + index;

    public override string ToString() => $"{Tree} | {Leaves.Count} customers | {Documents.Count} documents | move {Move}";
}

/// <summary>The generators of sales documents and analysis, registered with [Properties(Arbitrary = …)].</summary>
public static class SalesGenerators
{
    public static Arbitrary<SalesScenario> ScenarioArbitrary() =>
        (from tree in CodingGenerators.Trees
         from leaves in Gen.Choose(-1, 1000).ListOf()
         from documents in Document.ListOf()
         from move in Gen.OneOf(Gen.Constant<(int, int, int)?>(null), (from c in Gen.Choose(0, 1000) from l in Gen.Choose(0, 1000) from d in Gen.Choose(0, 700) select ((int, int, int)?)(c, l, d)))
         select new SalesScenario(tree, leaves.ToArray(), documents.ToArray(), move)).ToArbitrary();

    private static Gen<(int, int, int, bool, int?)> Document =>
        from customer in Gen.Choose(0, 1000)
        from days in Gen.Choose(0, 730)
        from amount in Gen.Choose(0, 100_000)
        from isReturn in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from cost in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 100_000).Select(c => (int?)c))
        select (customer, days, amount, isReturn, cost);
}
