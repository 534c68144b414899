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
}
