using System.Diagnostics;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile;

// Rules built to exhaust: deep negations, long chains, too many rules.
[EnglishMessages]
public sealed class RuleHostileTests
{
    [Fact]
    public void AConditionBuilt100000NotsDeep_IsRefusedWhenBuilt_SoPrintingNeverOverflows()
    {
        var condition = RuleCondition.Parse("years >= 1");
        for (var i = 1; i < RuleLimits.MaxBuiltDepth; i++)
        {
            condition = condition.Not();
        }

        Assert.Throws<ArgumentException>(() => condition.Not());
        Assert.StartsWith("not not", condition.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(RuleFile.ToJson([new ClassificationRule("深", condition, RuleAction.AddTag("x"))]));
    }

    [Fact]
    public void ALongAndChain_CompilesInLinearTime()
    {
        var chain = Enumerable.Range(1, 2_000).Select(i => RuleCondition.Parse(FormattableString.Invariant($"years >= {i % 7}"))).Aggregate((a, b) => a.And(b));
        var archive = SampleArchive.Create();
        var watch = Stopwatch.StartNew();

        var rules = RuleSet.Compile([new ClassificationRule("长", chain, RuleAction.AddTag("x"))], archive.Snapshot);

        Assert.Single(rules.Rules);
        Assert.Equal(2, chain.Depth);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), watch.Elapsed.ToString());
    }

    [Fact]
    public void TheLongestConditionText_ParsesAndCompilesQuickly()
    {
        var text = string.Join("且", Enumerable.Repeat("years>=1", 440));
        var watch = Stopwatch.StartNew();

        var rules = RuleSet.Compile([new ClassificationRule("长", RuleCondition.Parse(text), RuleAction.AddTag("x"))], SampleArchive.Create().Snapshot);

        Assert.True(text.Length <= RuleLimits.MaxConditionLength);
        Assert.Single(rules.Rules);
        // About 50 ms alone, 700 ms on two cores shared with a build; a parse or compile quadratic in the text takes seconds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void MoreRulesThanTheLimit_AreRefusedAtOnce()
    {
        var rules = Enumerable.Range(0, RuleLimits.MaxRules + 1).Select(i => new ClassificationRule(FormattableString.Invariant($"r{i}"), RuleCondition.Parse("years >= 1"), RuleAction.AddTag("x")));

        var refused = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile(rules, SampleArchive.Create().Snapshot));

        Assert.StartsWith("A rule set holds at most 1,000 rules", refused.Errors.Single().Message, StringComparison.Ordinal);
    }

    // Issue #28 row 6: sets within the limits made one delegate too large for the JIT (InvalidProgramException), and the
    // largest took 47 s to compile; the limits are the rule count and the tests of all conditions together.
    [Theory]
    [InlineData(RuleLimits.MaxRules, RuleLimits.MaxTests / RuleLimits.MaxRules)]
    [InlineData(22, 444)] // the longest conditions (444 tests are 3,995 characters), as many as the tests allow
    public void TheLargestRuleSetsWithinTheLimits_CompileAndClassify(int count, int terms)
    {
        var text = string.Join("且", Enumerable.Repeat("years>=1", terms));
        var archive = SampleArchive.Create();
        var rules = Enumerable.Range(0, count).Select(i => new ClassificationRule(FormattableString.Invariant($"r{i}"), RuleCondition.Parse(text), RuleAction.AddTag(FormattableString.Invariant($"t{i % 50}")))).ToArray();
        var watch = Stopwatch.StartNew();

        var compiled = RuleSet.Compile(rules, archive.Snapshot);
        var suggestions = compiled.Classify(archive.Snapshot, new Dictionary<string, CustomerClassification.Rules.TradingStats>(StringComparer.Ordinal), new NodaTime.LocalDate(2026, 6, 30));

        Assert.True(text.Length <= RuleLimits.MaxConditionLength);
        Assert.True(count * terms <= RuleLimits.MaxTests);
        Assert.Equal(count, compiled.Rules.Count);
        Assert.NotNull(suggestions);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed}");
    }

    [Fact]
    public void ARuleSetOfMoreTestsThanTheLimit_IsRefusedBeforeCompiling_SayingHowMany()
    {
        var condition = RuleCondition.Parse(string.Join(" and ", Enumerable.Repeat("years>=1", 11)));
        var rules = Enumerable.Range(0, RuleLimits.MaxRules).Select(i => new ClassificationRule(FormattableString.Invariant($"r{i}"), condition, RuleAction.AddTag("t")));

        var refused = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile(rules));

        Assert.Contains("at most 10,000 tests", refused.Message, StringComparison.Ordinal);
        Assert.Contains("these hold 11,000", refused.Message, StringComparison.Ordinal);
    }
}
