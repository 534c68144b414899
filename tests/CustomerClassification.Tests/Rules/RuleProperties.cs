using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Rules;

[ScaledProperties(Arbitrary = [typeof(RuleGenerators)], MaxTest = 200)]
public class RuleProperties
{
    private static readonly ArchiveSnapshot Archive = SampleRules.Archive().Snapshot;
    private static readonly RuleAction Watch = RuleAction.AddTag("观察");

    private static Func<CustomerProfile, bool> Compiled(RuleCondition condition) =>
        RuleSet.Compile([new ClassificationRule("r", condition, Watch)], Archive).Compiled[0].Matches;

    [Property]
    public bool PrintingAndParsing_GivesTheSameTree(RuleCondition condition) =>
        RuleCondition.Parse(condition.ToString()).Equals(condition);

    [ScaledProperty(MaxTest = 100)]
    public Property CompiledCondition_AgreesWithTheReferenceEvaluator() =>
        Prop.ForAll(
            RuleGenerators.Condition().ToArbitrary(),
            Gen.ArrayOf(RuleGenerators.Profile(), 20).ToArbitrary(),
            (condition, profiles) =>
            {
                var compiled = Compiled(condition);
                return profiles.All(p => compiled(p) == ReferenceEvaluator.Evaluate(condition, p));
            });

    [ScaledProperty(MaxTest = 100)]
    public Property Not_AndDeMorgan_Hold() =>
        Prop.ForAll(
            RuleGenerators.Condition().ToArbitrary(),
            RuleGenerators.Condition().ToArbitrary(),
            Gen.ArrayOf(RuleGenerators.Profile(), 10).ToArbitrary(),
            (a, b, profiles) =>
            {
                var matchA = Compiled(a);
                var notA = Compiled(a.Not());
                var notAnd = Compiled(a.And(b).Not());
                var orOfNots = Compiled(a.Not().Or(b.Not()));
                var notOr = Compiled(a.Or(b).Not());
                var andOfNots = Compiled(a.Not().And(b.Not()));
                return profiles.All(p => notA(p) == !matchA(p) && notAnd(p) == orOfNots(p) && notOr(p) == andOfNots(p));
            });

    [ScaledProperty(MaxTest = 50)]
    public Property Winners_DoNotDependOnRuleOrder_WhenPrioritiesDiffer() =>
        Prop.ForAll(
            RuleGenerators.Rules(8).ToArbitrary(),
            Gen.ArrayOf(RuleGenerators.Profile(), 10).ToArbitrary(),
            ArbMap.Default.GeneratorFor<int>().ToArbitrary(),
            (rules, profiles, seed) =>
            {
                var distinct = rules.Select((r, i) => r with { Priority = i }).ToArray();
                var shuffled = distinct.OrderBy(r => (r.Name.GetHashCode(StringComparison.Ordinal) ^ seed) & 0xFFFF).ThenBy(r => r.Name, StringComparer.Ordinal).ToArray();
                var original = RuleSet.Compile(distinct, Archive);
                var reordered = RuleSet.Compile(shuffled, Archive);
                return profiles.All(p => Names(original.Evaluate(p)).SetEquals(Names(reordered.Evaluate(p))));
            });

    [ScaledProperty(MaxTest = 50)]
    public Property Explanation_AgreesWithEvaluation() =>
        Prop.ForAll(
            RuleGenerators.Rules(6).ToArbitrary(),
            Gen.ArrayOf(RuleGenerators.Profile(), 5).ToArbitrary(),
            (rules, profiles) =>
            {
                var set = RuleSet.Compile(rules, Archive);
                return profiles.All(p =>
                {
                    var explanation = set.Explain(p);
                    return Names(set.Evaluate(p)).SetEquals(explanation.Winners.Select(r => r.Name))
                        && explanation.Rules.All(r => (r.Verdict is RuleVerdict.Won or RuleVerdict.Lost) == set.Compiled.Single(c => c.Rule == r.Rule).Matches(p));
                });
            });

    private static HashSet<string> Names(IEnumerable<ClassificationRule> rules) => rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
}
