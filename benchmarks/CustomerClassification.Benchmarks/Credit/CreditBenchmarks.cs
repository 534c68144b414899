using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Benchmarks.Credit;

/// <summary>
/// Credit on 100,000 customers over the 11,110-category sample tree with 1,000,000 open items: the aging
/// report with roll-up, effective policies for every customer, and credit checks.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CreditBenchmarks
{
    private static readonly LocalDate Today = new(2026, 6, 30);
    private static readonly string[] TopGrade = ["AAA"];

    private ArchiveSnapshot _archive = null!;
    private CreditPolicySet _policies = null!;
    private CreditCheck _check = null!;
    private ArchiveSnapshot _profiled = null!;
    private OpenItem[] _items = null!;
    private Customer[] _customers = null!;
    private CreditRequest[] _requests = null!;

    [Params(100_000)]
    public int Customers { get; set; }

    [Params(1_000_000)]
    public int OpenItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = SampleCustomers.Build(Customers).Snapshot;
        _customers = _archive.ToArray();
        var random = new Random(11);
        _items = Enumerable.Range(0, OpenItems)
            .Select(i =>
            {
                var due = Today.PlusDays(random.Next(-60, 500) * -1);
                return new OpenItem(_customers[random.Next(_customers.Length)].Code, "INV" + i, random.Next(100, 100_000), due.PlusDays(-30), due);
            })
            .ToArray();

        // Policies on every level: limits on level 1, terms on level 2, thresholds on some level 3.
        _policies = new CreditPolicySet(defaults: new CreditPolicy { AllowedOverdueDays = 90, MinimumGrade = "B" });
        var tree = _archive.CategoriesOf(DimensionNames.Category);
        foreach (var category in tree.Where(c => c.Level < 4))
        {
            _policies = category.Level switch
            {
                1 => _policies.With(category.Code, new CreditPolicy { CreditLimit = 500_000m, AutoApprovedGrades = ["AAA"] }),
                2 => _policies.With(category.Code, new CreditPolicy { PaymentTerms = PaymentTerms.Parse("2/10,n/30") }),
                _ => category.Code.EndsWith('5') ? _policies.With(category.Code, new CreditPolicy { WarningThreshold = 0.8m }) : _policies,
            };
        }

        _check = _policies.For(_archive);

        // The same values as the credit part of category profiles, read through the effective profile.
        var profiled = SampleCustomers.Build(Customers);
        var batch = new ChangeBatch().SetDefaultProfileValue("allowedOverdueDays", 90).SetDefaultProfileValue("minimumGrade", "B");
        foreach (var category in tree.Where(c => c.Level < 4))
        {
            _ = category.Level switch
            {
                1 => batch.SetProfileValue(DimensionNames.Category, category.Code, "creditLimit", 500_000m).SetProfileValue(DimensionNames.Category, category.Code, "autoApprovedGrades", TopGrade),
                2 => batch.SetProfileValue(DimensionNames.Category, category.Code, "paymentTerms", PaymentTerms.Parse("2/10,n/30")),
                _ => category.Code.EndsWith('5') ? batch.SetProfileValue(DimensionNames.Category, category.Code, "warningThreshold", 0.8m) : batch,
            };
        }

        profiled.Apply(batch, "bench");
        _profiled = profiled.Snapshot;
        var byCustomer = _items.ToLookup(i => i.CustomerCode);
        _requests = _customers.Take(1024).Select(c => new CreditRequest(c.Code, 50_000m, byCustomer[c.Code], Today)).ToArray();
    }

    [Benchmark]
    [BenchmarkCategory("Aging")]
    public decimal Aging_WithRollUp() => AgingReport.Build(_archive, _items, Today).Total.Balance;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Effective policy, all customers")]
    public int EffectivePolicy_NaiveAncestorWalk()
    {
        // Per customer and per value: walk from its category up the ancestors to the first policy that sets it.
        var tree = _archive.CategoriesOf(DimensionNames.Category);
        var found = 0;
        foreach (var customer in _customers)
        {
            var path = tree.AncestorsOf(customer.CategoryCode!).Select(c => c.Code).Append(customer.CategoryCode!).Reverse().ToArray();
            found += Walk(path, p => p.CreditLimit) is null ? 0 : 1;
            found += Walk(path, p => p.AllowedOverdueDays) is null ? 0 : 1;
            found += Walk(path, p => p.MinimumGrade) is null ? 0 : 1;
            found += Walk(path, p => p.WarningThreshold) is null ? 0 : 1;
            found += Walk(path, p => p.WatchListMonths) is null ? 0 : 1;
            found += Walk(path, p => p.PaymentTerms) is null ? 0 : 1;
            found += Walk(path, p => p.BlockOverLimit) is null ? 0 : 1;
            found += Walk(path, p => p.AutoApprovedGrades) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark]
    [BenchmarkCategory("Effective policy, all customers")]
    public int EffectivePolicy_CreditCheck()
    {
        // Includes resolving every category once (new CreditCheck), as a host would per snapshot.
        var check = _policies.For(_archive);
        var found = 0;
        foreach (var customer in _customers)
        {
            found += check.EffectivePolicyOf(customer).CreditLimit.Value is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark]
    [BenchmarkCategory("Effective policy, all customers")]
    public int EffectivePolicy_CreditCheck_FromProfiles()
    {
        // The same, with the values in the archive's category profiles instead of the policy set.
        var check = new CreditPolicySet().For(_profiled);
        var found = 0;
        foreach (var customer in _customers)
        {
            found += check.EffectivePolicyOf(customer).CreditLimit.Value is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    [BenchmarkCategory("Credit check")]
    public int CreditCheck_Evaluate()
    {
        var blocked = 0;
        foreach (var request in _requests)
        {
            blocked += _check.Evaluate(request).Outcome == CreditOutcome.Blocked ? 1 : 0;
        }

        return blocked;
    }

    private object? Walk<T>(string[] path, Func<CreditPolicy, T?> value)
    {
        foreach (var code in path)
        {
            if (_policies.Policies.TryGetValue(code, out var policy) && value(policy) is { } found)
            {
                return found;
            }
        }

        return value(_policies.Defaults);
    }
}
