using CustomerClassification.Analysis;
using CustomerClassification.Sales;

namespace CustomerClassification.Cli;

/// <summary>What <c>ccls report --sales</c> adds to the page: the analysis by category, the customers' metrics, and the category × region cross-tab when the model has regions.</summary>
internal sealed record SalesSections(SalesAnalysis Analysis, PortfolioMetrics Metrics, SalesCrossTab? CrossTab);
