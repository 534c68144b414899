using System.IO;
using CustomerClassification.Cli;
using NodaTime;

namespace CustomerClassification.Tests.Cli;

/// <summary>The tool run in-process, as its tests run it: redirected output, today the samples' as-of day.</summary>
internal static class Ccls
{
    public static readonly LocalDate Today = new(2026, 6, 30);

    /// <summary>A file of <c>samples/</c>, as the README's walk-through names it.</summary>
    public static string Sample(string name) => Path.Combine(ReadmeSamples.RepositoryRoot(), "samples", name);

    /// <summary>The walk-through's first import of the samples (categories, regions, customers) into a new model, with further arguments; a <c>--categories</c> or <c>--customers</c> among them replaces the samples' own.</summary>
    public static (int ExitCode, string Output, string Error) ImportSamples(string model, params string[] more) => Run(
        [
            "import", "--model", model, "--scheme", "2-2-2", "--region-scheme", "2-2", "--custom-field", "类型",
            .. more.Contains("--categories") ? [] : new[] { "--categories", Sample("categories.csv") },
            "--regions", Sample("regions.csv"), .. more.Contains("--customers") ? [] : new[] { "--customers", Sample("customers.csv") }, .. more,
        ]);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CclsApp.Run(args, output, error, today: Today);
        return (exitCode, output.ToString(), error.ToString());
    }
}
