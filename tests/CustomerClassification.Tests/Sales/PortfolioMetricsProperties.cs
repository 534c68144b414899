using System.Globalization;
using CustomerClassification.Sales;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Sales;

/// <summary>Issue #25's laws of portfolio metrics: shares sum to 1, ABC is monotone in sales, RFM ignores input order.</summary>
[ScaledProperties(Arbitrary = [typeof(SalesGenerators)], MaxTest = 100)]
public class PortfolioMetricsProperties
{
    [Property]
    public Property Shares_sum_to_one(SalesScenario scenario)
    {
        var metrics = PortfolioMetrics.Compute(scenario.SalesDocuments(), SalesScenario.Today);

        return Prop.When(metrics.TotalNetSales > 0m, () => Assert.InRange(metrics.Customers.Sum(c => c.SalesShare), 1m - 0.000_000_000_000_1m, 1m + 0.000_000_000_000_1m));
    }

    [Property]
    public void Abc_classes_are_monotone_in_sales(SalesScenario scenario)
    {
        var customers = PortfolioMetrics.Compute(scenario.SalesDocuments(), SalesScenario.Today).Customers;

        foreach (var larger in customers)
        {
            Assert.All(customers.Where(c => c.NetSales < larger.NetSales), smaller => Assert.True(larger.Abc <= smaller.Abc, $"{larger.CustomerCode} {larger.Abc} after {smaller.CustomerCode} {smaller.Abc}"));
            Assert.All(customers.Where(c => c.NetSales == larger.NetSales), tied => Assert.Equal(larger.Abc, tied.Abc));
        }
    }

    [Property]
    public void Rfm_scores_do_not_depend_on_the_order_of_the_documents(SalesScenario scenario, int seed)
    {
        var documents = scenario.SalesDocuments();
        var random = new Random(seed);
        var shuffled = documents.OrderBy(_ => random.Next()).ToArray();

        var once = PortfolioMetrics.Compute(documents, SalesScenario.Today).Customers;
        var again = PortfolioMetrics.Compute(shuffled, SalesScenario.Today).Customers;

        Assert.Equal(once.Select(c => (c.CustomerCode, c.Rfm, c.SalesRank, c.Abc)), again.Select(c => (c.CustomerCode, c.Rfm, c.SalesRank, c.Abc)));
        Assert.All(once.Where(c => c.Rfm is not null), c => Assert.InRange(c.Rfm!.Value, 111, 555));
    }

    // Amounts of up to four decimals are summed as whole units; a fifth decimal anywhere makes every sum a decimal one.
    // Both give the same metrics, down to the decimals of each net sales figure.
    [Property]
    public void Metrics_summed_in_whole_units_equal_those_summed_as_decimals(SalesScenario scenario)
    {
        var documents = scenario.SalesDocuments()
            .Select((d, i) => new SalesDocument(d.CustomerCode, d.Date, d.DocumentNumber, d.Amount / Pow10(i % 5), d.Kind, d.Cost))
            .ToArray();
        // After the as-of day: left out of every sum, but its five decimals rule out whole units for the ledger.
        SalesDocument[] withFiveDecimals = [.. documents, new("C0", SalesScenario.Today.PlusDays(1), "LATE", 0.000_01m)];

        var units = PortfolioMetrics.Compute(documents, SalesScenario.Today);
        var decimals = PortfolioMetrics.Compute(withFiveDecimals, SalesScenario.Today);

        Assert.Equal(decimals.Customers, units.Customers);
        Assert.Equal(decimals.Customers.Select(c => c.NetSales.ToString(CultureInfo.InvariantCulture)), units.Customers.Select(c => c.NetSales.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(decimals.TotalNetSales.ToString(CultureInfo.InvariantCulture), units.TotalNetSales.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(documents.GroupBy(d => d.CustomerCode).Select(g => (g.Key, g.Aggregate(0m, (sum, d) => sum + d.NetAmount).ToString(CultureInfo.InvariantCulture))).OrderBy(p => p.Key, StringComparer.Ordinal), units.Customers.Select(c => (c.CustomerCode, c.NetSales.ToString(CultureInfo.InvariantCulture))).OrderBy(p => p.CustomerCode, StringComparer.Ordinal));
    }

    // The churn warning is computed once in whole hundredths of a day; it says what its documentation says.
    [Property]
    public void Churn_risk_is_days_since_the_last_order_above_the_multiple_of_the_interval(SalesScenario scenario, byte tenths)
    {
        var options = new MetricOptions { ChurnMultiple = 1.01m + (tenths % 40 / 10m) };
        var customers = PortfolioMetrics.Compute(scenario.SalesDocuments(), SalesScenario.Today, options).Customers;

        Assert.All(customers, c => Assert.Equal(c.DaysSinceLastOrder is { } since && c.AverageOrderInterval is { } interval && since > options.ChurnMultiple * interval, c.ChurnRisk));
    }

    private static decimal Pow10(int decimals) => decimals == 0 ? 1m : 10m * Pow10(decimals - 1);
}
