using System.IO;
using CustomerClassification.Cli;
using NodaTime;

namespace CustomerClassification.Tests.Cli;

/// <summary>The tool run in-process, as its tests run it: redirected output, today the samples' as-of day.</summary>
internal static class Ccls
{
    public static readonly LocalDate Today = new(2026, 6, 30);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CclsApp.Run(args, output, error, today: Today);
        return (exitCode, output.ToString(), error.ToString());
    }
}
