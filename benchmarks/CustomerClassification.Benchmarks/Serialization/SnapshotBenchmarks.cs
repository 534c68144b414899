using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.AccountSets;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Benchmarks.Serialization;

/// <summary>
/// Saving and loading the sample account set (11,110 categories, the customers, one change-log entry per
/// category and customer) as a snapshot, against System.Text.Json's reflection serializer doing the same with a
/// flat array of the customers' values: no categories, no change log, no checks.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SnapshotBenchmarks
{
    private AccountSet _accountSet = null!;
    private CustomerRow[] _rows = null!;
    private string _snapshot = null!;
    private string _rowsJson = null!;

    [Params(100_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var archive = SampleCustomers.Build(Customers);
        _accountSet = new AccountSet(archive);
        _rows = archive.Select(c => new CustomerRow(
            c.Code, c.Name, c.CategoryCode, c.TaxId?.Value, c.CreditGrade, c.CreditLimit, c.DevelopedOn is { } d ? LocalDatePattern.Iso.Format(d) : null)).ToArray();
        _snapshot = SnapshotJson.ToJson(_accountSet);
        _rowsJson = JsonSerializer.Serialize(_rows);
    }

    [BenchmarkCategory("Save"), Benchmark(Baseline = true)]
    public int SaveRows() => JsonSerializer.Serialize(_rows).Length;

    [BenchmarkCategory("Save"), Benchmark]
    public int Save() => SnapshotJson.ToJson(_accountSet).Length;

    [BenchmarkCategory("Load"), Benchmark(Baseline = true)]
    public int LoadRows() => JsonSerializer.Deserialize<CustomerRow[]>(_rowsJson)!.Length;

    [BenchmarkCategory("Load"), Benchmark]
    public int Load() => SnapshotJson.FromJson(_snapshot, SystemClock.Instance).Archive.Count;

    /// <summary>The values a hand-rolled export would keep of a customer.</summary>
    public sealed record CustomerRow(string Code, string Name, string? CategoryCode, string? TaxId, string? CreditGrade, decimal? CreditLimit, string? DevelopedOn);
}
