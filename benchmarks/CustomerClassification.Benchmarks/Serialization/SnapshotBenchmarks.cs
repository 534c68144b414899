using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Benchmarks.Serialization;

/// <summary>
/// Saving and loading the sample account set (11,110 categories, the customers, one change-log entry per
/// category and customer) as a snapshot, against System.Text.Json's source-generated serializer doing the same
/// with a flat array of the customers' values: no categories, no change log, no checks. And the bulk load on its
/// own: one batch adding every category and customer (what loading rebuilds) against filling a dictionary.
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
    private byte[] _snapshotUtf8 = null!;
    private byte[] _rowsUtf8 = null!;
    private CustomerClassification.Archives.ChangeBatch _everything = null!;
    private CustomerClassification.Customers.Customer[] _customers = null!;

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
        _rowsJson = JsonSerializer.Serialize(_rows, RowsContext.Default.CustomerRowArray);
        _snapshotUtf8 = System.Text.Encoding.UTF8.GetBytes(_snapshot);
        _rowsUtf8 = System.Text.Encoding.UTF8.GetBytes(_rowsJson);
        _customers = archive.ToArray();
        _everything = new CustomerClassification.Archives.ChangeBatch();
        foreach (var category in archive.Snapshot.CategoriesOf(CustomerClassification.Customers.DimensionNames.Category))
        {
            _everything.AddCategory(CustomerClassification.Customers.DimensionNames.Category, category.Code, category.Name);
        }

        foreach (var customer in _customers)
        {
            _everything.Add(customer);
        }
    }

    [BenchmarkCategory("Save"), Benchmark(Baseline = true)]
    public int SaveRows() => JsonSerializer.Serialize(_rows, RowsContext.Default.CustomerRowArray).Length;

    [BenchmarkCategory("Save"), Benchmark]
    public int Save() => SnapshotJson.ToJson(_accountSet).Length;

    [BenchmarkCategory("Load"), Benchmark(Baseline = true)]
    public int LoadRows() => JsonSerializer.Deserialize(_rowsUtf8, RowsContext.Default.CustomerRowArray)!.Length;

    [BenchmarkCategory("Load"), Benchmark]
    public int Load() => SnapshotJson.Read(new System.IO.MemoryStream(_snapshotUtf8), SystemClock.Instance).Archive.Count;

    [BenchmarkCategory("Load"), Benchmark]
    public int LoadText() => SnapshotJson.FromJson(_snapshot, SystemClock.Instance).Archive.Count;

    [BenchmarkCategory("BulkLoad"), Benchmark(Baseline = true)]
    public int FillDictionary() => _customers.ToDictionary(c => c.Code, System.StringComparer.Ordinal).Count;

    [BenchmarkCategory("BulkLoad"), Benchmark]
    public int ApplyEverything() =>
        new CustomerClassification.Archives.CustomerArchive(_accountSet.Archive.Settings, SystemClock.Instance).Apply(_everything, "bench").Succeeded ? _customers.Length : 0;

    /// <summary>The values a hand-rolled export would keep of a customer.</summary>
    public sealed record CustomerRow(string Code, string Name, string? CategoryCode, string? TaxId, string? CreditGrade, decimal? CreditLimit, string? DevelopedOn);
}

/// <summary>System.Text.Json's source-generated serializer of the flat rows: the fastest way System.Text.Json has.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(SnapshotBenchmarks.CustomerRow[]))]
internal sealed partial class RowsContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
