using System;
using System.Diagnostics;
using System.Globalization;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Benchmarks.Customers;

/// <summary>
/// Builds the sample archive once, in one batch, and prints how long the batch took and how much managed
/// memory the archive holds (customers, indexes, trees and change log):
/// <c>dotnet run -c Release --project benchmarks/CustomerClassification.Benchmarks -- archive-memory 1000000</c>.
/// </summary>
public static class ArchiveMemoryReport
{
    public static void Run(int count)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var archive = new CustomerArchive(SampleCustomers.Settings, SystemClock.Instance);
        archive.Apply(SampleCustomers.Categories(), "bench");
        var batch = new ChangeBatch();
        foreach (var customer in SampleCustomers.Customers(count))
        {
            batch.Add(customer);
        }

        var watch = Stopwatch.StartNew();
        var result = archive.Apply(batch, "bench");
        watch.Stop();
        batch = null;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{archive.Count:N0} customers ({(result.Succeeded ? "applied" : "refused")}), {archive.CategoriesOf(DimensionNames.Category).Count:N0} categories, {archive.ChangeLog.Count:N0} log entries: batch applied in {watch.Elapsed.TotalSeconds:F2} s; archive holds {(after - before) / 1024.0 / 1024.0:F0} MB managed memory"));
        GC.KeepAlive(archive);
    }
}
