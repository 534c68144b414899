using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Rules;
using RE = RulesEngine;

namespace CustomerClassification.Benchmarks.Rules;

/// <summary>
/// The same 50 rules on the same profiles, evaluated three ways: hand-written C# lambdas (the baseline), the
/// rules compiled from text by <see cref="RuleSet"/>, and Microsoft RulesEngine 6.0.1. Each counts the
/// matching (rule, profile) pairs, so all three do the same work.
/// </summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private CustomerProfile[] _profiles = null!;
    private Func<CustomerProfile, bool>[] _lambdas = null!;
    private CompiledRule[] _compiled = null!;
    private RE.RulesEngine _rulesEngine = null!;

    [Params(1_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _profiles = SampleRules.Profiles(Profiles);
        _lambdas = SampleRules.Lambdas();
        _compiled = RuleSet.Compile(SampleRules.Rules(), SampleCustomers.Build(0).Snapshot).Rules.ToArray();
        _rulesEngine = new RE.RulesEngine([SampleRules.Workflow()], new RE.Models.ReSettings());

        var expected = HandWrittenLambdas();
        if (CompiledRules() != expected || MicrosoftRulesEngine() != expected)
        {
            throw new InvalidOperationException($"The three forms disagree: {expected}, {CompiledRules()}, {MicrosoftRulesEngine()}.");
        }
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLambdas()
    {
        var matches = 0;
        foreach (var profile in _profiles)
        {
            foreach (var lambda in _lambdas)
            {
                matches += lambda(profile) ? 1 : 0;
            }
        }

        return matches;
    }

    [Benchmark]
    public int CompiledRules()
    {
        var matches = 0;
        foreach (var profile in _profiles)
        {
            foreach (var rule in _compiled)
            {
                matches += rule.Matches(profile) ? 1 : 0;
            }
        }

        return matches;
    }

    [Benchmark]
    public int MicrosoftRulesEngine()
    {
        var matches = 0;
        foreach (var profile in _profiles)
        {
            var results = _rulesEngine.ExecuteAllRulesAsync("classification", profile).AsTask().GetAwaiter().GetResult();
            matches += results.Count(r => r.IsSuccess);
        }

        return matches;
    }
}
