using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Benchmarks.Rules;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Benchmarks.Archives;

/// <summary>
/// What rights and data scopes cost (issue #26: at most 10 %): an <c>Apply</c> of 100,000 updates by a user the policy
/// checks change by change, against the same batch applied without a policy; and classifying 1,000,000 customers within a
/// user's scope (each customer tested in the classifying pass against a scope of all ten roots, so none is hidden) or as
/// the user sees them (<c>SeenBy</c>, which counts the scope from the category index), against classifying them all.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AccessBenchmarks
{
    private const string User = "张三";

    // A scope naming every root: each customer is checked and none is hidden, the worst case of a check.
    private static readonly AccessPolicy Policy = new(
        ["管理员"],
        [new AccessRole("业务员", [User], [AccessRight.EditCustomers, AccessRight.Reclassify], scope: DataScope.Of(DimensionNames.Category, [.. Enumerable.Range(1, 10).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))]))]);

    private CustomerArchive _archive = null!;
    private ChangeBatch _updates = null!;
    private AccountSet _accountSet = null!;
    private RuleSet _rules = null!;
    private Dictionary<string, TradingStats> _stats = null!;

    [GlobalSetup(Targets = [nameof(ClassifyAll), nameof(ClassifyInAUsersScope), nameof(ClassifyAsAUserSeesThem)])]
    public void SetupClassify()
    {
        var archive = SampleCustomers.Build(1_000_000);
        _accountSet = new AccountSet(archive) { Access = Policy };
        _rules = RuleSet.Compile(SampleRules.Rules(), archive.Snapshot);
        _stats = [];
    }

    [IterationSetup(Targets = [nameof(ApplyUpdates), nameof(ApplyUpdatesCheckedForAUser)])]
    public void SetupApply()
    {
        _archive = SampleCustomers.Build(100_000);
        _updates = new ChangeBatch();
        foreach (var customer in _archive.Snapshot)
        {
            _updates.Update(customer.Code, c => c with { Phone = "021-12345678", CategoryCode = c.CategoryCode });
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Apply")]
    public int ApplyUpdates() => _archive.Apply(_updates, User).Entries.Count;

    [Benchmark]
    [BenchmarkCategory("Apply")]
    public int ApplyUpdatesCheckedForAUser() => _archive.Apply(_updates, User, Policy).Entries.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Classify")]
    public int ClassifyAll() => _rules.Classify(_accountSet.Archive.Snapshot, _stats, new LocalDate(2026, 6, 30)).Count;

    [Benchmark]
    [BenchmarkCategory("Classify")]
    public int ClassifyInAUsersScope() => _rules.ClassifyWithin(_accountSet.Archive.Snapshot, _stats, new LocalDate(2026, 6, 30), Policy.ScopeOf(User)).Count;

    [Benchmark]
    [BenchmarkCategory("Classify")]
    public int ClassifyAsAUserSeesThem() => _rules.Classify(_accountSet.SeenBy(User).Archive.Snapshot, _stats, new LocalDate(2026, 6, 30)).Count;
}
