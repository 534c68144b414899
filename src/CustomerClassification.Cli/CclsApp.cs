using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Rules;
using NodaTime;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// The commands of <c>ccls</c> and their exit codes: 0 done, 1 findings or refused changes, 2 bad usage or
/// unreadable input. Results go to the given output, errors (one line each: file, row or path, problem) and
/// progress to the given error writer.
/// </summary>
internal static class CclsApp
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false, bool showProgress = false, LocalDate? today = null)
    {
        // Problems quote what files hold: an escape sequence or a carriage return there must not reach the terminal.
        error = new PrintableWriter(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            console.Profile.Width = 120;
        }

        var context = new CliContext(console, output, error, showProgress, today ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date);
        var json = CliOptions.Json();
        var demo = new Command("demo", "Run the whole job on a built-in sample account set: category tree, audit, classification with explanations, a credit check and an aging table.") { json };
        demo.SetAction(parse => DemoReport.Write(context, DemoAccountSet.Create(), parse.GetValue(json)));

        var root = new RootCommand("ccls: customer classification the way Yonyou T3/U8 does it — categories, rules, audit, credit and aging.")
        {
            demo,
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            TreeCommand.Create(context),
            AuditCommand.Create(context),
            RuleCommands.Classify(context),
            RuleCommands.Explain(context),
            AgingCommand.Create(context),
            CreditCheckCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("ccls: " + problem.Message);
            }

            error.WriteLine("Run 'ccls --help' for the commands.");
            return BadUsage;
        }

        return Invoke(parsed, output, error);
    }

    private static int Invoke(ParseResult parsed, TextWriter output, TextWriter error)
    {
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliFailure failure)
        {
            error.WriteLine("ccls: " + failure.Message);
            return failure.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ClassificationException or ArgumentException)
        {
            // Files that cannot be read or written, and inputs the model refuses (an open item of an unknown customer, a last order after the as-of day).
            error.WriteLine("ccls: " + OneLine(e.Message));
            return BadUsage;
        }
        catch (Exception e) when (e is not (StackOverflowException or AccessViolationException))
        {
            // The last chance: anything unexpected (out of memory on a hostile file, say) is one line and exit code 2, never a stack trace.
            error.WriteLine($"ccls: unexpected error ({e.GetType().Name}): {OneLine(e.Message)} Nothing was saved.");
            return BadUsage;
        }
    }

    // A message as one printable line: control characters (a line break, an escape) shown as spaces.
    private static string OneLine(string message) => string.Concat(message.Select(c => char.IsControl(c) ? ' ' : c));
}
