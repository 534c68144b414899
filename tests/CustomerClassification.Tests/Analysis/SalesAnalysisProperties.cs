using CustomerClassification.Analysis;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerClassification.Tests.Analysis;

/// <summary>Issue #25's laws of analysis by category: totals add up the tree, shares sum to 1, history keeps documents where they were.</summary>
[ScaledProperties(Arbitrary = [typeof(SalesGenerators)], MaxTest = 100)]
public class SalesAnalysisProperties
{
    private static readonly LocalDate From = SalesScenario.Today.PlusDays(-364);

    private static SalesAnalysis Analyse(CustomerClassification.Archives.ArchiveSnapshot snapshot, IEnumerable<SalesDocument> documents, CategoryBasis basis = CategoryBasis.InForce) =>
        SalesAnalysis.Build(snapshot, documents, From, SalesScenario.Today, new AnalysisOptions { Basis = basis, Zone = SalesScenario.Zone });

    [Property]
    public void A_category_holds_its_children_and_its_own_customers_documents(SalesScenario scenario)
    {
        var (_, snapshot) = scenario.Build();
        var documents = scenario.SalesDocuments();
        var analysis = Analyse(snapshot, documents, CategoryBasis.Current);
        var tree = snapshot.CategoriesOf(DimensionNames.Category);

        foreach (var row in analysis.Categories)
        {
            var own = documents.Where(d => d.Date >= From && snapshot.Find(d.CustomerCode)?.CategoryCode == row.Code).Sum(d => d.NetAmount);
            var children = tree.ChildrenOf(row.Code).Sum(c => analysis.Get(c.Code).NetSales);
            Assert.Equal(own + children, row.NetSales);
        }

        Assert.Equal(documents.Where(d => d.Date >= From).Sum(d => d.NetAmount), analysis.Total.NetSales);
        Assert.Equal(analysis.Total.NetSales, analysis.Categories.Where(c => c.Level == 1).Sum(c => c.NetSales) + analysis.Unclassified.NetSales + analysis.NotInArchive.NetSales);
        Assert.Equal(analysis.Total.Cost, analysis.Categories.Where(c => c.Level == 1).Sum(c => c.Cost) + analysis.Unclassified.Cost + analysis.NotInArchive.Cost);
        Assert.Equal(snapshot.Count, analysis.Total.Customers);
    }

    [Property]
    public void Shares_of_the_top_lines_sum_to_one(SalesScenario scenario)
    {
        var analysis = Analyse(scenario.Build().After, scenario.SalesDocuments());
        var sum = analysis.Categories.Where(c => c.Level == 1).Sum(c => c.Share) + analysis.Unclassified.Share + analysis.NotInArchive.Share;

        Assert.Equal(analysis.Total.NetSales == 0m ? 0m : 1m, Math.Round(sum, 20));
    }

    [Property]
    public void Without_a_reclassification_in_force_and_current_agree(SalesScenario scenario)
    {
        var (before, _) = scenario.Build();
        var documents = scenario.SalesDocuments();

        var inForce = Analyse(before, documents);
        var current = Analyse(before, documents, CategoryBasis.Current);

        Assert.Equal(current.Categories.Select(c => (c.NetSales, c.Cost, c.Customers, c.ActiveCustomers)), inForce.Categories.Select(c => (c.NetSales, c.Cost, c.Customers, c.ActiveCustomers)));
        Assert.Equal(current.Unclassified.NetSales, inForce.Unclassified.NetSales);
    }

    [Property]
    public void After_a_reclassification_earlier_documents_stay_with_the_old_category(SalesScenario scenario)
    {
        var (before, after) = scenario.Build();
        var documents = scenario.SalesDocuments();
        var moved = after.ChangeLog.LastOrDefault(e => e.Operation == CustomerClassification.Archives.ChangeOperation.CustomerReclassified);
        var day = moved?.At.InZone(SalesScenario.Zone).Date ?? SalesScenario.Today;
        var earlier = documents.Where(d => d.Date < day).ToArray();

        // Documents before the move are placed as if the move had not happened; the whole is placed by the category of each day.
        Assert.Equal(Analyse(before, earlier).Categories.Select(c => c.NetSales), Analyse(after, earlier).Categories.Select(c => c.NetSales));
        Assert.Equal(Analyse(after, documents).Total.NetSales, Analyse(after, documents, CategoryBasis.Current).Total.NetSales);
    }

    [Property]
    public void The_dso_of_a_category_is_the_countback_over_its_items(SalesScenario scenario, int balance)
    {
        var (_, snapshot) = scenario.Build();
        var documents = scenario.SalesDocuments();
        var items = snapshot.Select(c => new CustomerClassification.Credit.OpenItem(c.Code, "I", Math.Abs(balance % 100_000), SalesScenario.Today.PlusDays(-40), SalesScenario.Today.PlusDays(-10))).ToArray();

        var analysis = SalesAnalysis.Build(snapshot, documents, From, SalesScenario.Today, new AnalysisOptions { Basis = CategoryBasis.Current }, items);
        var metrics = PortfolioMetrics.Compute(
            documents.Where(d => d.CustomerCode != "GONE").Select(d => new SalesDocument(snapshot.Get(d.CustomerCode).CategoryCode ?? "-", d.Date, d.DocumentNumber, d.Amount, d.Kind)),
            SalesScenario.Today,
            balances: analysis.Categories.Where(c => snapshot.CategoriesOf(DimensionNames.Category).IsLeaf(c.Code)).ToDictionary(c => c.Code, c => c.Balance, StringComparer.Ordinal));

        // A leaf's DSO is the countback of its balance over its customers' monthly sales, as a customer's would be.
        foreach (var leaf in analysis.Categories.Where(c => snapshot.CategoriesOf(DimensionNames.Category).IsLeaf(c.Code)))
        {
            Assert.Equal(metrics.Get(leaf.Code).Dso, leaf.Dso);
            Assert.Equal(leaf.Balance, leaf.Overdue);
        }
    }
}
