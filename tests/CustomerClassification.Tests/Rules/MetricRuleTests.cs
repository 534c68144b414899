using CustomerClassification.Rules;
using CustomerClassification.Sales;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Rules;

[EnglishMessages]
public class MetricRuleTests
{
    private static readonly Dictionary<string, TradingStats> NoStats = new(StringComparer.Ordinal);

    // D1 sells most (A), R1 next, D2 little; X1 not at all. D2 ordered often long ago, then stopped.
    private static PortfolioMetrics Metrics() => PortfolioMetrics.Compute(
        [
            new SalesDocument("D1", Today.PlusDays(-3), "S1", 80_000m),
            new SalesDocument("R1", Today.PlusDays(-5), "S2", 15_000m),
            new SalesDocument("D2", Today.PlusDays(-200), "S3", 1_000m),
            new SalesDocument("D2", Today.PlusDays(-190), "S4", 1_000m),
        ],
        Today);

    [Fact]
    public void Classify_WithMetrics_ReadsThemInEnglishAndChinese()
    {
        var snapshot = Archive().Snapshot;
        var rules = RuleSet.CompileWithMetrics(
            [
                new ClassificationRule("A类大客户", "abc = 'A' and salesRank <= 1", RuleAction.AddTag("重点")),
                new ClassificationRule("流失预警", "流失风险 = true", RuleAction.AddTag("流失")),
                new ClassificationRule("低贡献", "销售占比 < 0.05 且 RFM > 0", RuleAction.SetCreditGrade("C")),
            ],
            snapshot);

        var suggestions = rules.Classify(snapshot, NoStats, Today, Metrics());

        Assert.True(rules.WithMetrics);
        Assert.Equal(new[] { "D1 重点", "D2 流失", "D2 C" }, suggestions.Select(s => s.CustomerCode + " " + s.To));
    }

    [Fact]
    public void Compile_WithoutMetrics_NamesTheMetricField()
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile([new ClassificationRule("r", "ABC分类 = 'A'", RuleAction.AddTag("x"))], Archive().Snapshot));

        Assert.Contains("'ABC分类' is a portfolio metric (abc)", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty(error.Errors[0].Expected);
    }

    [Fact]
    public void Classify_RefusesMissingOrOtherDaysMetrics()
    {
        var snapshot = Archive().Snapshot;
        var rules = RuleSet.CompileWithMetrics([new ClassificationRule("r", "rfm >= 111", RuleAction.AddTag("x"))], snapshot);

        Assert.Throws<ArgumentException>(() => rules.Classify(snapshot, NoStats, Today));
        Assert.Throws<ArgumentException>(() => rules.Classify(snapshot, NoStats, Today.PlusDays(1), Metrics()));
        Assert.Throws<ArgumentNullException>(() => rules.Classify(snapshot, NoStats, Today, null!));
        Assert.Throws<ArgumentException>(() => new CustomerProfile(snapshot.Get("D1"), TradingStats.None, Today, Metrics().Of("R1")));
    }

    [Fact]
    public void Explain_ShowsTheMetricValues()
    {
        var snapshot = Archive().Snapshot;
        var rules = RuleSet.CompileWithMetrics([new ClassificationRule("r", "monetaryScore = 5 and dso is empty", RuleAction.AddTag("x"))], snapshot);

        var explanation = rules.Explain(new CustomerProfile(snapshot.Get("D1"), TradingStats.None, Today, Metrics().Of("D1")));

        Assert.Contains("monetaryScore", explanation.ToString(), StringComparison.Ordinal);
        Assert.Single(rules.Matching(new CustomerProfile(snapshot.Get("D1"), TradingStats.None, Today, Metrics().Of("D1"))));
        Assert.Empty(rules.Matching(new CustomerProfile(snapshot.Get("D1"), TradingStats.None, Today)));
    }
}
