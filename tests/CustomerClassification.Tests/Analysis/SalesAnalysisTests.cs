using CustomerClassification.Analysis;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using CustomerClassification.Tests.Archives;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Analysis;

[EnglishMessages]
public class SalesAnalysisTests
{
    private static readonly LocalDate From = new(2026, 4, 1);

    private static SalesDocument Sale(string customer, LocalDate day, decimal amount, decimal? cost = null) => new(customer, day, "S", amount, SalesKind.Sale, cost);

    // Period 2026-04-01 to 06-30 (91 days); the previous one 2025-12-31 to 2026-03-31.
    private static readonly SalesDocument[] Documents =
    [
        Sale("D1", new(2026, 4, 10), 1_000m, 700m),
        Sale("D1", new(2026, 6, 10), 3_000m, 2_000m),
        new("D1", new(2026, 6, 20), "R", 500m, SalesKind.Return, 300m),
        Sale("D2", new(2026, 5, 5), 2_000m, 1_500m),
        Sale("R1", new(2026, 6, 1), 4_000m),
        Sale("D1", new(2026, 2, 1), 1_000m),  // previous period
        Sale("X1", new(2025, 12, 30), 9_999m), // before the previous period
        Sale("GONE", new(2026, 5, 1), 100m),
    ];

    [Fact]
    public void Build_SumsEveryCategory_UpTheTree()
    {
        var analysis = SalesAnalysis.Build(Archive().Snapshot, Documents, From, Today);

        var d1 = analysis.Get("01001");
        Assert.Equal(4_000m, d1.Sales);
        Assert.Equal(500m, d1.Returns);
        Assert.Equal(3_500m, d1.NetSales);
        Assert.Equal(2_400m, d1.Cost);
        Assert.Equal(1_100m, d1.GrossProfit);
        Assert.Null(analysis.Get("02001").GrossProfit);
        Assert.Null(analysis.Get("02001").Margin);
        Assert.Equal(2, d1.Documents);
        Assert.Equal(2_000m, d1.AverageDocument);
        Assert.Equal(1_000m, d1.PreviousNetSales);
        Assert.Equal(2.5m, d1.ChangeRatio);

        var dealers = analysis.Get("01");
        Assert.Equal(5_500m, dealers.NetSales);
        Assert.Equal(2, dealers.Customers);
        Assert.Equal(2, dealers.ActiveCustomers);
        Assert.Equal(1, dealers.Rank);
        Assert.Equal(2, analysis.Get("02").Rank);
        Assert.Equal(3, analysis.Get("03").Rank);
        Assert.Equal(0, analysis.Get("03").ActiveCustomers);
        Assert.Null(analysis.Get("03").Margin);

        Assert.Equal(100m, analysis.NotInArchive.NetSales);
        Assert.Equal(1, analysis.UnknownCustomers);
        Assert.Equal(9_600m, analysis.Total.NetSales);
        Assert.Equal(4, analysis.Total.Customers);
        Assert.Equal(1m, Math.Round(analysis.Categories.Where(c => c.Level == 1).Sum(c => c.Share) + analysis.Unclassified.Share + analysis.NotInArchive.Share, 20));
        Assert.Equal((new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), (analysis.PreviousFrom, analysis.PreviousTo));
        Assert.Equal(new LocalDate(2026, 1, 2), SalesAnalysis.Build(Archive().Snapshot, [], new LocalDate(2026, 4, 2), Today).PreviousFrom);
        Assert.Equal(CategoryBasis.InForce, analysis.Basis);
        Assert.False(analysis.HasReceivables);
        Assert.Equal(new[] { "01", "02", "03" }, analysis.Rows(1).Select(r => r.Code));
    }

    [Fact]
    public void Build_CodesSpelledInOtherCase_FindTheirCustomers_AsTheArchiveComparesCodes()
    {
        // The archive compares codes ignoring case (the default): a ledger's d1 is the archive's D1.
        var ledger = SalesLedger.Of(Documents.Select(d => new SalesDocument(d.CustomerCode.ToLowerInvariant(), d.Date, d.DocumentNumber, d.Amount, d.Kind, d.Cost)));

        var analysis = SalesAnalysis.Build(Archive().Snapshot, ledger, From, Today);

        Assert.Equal(3_500m, analysis.Get("01001").NetSales);
        Assert.Equal(2, analysis.Get("01").ActiveCustomers);
        Assert.Equal((100m, 1), (analysis.NotInArchive.NetSales, analysis.UnknownCustomers));
    }

    [Fact]
    public void Build_WithOpenItems_AddsBalanceOverdueAndDso()
    {
        var items = new[] { Item("D1", 3_000m, 10), Item("D1", 1_000m, -5), Item("R1", 8_000m, 0) };

        var analysis = SalesAnalysis.Build(Archive().Snapshot, Documents, From, Today, openItems: items);

        var d1 = analysis.Get("01001");
        Assert.True(analysis.HasReceivables);
        Assert.Equal(4_000m, d1.Balance);
        Assert.Equal(3_000m, d1.Overdue);
        Assert.Equal(0.75m, d1.OverdueShare);
        // June's net 2,500 is covered (30 days); May nothing (31 days); April's 1,000 covers the other 1,500 fully (30 days); March 0 (31); February's 1,000 the rest 500: 14 of 28 days.
        Assert.Equal(30m + 31m + 30m + 31m + 14m, d1.Dso);
        // R1: 8,000 against June's 4,000 (30 days), then nothing for eleven months: 365 days.
        Assert.Equal(365m, analysis.Get("02001").Dso);
    }

    [Fact]
    public void Build_InForceAndCurrent_PlaceAReclassifiedCustomersDocumentsApart()
    {
        var snapshot = CategoryHistoryTests.Moved();
        SalesDocument[] documents = [Sale("C1", new(2026, 2, 1), 100m), Sale("C1", new(2026, 4, 1), 200m), Sale("C1", new(2026, 6, 1), 400m), Sale("C2", new(2026, 6, 1), 1m)];

        var inForce = SalesAnalysis.Build(snapshot, documents, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));
        var current = SalesAnalysis.Build(snapshot, documents, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30), new AnalysisOptions { Basis = CategoryBasis.Current });

        Assert.Equal(new[] { 101m, 200m, 400m }, inForce.Categories.Select(c => c.NetSales));
        Assert.Equal(new[] { 1m, 0m, 700m }, current.Categories.Select(c => c.NetSales));
        // C1 is active where its last sale was; it is counted where it is at the end.
        Assert.Equal(new[] { 1, 0, 1 }, inForce.Categories.Select(c => c.ActiveCustomers));
        Assert.Equal(new[] { 2, 1, 1 }, inForce.Categories.Select(c => c.Customers));
        Assert.Equal(CategoryBasis.Current, current.Basis);
    }

    [Fact]
    public void Conversion_FollowsTheCustomersOfACategory()
    {
        var conversion = CategoryConversion.Build(CategoryHistoryTests.Moved(), "客户分类", "01", new LocalDate(2026, 2, 1), new LocalDate(2026, 6, 30), DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

        // C1 and C2 were 潜在客户 on 02-01; C4 joined later and is not followed.
        Assert.Equal(2, conversion.StartCount);
        Assert.Equal(new[] { ("01", 1), ("03", 1) }, conversion.Targets.Select(t => (t.CategoryCode, t.Count)));
        Assert.Equal(0.5m, conversion.Targets[1].Share);
        Assert.Equal(new[] { "C1" }, conversion.Targets[1].CustomerCodes);
    }

    [Fact]
    public void CrossTab_SumsTwoDimensionsAtTheirLevels()
    {
        var snapshot = Archive().Snapshot;
        var table = SalesCrossTab.Build(snapshot, Documents, From, Today, new CrossTabAxis("客户分类", 1), new CrossTabAxis(DimensionNames.Category, 2));

        Assert.Equal(new[] { "01", "02", "03", string.Empty }, table.Rows.Select(r => r.Code));
        Assert.Equal(new[] { "01001", "01002", "02001", "03001", string.Empty }, table.Columns.Select(c => c.Code));
        Assert.Equal(3_500m, table.Cell(0, 0));
        Assert.Equal(2_000m, table.Cell(0, 1));
        Assert.Equal(0m, table.Cell(0, 2));
        Assert.Equal(5_500m, table.RowTotal(0));
        Assert.Equal(100m, table.Cell(3, 4));
        Assert.Equal(9_600m, table.Total);
        Assert.Equal(4_000m, table.ColumnTotal(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Cell(4, 0));
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var snapshot = Archive().Snapshot;

        Assert.Throws<ArgumentOutOfRangeException>(() => SalesAnalysis.Build(snapshot, Documents, Today, From));
        Assert.Throws<ArgumentNullException>(() => SalesAnalysis.Build(snapshot, [null!], From, Today));
        Assert.Throws<ArgumentNullException>(() => SalesAnalysis.Build(null!, Documents, From, Today));
        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Assert.Throws<ClassificationException>(() => SalesAnalysis.Build(snapshot, Documents, From, Today, new AnalysisOptions { Dimension = "行业" })).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => SalesAnalysis.Build(snapshot, Documents, From, Today).Get("99")).ErrorCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => SalesAnalysis.Build(snapshot, Documents, From, Today).Rows(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CrossTabAxis(DimensionNames.Category, 0));
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => CategoryConversion.Build(snapshot, DimensionNames.Category, "99", From, Today, DateTimeZone.Utc)).ErrorCode);
    }
}
