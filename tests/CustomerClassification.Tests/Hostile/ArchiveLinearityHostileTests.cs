using System.Diagnostics;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Hostile;

// Issue #28 row 4: one add at a time into one category copied the whole category (20,000 adds took 27 s).
public sealed class ArchiveLinearityHostileTests
{
    private static CustomerArchive Archive()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")), new FakeClock(Instant.FromUtc(2026, 3, 1, 9, 0)));
        archive.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, "01", "批发").AddCategory(DimensionNames.Category, "02", "零售"), "test");
        return archive;
    }

    [Fact]
    public void SingleAddsIntoOneCategory_AndReclassifications_TakeTimeInProportion()
    {
        var archive = Archive();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 20_000; i++)
        {
            archive.Add(new Customer(FormattableString.Invariant($"C{i:D6}"), "客户") { CategoryCode = "01" }, "test");
        }

        var adds = watch.Elapsed;
        watch.Restart();
        for (var i = 0; i < 2_000; i++)
        {
            archive.Update(FormattableString.Invariant($"C{i * 7:D6}"), c => c with { CategoryCode = "02" }, "test");
        }

        var moves = watch.Elapsed;

        Assert.Equal(20_000 - 2_000, archive.Snapshot.CustomersIn(DimensionNames.Category, "01", includeDescendants: false).Count);
        Assert.Equal(2_000, archive.Snapshot.CustomersIn(DimensionNames.Category, "02", includeDescendants: false).Count);
        Assert.True(adds < TimeSpan.FromSeconds(8), "20,000 single adds took " + adds);
        Assert.True(moves < TimeSpan.FromSeconds(2), "2,000 reclassifications took " + moves);
    }
}
