using System;
using System.IO;
using CustomerClassification.Archives;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// One change of a model by a command: under the model's lock, loaded, changed, saved only when the change went in. A
/// refused change is exit code 1 with every problem on a line of its own, and the model as it was.
/// </summary>
internal static class ModelChange
{
    public static int Run(CliContext context, FileInfo file, Func<CustomerArchive, string> change, bool quiet = false) =>
        RunOnSet(context, file, accountSet => change(accountSet.Archive), quiet);

    /// <summary>As <see cref="Run"/>, for a change that needs the account set itself (its access policy, say).</summary>
    public static int RunOnSet(CliContext context, FileInfo file, Func<AccountSets.AccountSet, string> change, bool quiet = false)
    {
        using var writing = ModelFile.Lock(context, file);
        var accountSet = ModelFile.Load(context, file);
        string done;
        try
        {
            done = change(accountSet);
        }
        catch (ClassificationException e)
        {
            foreach (var violation in e.Violations)
            {
                context.Error.WriteLine("ccls: " + PrintableWriter.Printable(violation.Message));
            }

            context.Console.WriteLine(CliText.Format("ChangeRefused", PrintableWriter.Printable(file.Name)));
            return CclsApp.Findings;
        }

        ModelFile.Save(context, accountSet, file);
        // Quiet when the command's own output is JSON: the line then goes to stderr, which scripts do not parse.
        if (quiet)
        {
            context.Error.WriteLine(PrintableWriter.Printable(done));
        }
        else
        {
            context.Console.WriteLine(PrintableWriter.Printable(done));
        }
        return CclsApp.Ok;
    }
}
