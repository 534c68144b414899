using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Rules;

[EnglishMessages]
public class CreditActionTests
{
    private static readonly Dictionary<string, TradingStats> Stats = new(StringComparer.Ordinal)
    {
        ["D1"] = new TradingStats { MonthlyAverage = 80_000m },
        ["R1"] = new TradingStats { MonthlyAverage = 80_000m },
    };

    [Fact]
    public void SetCreditLimitAndTerms_AreSuggestedAppliedAndLogged()
    {
        var archive = Archive();
        var rules = RuleSet.Compile(
            [
                new ClassificationRule("大客户额度", "monthlyAverage > 50000", RuleAction.SetCreditLimit(300_000m)),
                new ClassificationRule("大客户账期", "monthlyAverage > 50000", RuleAction.SetPaymentTerms("2/10,n/30")),
            ],
            archive.Snapshot);

        var suggestions = rules.Classify(archive.Snapshot, Stats, Today);
        var result = rules.Apply(archive, suggestions, "王会计");

        Assert.Equal(new[] { "D1 creditLimit: (none) → 300000 (rule 大客户额度)", "D1 paymentTerms: (none) → 2/10,n/30 (rule 大客户账期)", "R1 creditLimit: 30000 → 300000 (rule 大客户额度)", "R1 paymentTerms: (none) → 2/10,n/30 (rule 大客户账期)" }, suggestions.Select(s => s.ToString()));
        Assert.True(result.Succeeded);
        Assert.Equal(300_000m, archive.Find("R1")!.CreditLimit);
        Assert.Equal(PaymentTerms.Parse("2/10,n/30"), archive.Find("D1")!.PaymentTerms);
        Assert.Contains(archive.Snapshot.ChangeLog.ForCustomer("R1"), e => e.Field == "creditLimit" && e.Reason == "大客户额度");
        Assert.Empty(rules.Classify(archive.Snapshot, Stats, Today));
    }

    [Fact]
    public void Actions_ReadAndWriteInRuleFiles_AndRefuseBadValues()
    {
        var rules = RuleFile.FromJson("""{ "schemaVersion": 1, "rules": [ { "name": "a", "when": "sales > 0", "then": { "creditLimit": 50000 } }, { "name": "b", "when": "sales > 0", "then": { "paymentTerms": "月结30天" } } ] }""");

        Assert.Equal(RuleAction.SetCreditLimit(50_000m), rules[0].Action);
        Assert.Equal(RuleAction.SetPaymentTerms("月结30天"), rules[1].Action);
        Assert.Equal(rules, RuleFile.FromJson(RuleFile.ToJson(rules)));
        Assert.Equal("credit limit := 50000", rules[0].Action.ToString());
        Assert.Contains(Assert.Throws<RuleSyntaxException>(() => RuleFile.FromJson("""{ "schemaVersion": 1, "rules": [ { "name": "a", "when": "sales > 0", "then": { "creditLimit": -1 } } ] }""")).Errors, e => e.Path == "$.rules[0].then.creditLimit");
        Assert.Contains(Assert.Throws<RuleSyntaxException>(() => RuleFile.FromJson("""{ "schemaVersion": 1, "rules": [ { "name": "a", "when": "sales > 0", "then": { "paymentTerms": "whenever" } } ] }""")).Errors, e => e.Path == "$.rules[0].then.paymentTerms");
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleAction.SetCreditLimit(-1m));
        Assert.Throws<FormatException>(() => RuleAction.SetPaymentTerms("whenever"));
    }
}
