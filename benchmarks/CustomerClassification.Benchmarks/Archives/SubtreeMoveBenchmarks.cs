using System.Linq;
using BenchmarkDotNet.Attributes;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Customers;

namespace CustomerClassification.Benchmarks.Archives;

/// <summary>
/// A category moved (re-coded) with its subtree and customers: the 1,111 categories under one root of the sample tree
/// (10 × 10 × 10 below it) and the 100,000 customers on its leaves, against moving the same customers between leaves.
/// </summary>
[MemoryDiagnoser]
public class SubtreeMoveBenchmarks
{
    private CustomerArchive _archive = null!;

    [IterationSetup]
    public void Setup()
    {
        // The sample tree, with 100,000 customers on the 1,000 leaves under 01.
        var archive = new CustomerArchive(SampleCustomers.Settings, NodaTime.SystemClock.Instance);
        archive.Apply(SampleCustomers.Categories(), "bench");
        var leaves = SampleCustomers.LeafCodes().Take(1_000).ToArray();    // the leaves under 01
        var batch = new ChangeBatch();
        foreach (var customer in SampleCustomers.Customers(100_000).Select((c, i) => c with { CategoryCode = leaves[i % leaves.Length] }))
        {
            batch.Add(customer);
        }

        archive.Apply(batch, "bench");
        _archive = archive;
    }

    [Benchmark(Baseline = true)]
    public int MoveCustomersLeafToLeaf()
    {
        // The same 100,000 customers moved leaf by leaf within the subtree (one MoveCustomers per leaf): the floor of any move.
        var batch = new ChangeBatch();
        foreach (var leaf in SampleCustomers.LeafCodes().Take(1_000))
        {
            batch.MoveCustomers(DimensionNames.Category, "01" + leaf[2..], "02" + leaf[2..]);
        }

        return _archive.Apply(batch, "bench").Entries.Count;
    }

    [Benchmark]
    public int MoveCategoryWithItsSubtree() => _archive.MoveCategory(DimensionNames.Category, "01", "11", "bench").Count;
}
