using System;
using System.Linq;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.Benchmarks.Rules;

/// <summary>
/// The whole job at scale: classifying 1,000,000 profiles with the 50 sample rules (winner per target and the
/// suggestions), against the hand-written lambdas merely evaluated on the same profiles; and compiling the 50
/// rules from text, against compiling the 50 equivalent C# expression trees.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuleSetBenchmarks
{
    private CustomerProfile[] _profiles = null!;
    private Func<CustomerProfile, bool>[] _lambdas = null!;
    private ClassificationRule[] _rules = null!;
    private Expression<Func<CustomerProfile, bool>>[] _expressions = null!;
    private ArchiveSnapshot _archive = null!;
    private RuleSet _set = null!;

    [Params(1_000_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = SampleCustomers.Build(0).Snapshot;
        _rules = SampleRules.Rules();
        _expressions = SampleRules.All.Select(r => r.Lambda).ToArray();
        _set = RuleSet.Compile(_rules, _archive);
        _lambdas = SampleRules.Lambdas();
        _profiles = SampleRules.Profiles(Profiles);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Classify")]
    public int HandWrittenLambdas() => SampleRules.CountMatches(_profiles, _lambdas);

    [Benchmark]
    [BenchmarkCategory("Classify")]
    public int Classify() => _set.Classify(_profiles).Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Compile")]
    public int CompileCSharpExpressions() => _expressions.Select(e => e.Compile()).Count();

    [Benchmark]
    [BenchmarkCategory("Compile")]
    public int CompileRuleText() => RuleSet.Compile(SampleRules.All.Select(r => new ClassificationRule(r.Rule.Name, r.Rule.ConditionText, r.Rule.Action) { Priority = r.Rule.Priority }), _archive).Rules.Count;
}
