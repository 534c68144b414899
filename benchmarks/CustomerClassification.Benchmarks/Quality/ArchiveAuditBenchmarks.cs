using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Customers;
using CustomerClassification.Quality;

namespace CustomerClassification.Benchmarks.Quality;

/// <summary>
/// The audit of the 1,000,000-customer sample archive (1,440 distinct company names, so every name is a probable
/// duplicate group of about 700 customers; half the customers with unique tax ids), against the raw grouping a
/// hand-written check would do: customers grouped by exact name and by tax id, nothing normalised, no findings built.
/// </summary>
[MemoryDiagnoser]
public class ArchiveAuditBenchmarks
{
    private ArchiveSnapshot _archive = null!;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup() => _archive = SampleCustomers.Build(Customers).Snapshot;

    [Benchmark(Baseline = true)]
    public int GroupByNameAndTaxId() =>
        _archive.GroupBy(c => c.Name, StringComparer.Ordinal).Count(g => g.Skip(1).Any())
        + _archive.Where(c => c.TaxId is not null).GroupBy(c => c.TaxId!.Value.Value, StringComparer.Ordinal).Count(g => g.Skip(1).Any());

    [Benchmark]
    public int Audit() => ArchiveAudit.Run(_archive).Count;
}
