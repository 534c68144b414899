using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Benchmarks.Customers;

/// <summary>
/// A batch of 10,000 updates on the 1,000,000-customer archive, against the same changes on a bare
/// dictionary. Few invocations: every applied batch appends 10,000 entries to the change log for good.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15, invocationCount: 1)]
public class ArchiveBatchBenchmarks
{
    private const int BatchSize = 10_000;

    private CustomerArchive _archive = null!;
    private string[] _codes = null!;
    private Dictionary<string, Customer> _byCode = null!;
    private int _flip;

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = SampleCustomers.Build(Customers);
        _byCode = _archive.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _codes = _byCode.Keys.OrderBy(c => c, StringComparer.Ordinal).Where((_, i) => i % 97 == 0).Take(BatchSize).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Batch of 10,000")]
    public int Batch_RawDictionaryUpdates()
    {
        // The same changes on a bare dictionary: no rules, no indexes, no change log, no atomicity.
        var phone = Phone();
        for (var i = 0; i < BatchSize; i++)
        {
            var code = _codes[i];
            _byCode[code] = _byCode[code] with { Phone = phone };
        }

        return _byCode.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Batch of 10,000")]
    public int Batch_Archive()
    {
        var phone = Phone();
        var batch = new ChangeBatch();
        for (var i = 0; i < BatchSize; i++)
        {
            batch.Update(_codes[i], c => c with { Phone = phone });
        }

        return _archive.Apply(batch, "bench").Entries.Count;
    }

    private string Phone() => (++_flip % 2 == 0) ? "021-00000000" : "021-11111111";
}
