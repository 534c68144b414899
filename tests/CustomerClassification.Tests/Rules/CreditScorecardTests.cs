using CustomerClassification.Rules;
using CustomerClassification.Sales;
using CustomerClassification.Serialization;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Rules;

[EnglishMessages]
public class CreditScorecardTests
{
    private const string Json = """
        { "schemaVersion": 1, "name": "经销商", "characteristics": [
            { "field": "月均采购额", "bins": [ { "to": 50000, "points": 10 }, { "from": 50000, "points": 40 } ] },
            { "field": "years", "bins": [ { "to": 3, "points": 0 }, { "from": 3, "points": 30 } ] },
            { "field": "rfm", "bins": [ { "from": 400, "points": 20 } ] } ],
          "grades": [ { "minScore": 70, "grade": "AAA" }, { "minScore": 40, "grade": "A" }, { "minScore": 0, "grade": "C" } ],
          "suggestedLimit": { "multipleOfMonthlySales": 3, "cap": 500000 } }
        """;

    private static PortfolioMetrics Metrics() => PortfolioMetrics.Compute([new SalesDocument("D1", Today, "S1", 100m)], Today);

    [Fact]
    public void Score_SumsThePoints_GradesAndSuggestsALimit()
    {
        var snapshot = Archive().Snapshot;
        var card = ScorecardFile.FromJson(Json).Compile(snapshot, withMetrics: true);

        // D1: 60,000 a month (40), 8 years (30), RFM 555 (20): 90, AAA, 3 × 60,000 = 180,000.
        var d1 = card.Score(new CustomerProfile(snapshot.Get("D1"), new TradingStats { MonthlyAverage = 60_000m }, Today, Metrics().Of("D1")));
        // D2: 200,000 a month (40), new (0), no sales (no RFM, 0): 40, A, capped at 500,000.
        var d2 = card.Score(new CustomerProfile(snapshot.Get("D2"), new TradingStats { MonthlyAverage = 200_000m }, Today, Metrics().Of("D2")));

        Assert.Equal((90m, "AAA", 180_000m), (d1.Score, d1.Grade, d1.SuggestedLimit));
        Assert.Equal((40m, "A", 500_000m), (d2.Score, d2.Grade, d2.SuggestedLimit));
        Assert.Equal(new decimal?[] { 200_000m, 0m, null }, d2.Points.Select(p => p.Value));
        Assert.Equal("D1 on 经销商: score 90, grade AAA, suggested limit 180,000\n  月均采购额 = 60,000 in [50,000, ∞): 40 points\n  years = 8 in [3, ∞): 30 points\n  rfm = 555 in [400, ∞): 20 points", d1.ToString());
        Assert.Contains("rfm = (none) in no bin: 0 points", d2.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var card = ScorecardFile.FromJson(Json);

        var again = ScorecardFile.FromJson(ScorecardFile.ToJson(card));

        Assert.Equal(ScorecardFile.ToJson(card), ScorecardFile.ToJson(again));
        Assert.Equal(new[] { "AAA", "A", "C" }, again.Grades.Select(g => g.Grade));
        Assert.Equal(500_000m, again.Limit!.Cap);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "characteristics": [ { "field": "years", "bins": [ { "from": 5, "to": 3, "points": 1 } ] } ], "grades": [ { "minScore": 0, "grade": "C" } ] }""", "$.characteristics[0].bins[0]")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "characteristics": [ { "field": "years", "bins": [ { "to": 5, "points": 1 }, { "from": 3, "points": 2 } ] } ], "grades": [ { "minScore": 0, "grade": "C" } ] }""", "$.characteristics[0]")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "characteristics": [ { "field": "years", "bins": [ { "points": "many" } ] } ], "grades": [ { "minScore": 0, "grade": "C" } ] }""", "$.characteristics[0].bins[0].points")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "characteristics": [], "grades": [] }""", "$")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "characteristics": [ { "field": "years", "bins": [ { "points": 1 } ] } ], "grades": [ { "minScore": 0, "grade": "C" } ], "extra": 1 }""", "$.extra")]
    [InlineData("""not json""", "$")]
    public void FromJson_BadFiles_NameThePath(string json, string path)
    {
        var error = Assert.Throws<RuleSyntaxException>(() => ScorecardFile.FromJson(json));

        Assert.Contains(error.Errors, e => e.Path is { } p && p.StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_RefusesUnknownTextAndMetricFields()
    {
        var card = new CreditScorecard("x", [new ScorecardCharacteristic("nosuch", [new ScorecardBin(null, null, 1m)]), new ScorecardCharacteristic("name", [new ScorecardBin(null, null, 1m)]), new ScorecardCharacteristic("dso", [new ScorecardBin(null, null, 1m)])], [new ScorecardGrade(0m, "C")]);

        var error = Assert.Throws<RuleSyntaxException>(() => card.Compile(Archive().Snapshot));

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains("not a number field", error.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("portfolio metric (dso)", error.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_RefuseBadScorecards()
    {
        var bin = new ScorecardBin(null, null, 1m);
        Assert.Throws<ArgumentException>(() => new ScorecardBin(5m, 5m, 1m));
        Assert.Throws<ArgumentException>(() => new ScorecardCharacteristic("x", []));
        Assert.Throws<ArgumentException>(() => new CreditScorecard("x", [new ScorecardCharacteristic("a", [bin]), new ScorecardCharacteristic("A", [bin])], [new ScorecardGrade(0m, "C")]));
        Assert.Throws<ArgumentException>(() => new CreditScorecard("x", [new ScorecardCharacteristic("a", [bin])], [new ScorecardGrade(0m, "C"), new ScorecardGrade(0m, "B")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuggestedLimit(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuggestedLimit(3m, -1m));
        Assert.Null(new CreditScorecard("x", [new ScorecardCharacteristic("a", [bin])], [new ScorecardGrade(10m, "C")]).GradeOf(9m));
    }
}
