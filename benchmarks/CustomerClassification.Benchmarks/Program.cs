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

        if (args.Length > 2 && args[0] == "t3-dataset")
        {
            Scale.T3DataSet.Write(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
            return;
        }

        if (args.Length > 1 && args[0] == "load-phases")
        {
            Scale.LoadPhases.Run(args[1]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
