using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Benchmarks.Customers;

/// <summary>
/// The customer archive with 1,000,000 customers over 11,110 categories in 4 levels, against the raw
/// collections and scans a host would otherwise use. Compare ratios within a category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CustomerArchiveBenchmarks
{
    private const int Lookups = 1024;

    private CustomerArchive _archive = null!;
    private Customer[] _all = null!;
    private Dictionary<string, Customer> _byCode = null!;
    private Dictionary<char, char> _initials = null!;
    private string[] _probes = null!;
    private string[] _names = null!;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = SampleCustomers.Build(Customers);
        _all = _archive.ToArray();
        _byCode = _all.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var random = new Random(7);
        _probes = Enumerable.Range(0, Lookups).Select(_ => new string(_all[random.Next(_all.Length)].Code.ToCharArray())).ToArray();
        _names = Enumerable.Range(0, Lookups).Select(i => SampleCustomers.Name(i * 7919)).ToArray();

        // The hand-written baseline of mnemonic generation: one initial per character, no phrases.
        _initials = _names.SelectMany(n => n).Distinct().ToDictionary(c => c, c => MnemonicCode.FromName(c.ToString()) is { Length: 1 } code ? code[0] : '\0');
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Find")]
    public int Find_RawDictionary()
    {
        var sum = 0;
        foreach (var code in _probes)
        {
            sum += _byCode.TryGetValue(code, out var customer) ? customer.Name.Length : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Find")]
    public int Find_Archive()
    {
        var sum = 0;
        foreach (var code in _probes)
        {
            sum += _archive.Find(code)?.Name.Length ?? 0;
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CustomersIn level 1")]
    public int CustomersInLevel1_LinqScan() => _all.Count(c => c.CategoryCode!.StartsWith("01", StringComparison.Ordinal));

    [Benchmark]
    [BenchmarkCategory("CustomersIn level 1")]
    public int CustomersInLevel1_Archive() => _archive.CustomersIn(DimensionNames.Category, "01", includeDescendants: true).Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("CustomersIn level 3")]
    public int CustomersInLevel3_LinqScan() => _all.Count(c => c.CategoryCode!.StartsWith("010203", StringComparison.Ordinal));

    [Benchmark]
    [BenchmarkCategory("CustomersIn level 3")]
    public int CustomersInLevel3_Archive() => _archive.CustomersIn(DimensionNames.Category, "010203", includeDescendants: true).Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("SearchMnemonic")]
    public int SearchMnemonic_LinqScan() => _all.Count(c => c.MnemonicCode!.StartsWith("CQJX", StringComparison.Ordinal));

    [Benchmark]
    [BenchmarkCategory("SearchMnemonic")]
    public int SearchMnemonic_Archive() => _archive.SearchMnemonic("CQJX").Count;

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Mnemonic per name")]
    public int Mnemonic_CharacterLookup()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            var code = new char[name.Length];
            var length = 0;
            foreach (var c in name)
            {
                if (_initials.TryGetValue(c, out var initial) && initial != '\0')
                {
                    code[length++] = initial;
                }
            }

            sum += new string(code, 0, length).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    [BenchmarkCategory("Mnemonic per name")]
    public int Mnemonic_FromName()
    {
        var sum = 0;
        foreach (var name in _names)
        {
            sum += MnemonicCode.FromName(name).Length;
        }

        return sum;
    }

}
