using System;

namespace CustomerClassification.Cli;

/// <summary>Stops a command with an exit code and one line for stderr that names the file, the row or path, and the problem.</summary>
internal sealed class CliFailure(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliFailure Unreadable(string file, string problem) => new(CclsApp.BadUsage, $"{file}: {problem}");

    /// <summary>Runs a step whose <see cref="ArgumentException"/> is a bad option value: exit 2 naming the option.</summary>
    public static T Checked<T>(Func<T> make, string option)
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            throw new CliFailure(CclsApp.BadUsage, option + ": " + e.Message);
        }
    }

    /// <summary>The first of a file's problems, and how many more there are: one line however many there are.</summary>
    public static string First(object first, int count) => first + (count > 1 ? CliText.Format("MoreProblems", count - 1) : string.Empty);
}
