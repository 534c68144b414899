using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Rules;
using RE = RulesEngine;

namespace CustomerClassification.Benchmarks.Rules;

/// <summary>
/// The same 50 rules on the same profiles, three ways: hand-written C# lambdas (the baseline), the rules
/// compiled from text by <see cref="RuleSet"/>, and Microsoft RulesEngine 6.0.1. Two jobs: every rule on every
/// profile (counting matches), and the classification outcome, the winning rule of each target per profile.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuleBenchmarks
{
    private CustomerProfile[] _profiles = null!;
    private Func<CustomerProfile, bool>[] _lambdas = null!;
    private RuleSet _set = null!;
    private CompiledRule[] _compiled = null!;
    private CompiledRule[] _byPriority = null!;
    private CompiledRule?[] _winners = null!;
    private RE.RulesEngine _rulesEngine = null!;

    [Params(1_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _profiles = SampleRules.Profiles(Profiles);
        _lambdas = SampleRules.Lambdas();
        _set = RuleSet.Compile(SampleRules.Rules(), SampleCustomers.Build(0).Snapshot);
        _compiled = _set.Compiled.ToArray();
        _byPriority = _compiled.OrderByDescending(r => r.Rule.Priority).ThenBy(r => r.Index).ToArray();
        _winners = new CompiledRule?[_set.TargetCount];
        _rulesEngine = new RE.RulesEngine([SampleRules.Workflow()], new RE.Models.ReSettings());

        var matches = (HandWrittenLambdas(), CompiledRules(), MicrosoftRulesEngine());
        var winners = (HandWrittenWinners(), RuleSetEvaluate(), MicrosoftRulesEngineWinners());
        if (matches.Item1 != matches.Item2 || matches.Item1 != matches.Item3 || winners.Item1 != winners.Item2 || winners.Item1 != winners.Item3)
        {
            throw new InvalidOperationException($"The three forms disagree: {matches}, {winners}.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("All rules")]
    public int HandWrittenLambdas() => SampleRules.CountMatches(_profiles, _lambdas);

    [Benchmark]
    [BenchmarkCategory("All rules")]
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
    [BenchmarkCategory("All rules")]
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

    // The loop a team would write by hand: rules in priority order, the first match of each target wins.
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Winners")]
    public int HandWrittenWinners()
    {
        var checksum = 0;
        foreach (var profile in _profiles)
        {
            Array.Clear(_winners);
            foreach (var rule in _byPriority)
            {
                if (_winners[rule.Target] is null && _lambdas[rule.Index](profile))
                {
                    _winners[rule.Target] = rule;
                }
            }

            checksum += Checksum(_winners);
        }

        return checksum;
    }

    [Benchmark]
    [BenchmarkCategory("Winners")]
    public int RuleSetEvaluate()
    {
        var checksum = 0;
        foreach (var profile in _profiles)
        {
            _set.Evaluate(profile, _winners);
            checksum += Checksum(_winners);
        }

        return checksum;
    }

    [Benchmark]
    [BenchmarkCategory("Winners")]
    public int MicrosoftRulesEngineWinners()
    {
        var checksum = 0;
        foreach (var profile in _profiles)
        {
            var results = _rulesEngine.ExecuteAllRulesAsync("classification", profile).AsTask().GetAwaiter().GetResult();
            Array.Clear(_winners);
            foreach (var rule in _byPriority)
            {
                if (_winners[rule.Target] is null && results[rule.Index].IsSuccess)
                {
                    _winners[rule.Target] = rule;
                }
            }

            checksum += Checksum(_winners);
        }

        return checksum;
    }

    private static int Checksum(CompiledRule?[] winners)
    {
        var sum = 0;
        foreach (var winner in winners)
        {
            sum += winner?.Index + 1 ?? 0;
        }

        return sum;
    }
}
