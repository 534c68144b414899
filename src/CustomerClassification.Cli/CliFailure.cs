using System;

namespace CustomerClassification.Cli;

/// <summary>Stops a command with an exit code and one line for stderr that names the file, the row or path, and the problem.</summary>
internal sealed class CliFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliFailure Unreadable(string file, string problem) => new(CclsApp.BadUsage, $"{file}: {problem}");
}
