using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Serialization;

[EnglishMessages]
public class RuleFileTests
{
    [Fact]
    public void ToJson_ThenFromJson_GivesEqualRules_AndKeepsTheWording()
    {
        ClassificationRule[] rules =
        [
            .. SampleRules.StandardRules(),
            new("评级", RuleFields.MaxOverdueDays.GreaterThan(90), RuleAction.SetCreditGrade("C")) { Priority = -3, Enabled = false, ValidFrom = new LocalDate(2025, 1, 1), ValidTo = new LocalDate(2025, 12, 31) },
            new("华北地区", "地区 under '02'", RuleAction.AssignCategory("行业", "02")),
        ];

        var json = RuleFile.ToJson(rules);
        var read = RuleFile.FromJson(json);

        Assert.Equal(rules, read);
        Assert.Equal(json, RuleFile.ToJson(read));
        Assert.Contains("\"when\": \"类型 = '经销商' 且 合作年限 >= 3 且 月均采购额 > 5万\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ReadsDefaultsAndComments()
    {
        var rules = RuleFile.FromJson("""
            {
              // rules kept by 财务部
              "schemaVersion": 1,
              "rules": [ { "name": "观察", "when": "合作年限 < 1", "then": { "tag": "观察" } }, ]
            }
            """);

        var rule = Assert.Single(rules);
        Assert.Equal((0, true, (LocalDate?)null), (rule.Priority, rule.Enabled, rule.ValidFrom));
        Assert.Equal(RuleAction.AddTag("观察"), rule.Action);
        Assert.Equal(DimensionNames.Category, RuleFile.FromJson("""{"schemaVersion":1,"rules":[{"name":"a","when":"years>1","then":{"assign":"0101"}}]}""")[0].Action.Dimension);
    }

    [Fact]
    public void FromJson_MalformedJson_GivesLineAndPath()
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleFile.FromJson("{\n  \"schemaVersion\": 1,\n  \"rules\": [ { \"name\": } ]\n}"));

        Assert.Equal(3, error.Line);
        Assert.Equal(24, error.Column);
        Assert.Equal("$", error.Errors[0].Path);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"rules":[]}""", "$", "no schemaVersion")]
    [InlineData("""{"schemaVersion":2,"rules":[]}""", "$.schemaVersion", "newer CustomerClassification")]
    [InlineData("""{"schemaVersion":"1","rules":[]}""", "$.schemaVersion", "not one this library reads")]
    [InlineData("""{"schemaVersion":1}""", "$.rules", "no rules array")]
    [InlineData("""{"schemaVersion":1,"rules":{}}""", "$.rules", "Expected an array")]
    [InlineData("""[]""", "$", "Expected an object")]
    [InlineData("""{"schemaVersion":1,"rules":[],"extra":1}""", "$.extra", "Unknown property 'extra'")]
    public void FromJson_BadDocument_IsRefusedWithItsPath(string json, string path, string message)
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleFile.FromJson(json));

        Assert.Equal(path, error.Errors[0].Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_ReportsEveryBrokenRule_WithPathsAndPositions()
    {
        var json = """
            {
              "schemaVersion": 1,
              "rules": [
                { "name": "好", "when": "years > 1", "then": { "tag": "a" } },
                { "name": "坏语法", "when": "years >", "then": { "tag": "a" } },
                { "when": "years > 1", "then": { "grade": "A", "tag": "b" } },
                { "name": "坏日期", "when": "years > 1", "then": { "grade": "A" }, "validFrom": "2025/1/1", "priority": 1.5 },
                { "name": "坏维度", "when": "years > 1", "then": { "grade": "A", "dimension": "region" }, "enabled": "yes", "colour": "red" },
                { "name": "坏期间", "when": "years > 1", "then": { "assign": "０１" }, "validFrom": "2025-02-01", "validTo": "2025-01-01" },
                42
              ]
            }
            """;

        var error = Assert.Throws<RuleSyntaxException>(() => RuleFile.FromJson(json));

        Assert.Equal(
            new[]
            {
                "$.rules[1].when", "$.rules[2]", "$.rules[2].then", "$.rules[3].priority", "$.rules[3].validFrom",
                "$.rules[4].colour", "$.rules[4].then.dimension", "$.rules[4].enabled", "$.rules[5].then.assign", "$.rules[6]",
            },
            error.Errors.Select(e => e.Path));
        Assert.Equal(("坏语法", 1, 8), (error.Errors[0].RuleName, error.Errors[0].Line, error.Errors[0].Column));
    }

    [Fact]
    public void FromJson_And_ToJson_RejectNulls()
    {
        Assert.Throws<ArgumentNullException>(() => RuleFile.FromJson(null!));
        Assert.Throws<ArgumentNullException>(() => RuleFile.ToJson(null!));
        Assert.Throws<ArgumentNullException>(() => RuleFile.ToJson([null!]));
    }
}
