using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Analysis;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Benchmarks.Analysis;

/// <summary>
/// Issue #25's figures on 1,000,000 customers with 10,000,000 sales documents over a year: analysis by category against a
/// hand-written dictionary aggregation by leaf category; portfolio metrics against a hand-written one-pass sum by
/// customer; and classification with metric fields against the same number of rules without.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AnalysisBenchmarks
{
    private static readonly LocalDate Today = new(2026, 6, 30);
    private static readonly LocalDate From = new(2026, 1, 1);

    private ArchiveSnapshot _snapshot = null!;
    private SalesLedger _documents = null!;
    private Dictionary<string, string?> _leafOf = null!;
    private PortfolioMetrics _metrics = null!;
    private RuleSet _plainRules = null!;
    private RuleSet _metricRules = null!;
    private readonly Dictionary<string, TradingStats> _stats = new(StringComparer.Ordinal);

    [Params(1_000_000)]
    public int Customers { get; set; }

    [Params(10_000_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = SampleCustomers.Build(Customers).Snapshot;
        var customers = _snapshot.ToArray();
        _leafOf = customers.ToDictionary(c => c.Code, c => c.CategoryCode, StringComparer.Ordinal);
        var random = new Random(25);
        // Held as ccls holds a sales file it read: a ledger, each customer code once, the documents in columns.
        var ledger = SalesLedger.CreateBuilder();
        for (var i = 0; i < Documents; i++)
        {
            var amount = random.Next(100, 100_000);
            ledger.Add(customers[random.Next(customers.Length)].Code, Today.PlusDays(-random.Next(0, 365)), "S" + i, amount, i % 20 == 0 ? SalesKind.Return : SalesKind.Sale, amount * 0.8m);
        }

        _documents = ledger.Build();

        _metrics = PortfolioMetrics.Compute(_documents, Today);

        // The same rules over the host's statistics and over the metrics, matching the same customers as far as statistics
        // can say it (the thresholds are the metrics' own cut points; churn, which statistics cannot say, by the days since
        // the last order past which about as many customers match: 447,376 suggestions against 454,037), so that the
        // difference is reading metric fields, not making more suggestions.
        foreach (var m in _metrics.Customers)
        {
            _stats[m.CustomerCode] = new TradingStats { Sales = m.NetSales, OrderCount = m.OrderCount, LastOrderOn = m.LastOrderOn };
        }

        var ranked = _metrics.Customers;
        var rankCut = ranked.Where(m => m.SalesRank <= 200_000).Min(m => m.NetSales);
        var frequencyCut = ranked.Where(m => m.FrequencyScore >= 4).Min(m => m.OrderCount);
        var recencyCut = ranked.Where(m => m.Rfm < 300).Min(m => m.DaysSinceLastOrder!.Value);
        var monetaryCut = ranked.Where(m => m.MonetaryScore <= 1).Max(m => m.NetSales);
        ClassificationRule[] plain =
        [
            new("大客户", $"sales >= {rankCut} and orderCount >= {frequencyCut}", RuleAction.AddTag("大客户")),
            new("沉睡", $"daysSinceLastOrder >= {recencyCut + 52}", RuleAction.AddTag("沉睡")),
            new("小客户", $"sales <= {monetaryCut}", RuleAction.SetCreditGrade("C")),
        ];
        ClassificationRule[] metric =
        [
            new("大客户", "salesRank <= 200000 and frequencyScore >= 4", RuleAction.AddTag("大客户")),
            new("沉睡", "churnRisk = true and rfm < 300", RuleAction.AddTag("沉睡")),
            new("小客户", "abc = 'C' and monetaryScore <= 1", RuleAction.SetCreditGrade("C")),
        ];
        _plainRules = RuleSet.Compile(plain, _snapshot);
        _metricRules = RuleSet.CompileWithMetrics(metric, _snapshot);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Analysis")]
    public int Analysis_HandWrittenByLeaf()
    {
        // Net sales and cost of the period by leaf category, then nothing else: no tree, no previous period, no counts.
        var sums = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        for (var i = 0; i < _documents.Count; i++)
        {
            if (_documents.DateAt(i) < From || !_leafOf.TryGetValue(_documents.CustomerCodeAt(i), out var leaf) || leaf is null)
            {
                continue;
            }

            if (!sums.TryGetValue(leaf, out var sum))
            {
                sums.Add(leaf, sum = new decimal[2]);
            }

            sum[0] += _documents.NetAmountAt(i);
            sum[1] += _documents.NetCostAt(i);
        }

        return sums.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Analysis")]
    public int Analysis_ByCategory() => SalesAnalysis.Build(_snapshot, _documents, From, Today).Categories.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Metrics")]
    public int Metrics_HandWrittenSumByCustomer()
    {
        // Net sales, orders and last order per customer, ranked by sales: the least any metrics need.
        var sums = new Dictionary<string, (decimal Net, int Orders, LocalDate Last)>(StringComparer.Ordinal);
        for (var i = 0; i < _documents.Count; i++)
        {
            var code = _documents.CustomerCodeAt(i);
            sums.TryGetValue(code, out var sum);
            sums[code] = (sum.Net + _documents.NetAmountAt(i), sum.Orders + 1, _documents.DateAt(i) > sum.Last ? _documents.DateAt(i) : sum.Last);
        }

        return sums.Values.OrderByDescending(s => s.Net).Take(1).Count();
    }

    [Benchmark]
    [BenchmarkCategory("Metrics")]
    public int Metrics_Portfolio() => PortfolioMetrics.Compute(_documents, Today).Customers.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Classification")]
    public int Classify_WithoutMetrics() => _plainRules.Classify(_snapshot, _stats, Today).Count;

    [Benchmark]
    [BenchmarkCategory("Classification")]
    public int Classify_WithMetricFields() => _metricRules.Classify(_snapshot, _stats, Today, _metrics).Count;
}
