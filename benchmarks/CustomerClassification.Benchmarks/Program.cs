using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using CustomerClassification.Benchmarks.Customers;

namespace CustomerClassification.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "archive-memory")
        {
            ArchiveMemoryReport.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
