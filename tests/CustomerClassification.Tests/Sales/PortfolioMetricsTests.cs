using System.Globalization;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Tests.Sales;

[EnglishMessages]
public class PortfolioMetricsTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static SalesDocument Sale(string customer, int daysBack, decimal amount, string number = "S") => new(customer, Today.PlusDays(-daysBack), number, amount);

    // A 600, B 250, C 100 (150 less a return of 50), D 50, E 0: total 1,000.
    private static readonly SalesDocument[] Documents =
    [
        Sale("A", 1, 200m), Sale("A", 31, 200m), Sale("A", 61, 200m),
        Sale("B", 10, 250m),
        Sale("C", 200, 150m), new("C", Today.PlusDays(-5), "R1", 50m, SalesKind.Return),
        Sale("D", 100, 25m), Sale("D", 90, 25m),
        Sale("E", 3, 0m),
        Sale("A", -1, 999m), // after the as-of day: left out
    ];

    [Fact]
    public void Compute_RanksSharesAndAbcClasses()
    {
        var metrics = PortfolioMetrics.Compute(Documents, Today);

        Assert.Equal(1_000m, metrics.TotalNetSales);
        Assert.Equal(new[] { "A", "B", "C", "D", "E" }, metrics.Customers.Select(c => c.CustomerCode));
        Assert.Equal(new int?[] { 1, 2, 3, 4, 5 }, metrics.Customers.Select(c => c.SalesRank));
        Assert.Equal(new[] { 0.6m, 0.25m, 0.1m, 0.05m, 0m }, metrics.Customers.Select(c => c.SalesShare));
        // A starts at 0 % (A), B at 60 % (A), C at 85 % (B), D at 95 % (C), E without sales (C).
        Assert.Equal(new[] { AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C, AbcClass.C }, metrics.Customers.Select(c => c.Abc));
        Assert.Equal(AbcClass.C, metrics.Of("NOBODY").Abc);
        Assert.Null(metrics.Find("NOBODY"));
        Assert.Null(metrics.Of("NOBODY").SalesRank);
    }

    [Fact]
    public void Compute_CustomersWithOnlyABalanceOrSettledItems_FollowTheRankedOnes_ByCode()
    {
        // Forty customers known only by a balance or a settled item: more than the documents' customers, so that the
        // per-customer sums grow beyond the ledger's.
        var balances = Enumerable.Range(0, 20).ToDictionary(i => $"Z{i:D2}", i => 10m + i, StringComparer.Ordinal);
        var settled = Enumerable.Range(0, 20).Select(i => new SettledItem($"Y{i:D2}", "I" + i, 100m, Today.PlusDays(-30), Today.PlusDays(-20), Today.PlusDays(-10)));

        var metrics = PortfolioMetrics.Compute(Documents, Today, settled: settled, balances: balances);

        Assert.Equal(45, metrics.Customers.Count);
        Assert.Equal(new[] { "A", "B", "C", "D", "E", "Y00", "Y01" }, metrics.Customers.Take(7).Select(c => c.CustomerCode));
        Assert.Equal("Z19", metrics.Customers[^1].CustomerCode);
        Assert.Equal(29m, metrics.Get("Z19").Balance);
        Assert.Null(metrics.Get("Z19").SalesRank);
        Assert.Equal(AbcClass.C, metrics.Get("Z19").Abc);
        Assert.Equal((20m, 10m), (metrics.Get("Y07").AverageDaysToPay, metrics.Get("Y07").AverageDaysLate));
        Assert.Null(metrics.Get("Y07").Balance);
        Assert.Equal(1_000m, metrics.TotalNetSales);
    }

    [Fact]
    public void Compute_TiedSales_ShareRankAndClass()
    {
        var metrics = PortfolioMetrics.Compute([Sale("A", 1, 500m), Sale("B", 1, 300m), Sale("C", 1, 300m)], Today, new MetricOptions { AShare = 0.7m, BShare = 0.9m });

        Assert.Equal(new int?[] { 1, 2, 2 }, metrics.Customers.Select(c => c.SalesRank));
        // B and C start at 500 / 1,100 = 45 %: both A, though C alone would start at 73 %.
        Assert.Equal(new[] { AbcClass.A, AbcClass.A, AbcClass.A }, metrics.Customers.Select(c => c.Abc));
    }

    [Fact]
    public void Compute_RfmScores_AreQuintilesWithTiesOnTheLowerScore()
    {
        var metrics = PortfolioMetrics.Compute(Documents, Today);

        // Recency, worst first: C 200 days… (its return is not an order), D 90, A 1 day is best. E 3 days, B 10.
        Assert.Equal(5, metrics.Get("A").RecencyScore);
        Assert.Equal(1, metrics.Get("C").RecencyScore);
        // Frequency: B, C, E one order each (tied at position 0: score 1), D 2 (score 4), A 3 (score 5).
        Assert.Equal(new int?[] { 5, 1, 1, 4, 1 }, metrics.Customers.Select(c => c.FrequencyScore));
        Assert.Equal(new int?[] { 5, 4, 3, 2, 1 }, metrics.Customers.Select(c => c.MonetaryScore));
        Assert.Equal(555, metrics.Get("A").Rfm);
        Assert.Null(metrics.Of("NOBODY").Rfm);
    }

    [Fact]
    public void Compute_Churn_WhenTheLastOrderIsLongerAgoThanTwiceTheUsualInterval()
    {
        var metrics = PortfolioMetrics.Compute(Documents, Today);

        // D ordered 100 and 90 days ago: every 10 days, silent for 90 > 2 × 10.
        Assert.Equal(10m, metrics.Get("D").AverageOrderInterval);
        Assert.True(metrics.Get("D").ChurnRisk);
        // A every 30 days, last 1 day ago.
        Assert.False(metrics.Get("A").ChurnRisk);
        Assert.Null(metrics.Get("B").AverageOrderInterval);
        Assert.False(metrics.Get("B").ChurnRisk);
        Assert.False(PortfolioMetrics.Compute(Documents, Today, new MetricOptions { ChurnMultiple = 10m }).Get("D").ChurnRisk);
    }

    [Fact]
    public void Compute_DaysToPay_AreWeightedByAmount()
    {
        var settled = new[]
        {
            new SettledItem("A", "I1", 100m, Today.PlusDays(-90), Today.PlusDays(-60), Today.PlusDays(-50)),  // 40 days, 10 late
            new SettledItem("A", "I2", 300m, Today.PlusDays(-40), Today.PlusDays(-10), Today.PlusDays(-20)),  // 20 days, on time
            new SettledItem("A", "I3", 999m, Today.PlusDays(-40), Today.PlusDays(-10), Today.PlusDays(1)),    // paid after the as-of day
        };

        var a = PortfolioMetrics.Compute(Documents, Today, settled: settled).Get("A");

        Assert.Equal(25m, a.AverageDaysToPay);
        Assert.Equal(2.5m, a.AverageDaysLate);
        Assert.Null(PortfolioMetrics.Compute(Documents, Today, settled: settled).Get("B").AverageDaysToPay);
    }

    [Fact]
    public void Compute_Dso_CountsBackTheMonths()
    {
        // June up to the 30th: 200 (A's sale of the 29th); May: 200; April: 200. A balance of 500 covers June (30 days),
        // May (31) and half of April (30 × 100/200 = 15): 76 days.
        var metrics = PortfolioMetrics.Compute(Documents, Today, balances: new Dictionary<string, decimal>(StringComparer.Ordinal) { ["A"] = 500m, ["B"] = -10m, ["Z"] = 10m });

        Assert.Equal(76m, metrics.Get("A").Dso);
        Assert.Equal(0m, metrics.Get("B").Dso);
        // Z has a balance and no sales: every month counted back, 365 days from 2025-07-01 to 2026-06-30.
        Assert.Equal(365m, metrics.Get("Z").Dso);
        Assert.Null(metrics.Get("C").Dso);
    }

    [Fact]
    public void Compute_FromDay_LeavesOutEarlierDocuments()
    {
        var metrics = PortfolioMetrics.Compute(Documents, Today, new MetricOptions { From = Today.PlusDays(-60) });

        Assert.Equal(400m, metrics.Get("A").NetSales);
        Assert.Equal(-50m, metrics.Get("C").NetSales);
        Assert.Null(metrics.Find("D"));
    }

    [Fact]
    public void Compute_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PortfolioMetrics.Compute(null!, Today));
        Assert.Throws<ArgumentNullException>(() => PortfolioMetrics.Compute([null!], Today));
        Assert.Throws<ArgumentException>(() => PortfolioMetrics.Compute(Documents, Today, new MetricOptions { AShare = 0.9m, BShare = 0.8m }));
        Assert.Throws<ArgumentException>(() => PortfolioMetrics.Compute(Documents, Today, new MetricOptions { From = Today.PlusDays(1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricOptions { AShare = 0m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricOptions { BShare = 1.01m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricOptions { ChurnMultiple = 1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricOptions { CountbackMonths = 0 });
        Assert.Throws<ArgumentNullException>(() => PortfolioMetrics.Compute(Documents, Today).Find(null!));
        Assert.Throws<KeyNotFoundException>(() => PortfolioMetrics.Compute(Documents, Today).Get("NOBODY"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PortfolioMetrics.Compute(Documents, Today).Customers[5]);
        Assert.Throws<ArgumentOutOfRangeException>(() => PortfolioMetrics.Compute(Documents, Today).Customers[-1]);
    }

    [Fact]
    public void Documents_RefuseBadValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesDocument("A", Today, "S1", -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesDocument("A", Today, "S1", 1m, cost: -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SalesDocument("A", new LocalDate(1700, 1, 1), "S1", 1m));
        Assert.Throws<ArgumentException>(() => new SalesDocument(" ", Today, "S1", 1m));
        Assert.ThrowsAny<ArgumentException>(() => new SalesDocument("A", Today, "S1", 1m, (SalesKind)9));
        Assert.Equal(-5m, new SalesDocument("A", Today, "R1", 5m, SalesKind.Return, 3m).NetAmount);
        Assert.Equal(-3m, new SalesDocument("A", Today, "R1", 5m, SalesKind.Return, 3m).NetCost);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SettledItem("A", "I", 0m, Today, Today, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SettledItem("A", "I", 1m, Today, Today.PlusDays(-1), Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SettledItem("A", "I", 1m, Today, Today, Today.PlusDays(-1)));
    }

    [Fact]
    public void Compute_RfmScores_OverRangesFarWiderThanTheBuyers()
    {
        // A's 5,000 orders and Z's order in 1800 put both ranges beyond a count per value: the scores are sorted instead.
        SalesDocument[] documents =
        [
            .. Enumerable.Range(0, 5_000).Select(i => Sale("A", i % 300, 1m, "A" + i)),
            Sale("B", 1, 10m), Sale("B", 2, 10m),
            Sale("C", 3, 10m), Sale("C", 4, 10m), Sale("C", 5, 10m),
            Sale("D", 6, 10m), Sale("D", 7, 10m), Sale("D", 8, 10m), Sale("D", 9, 10m),
            new("Z", new LocalDate(1800, 1, 1), "Z1", 10m),
        ];

        var metrics = PortfolioMetrics.Compute(documents, Today);

        Assert.Equal([5, 2, 3, 4, 1], new[] { "A", "B", "C", "D", "Z" }.Select(c => metrics.Get(c).FrequencyScore!.Value));
        Assert.Equal([5, 4, 3, 2, 1], new[] { "A", "B", "C", "D", "Z" }.Select(c => metrics.Get(c).RecencyScore!.Value));
        Assert.Equal(82_725, metrics.Get("Z").DaysSinceLastOrder);
    }

    [Fact]
    public void Compute_AmountsOfManyDecimals_RankTiesByCodeAsDecimals()
    {
        // Five decimals: summed as decimals, not as whole units; ties still rank together and list by code.
        var metrics = PortfolioMetrics.Compute([Sale("B", 1, 0.123_45m), Sale("A", 1, 0.123_45m), Sale("C", 1, 0.5m)], Today);

        Assert.Equal(["C", "A", "B"], metrics.Customers.Select(c => c.CustomerCode));
        Assert.Equal(new int?[] { 1, 2, 2 }, metrics.Customers.Select(c => c.SalesRank));
        Assert.Equal("0.74690", metrics.TotalNetSales.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compute_AmountsTooLargeForWholeUnits_AreSummedAsDecimals()
    {
        // Two documents near T3's largest amount: their sum in hundredths would not fit a long.
        var metrics = PortfolioMetrics.Compute([Sale("A", 1, 900_000_000_000_000m), Sale("A", 2, 900_000_000_000_000.25m), Sale("B", 1, 0.5m)], Today);

        Assert.Equal(1_800_000_000_000_000.25m, metrics.Get("A").NetSales);
        Assert.Equal("1800000000000000.75", metrics.TotalNetSales.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["A", "B"], metrics.Customers.Select(c => c.CustomerCode));
    }

    [Fact]
    public void CustomerMetrics_AreEqualByTheirValues()
    {
        var once = PortfolioMetrics.Compute(Documents, Today);
        var again = PortfolioMetrics.Compute(Documents.Reverse(), Today);

        Assert.Equal(once.Customers, again.Customers);
        Assert.Equal(once.Get("A").GetHashCode(), again.Get("A").GetHashCode());
        Assert.NotSame(once.Get("A"), again.Get("A"));
        Assert.NotEqual(once.Get("A"), once.Get("B"));
        Assert.NotEqual(once.Get("A"), PortfolioMetrics.Compute(Documents, Today.PlusDays(1)).Get("A"));
        Assert.Equal(once.Of("NOBODY"), again.Of("NOBODY"));
        Assert.False(once.Get("A").Equals(null));
    }

    [Fact]
    public void Compute_AMillionDocuments_AddsAndRanksOnTwoThreadsAsOnOne()
    {
        // Enough documents and customers for the two-thread passes; what they give is checked against plain LINQ.
        var random = new Random(25);
        var ledger = SalesLedger.CreateBuilder();
        for (var i = 0; i < 1_000_000; i++)
        {
            ledger.Add("K" + random.Next(150_000).ToString("D6", CultureInfo.InvariantCulture), Today.PlusDays(-random.Next(0, 400)), "S", random.Next(1, 2_000), i % 20 == 0 ? SalesKind.Return : SalesKind.Sale);
        }

        var documents = ledger.Build();
        var metrics = PortfolioMetrics.Compute(documents, Today);

        var expected = documents.Where(d => d.Date <= Today)
            .GroupBy(d => d.CustomerCode, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Net: g.Sum(d => d.NetAmount), Orders: g.Count(d => d.Kind == SalesKind.Sale), Last: g.Where(d => d.Kind == SalesKind.Sale).Select(d => (LocalDate?)d.Date).Max()))
            .OrderByDescending(c => c.Net).ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected.Select(c => (c.Code, c.Net, c.Orders, c.Last)), metrics.Customers.Select(c => (c.CustomerCode, c.NetSales, c.OrderCount, c.LastOrderOn)));
        Assert.Equal(expected.Select((c, i) => expected.TakeWhile(e => e.Net > c.Net).Count() + 1).Take(2_000), metrics.Customers.Take(2_000).Select(c => c.SalesRank!.Value));
        Assert.Equal(expected.Select(c => c.Net).Sum(), metrics.TotalNetSales);
    }
}
