using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Benchmarks.Scale;

/// <summary>
/// Where the time of loading a large model goes, one phase after another in one process (Stopwatch, not
/// BenchmarkDotNet: a million-customer model takes seconds per run): <c>dotnet run -c Release -- load-phases model.json</c>;
/// with <c>LOAD_PHASES_FAST_ONLY=1</c> it times the reader alone (for a profiler).
/// </summary>
public static class LoadPhases
{
    public static void Run(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Console.WriteLine($"{path}: {bytes.Length / 1048576} MB");
        Time("Utf8JsonReader alone (every token, no value read: the floor of any System.Text.Json reader)", () => Tokens(bytes));
        Time("JsonDocument.Parse (the DOM alone)", () => JsonDocument.Parse(bytes).Dispose());
        Time("SnapshotJson.Read (the one reader, in memory)", () => SnapshotJson.Read(new MemoryStream(bytes), SystemClock.Instance));
        Time("SnapshotJson.Read (the one reader, of the file, as ccls reads it)", () =>
        {
            using var file = File.OpenRead(path);
            SnapshotJson.Read(file, SystemClock.Instance);
        });
        if (Environment.GetEnvironmentVariable("LOAD_PHASES_FAST_ONLY") is not null)
        {
            return;
        }

        Time("SnapshotJson.Read (whole load)", () => SnapshotJson.Read(new MemoryStream(bytes), SystemClock.Instance));
        var accountSet = SnapshotJson.Read(new MemoryStream(bytes), SystemClock.Instance);
        var snapshot = accountSet.Archive.Snapshot;
        Time("SnapshotJson.Write (compact)", () => SnapshotJson.Write(accountSet, Stream.Null, indented: false));
        var batch = new ChangeBatch();
        foreach (var category in snapshot.CategoriesOf(DimensionNames.Category))
        {
            batch.AddCategory(DimensionNames.Category, category.Code, category.Name);
        }

        foreach (var customer in snapshot.Take(snapshot.Count))
        {
            batch.Add(customer);
        }

        Time($"Apply of {snapshot.Count:N0} adds (and the categories) in one batch", () => new CustomerArchive(snapshot.Settings, SystemClock.Instance).Apply(batch, "bench"));
        var log = snapshot.ChangeLog.ToArray();
        Time($"Restore of the same with its saved log of {log.Length:N0} entries", () => new CustomerArchive(snapshot.Settings, SystemClock.Instance).Restore(batch, log));
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    }

    private static void Tokens(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        var count = 0L;
        while (reader.Read())
        {
            count++;
        }

        Console.Write($"({count:N0} tokens) ");
    }

    private static void Time(string what, Action action)
    {
        GC.Collect();
        if (Environment.GetEnvironmentVariable("LOAD_PHASES_NO_GC") is { } noGc)
        {
            Console.Write($"(no GC region: {GC.TryStartNoGCRegion(long.Parse(noGc, System.Globalization.CultureInfo.InvariantCulture) << 20)}) ");
        }

        var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var watch = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F2} s (collections {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s, allocated {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB, live after {GC.GetTotalMemory(true) >> 20} MB)");
    }
}
