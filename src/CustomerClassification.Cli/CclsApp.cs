using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
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

    /// <param name="width">The width of redirected output in columns (tables fit it); 120 when left out. A terminal's own width is used when interactive.</param>
    /// <param name="sandbox">Whether the run changes a copy of the model for <c>ccls request submit</c> (see <see cref="CliContext.Sandbox"/>).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false, bool showProgress = false, LocalDate? today = null, int? width = null, bool sandbox = false)
    {
        // Problems quote what files hold: an escape sequence or a carriage return there must not reach the terminal.
        error = new PrintableWriter(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            // Redirected output has no trailing padding.
            Out = new AnsiConsoleOutput(interactive ? output : new TrimmingWriter(output)),
        });
        if (!interactive)
        {
            console.Profile.Width = width ?? 120;
        }

        var user = ValueOf(args, "--user") ?? Environment.GetEnvironmentVariable("CCLS_USER");
        var context = new CliContext(console, output, error, showProgress, today ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date)
        {
            User = string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            Sandbox = sandbox,
        };

        // The language holds for this run only: a host (or a test) calling Run keeps its own culture afterwards.
        // It is set before the commands are made and the arguments parsed, so that their help and errors are in it too.
        var before = CultureInfo.CurrentUICulture;
        var userBefore = CliOptions.CurrentUser;
        CliOptions.CurrentUser = context.User;
        CultureInfo.CurrentUICulture = ValueOf(args, "--lang") switch
        {
            "zh" => CultureInfo.GetCultureInfo("zh-Hans"),
            "en" => CultureInfo.InvariantCulture,
            _ => before,
        };
        try
        {
            if (RequestCommands.IsSubmit(args))
            {
                // Its write command is a command line of its own, run on a copy of the model.
                return Guarded(() => RequestCommands.Submit(context, args), error);
            }

            var root = Commands(context);
            args = HelpFor(root, args);
            return Dispatch(root, args, root.Parse(args), output, error);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CliOptions.CurrentUser = userBefore;
        }
    }

    // The value after an option read before the commands exist (--lang, --user), or null.
    private static string? ValueOf(string[] args, string option)
    {
        var at = Array.IndexOf(args, option);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Dispatch(RootCommand root, string[] args, ParseResult parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Errors.Count > 0 && Mistyped(root, args[0]) is { } mistyped)
        {
            error.WriteLine(mistyped);
            return BadUsage;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("ccls: " + problem.Message);
            }

            error.WriteLine(CliText.Get("RunHelp"));
            return BadUsage;
        }

        return Invoke(parsed, output, error);
    }

    /// <summary>The parse errors of a command line, for tests that check the examples of the help.</summary>
    internal static IReadOnlyList<string> UsageErrors(string[] args)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        var root = Commands(new CliContext(console, TextWriter.Null, TextWriter.Null, false, default));
        return root.Parse(args).Errors.Select(e => e.Message).ToArray();
    }

    private static Option<string> User() => new("--user")
    {
        Description = CliText.Get("HelpUser"),
        Recursive = true,
    };

    private static Option<string> Language() => new Option<string>("--lang")
    {
        Description = CliText.Get("HelpLang"),
        Recursive = true,
    }.AcceptOnlyFromAmong("zh", "en");

    private static RootCommand Commands(CliContext context)
    {
        var json = CliOptions.Json();
        var demo = new Command("demo", CliText.Get("HelpDemo")) { json };
        demo.SetAction(parse => DemoReport.Write(context, DemoAccountSet.Create(), parse.GetValue(json)));

        var root = new RootCommand(CliText.Get("HelpCcls"))
        {
            demo,
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            TreeCommand.Create(context),
            ShowCommand.Create(context),
            CategoryCommands.Create(context),
            SettingsCommands.Create(context),
            AuditCommand.Create(context),
            LogCommand.Create(context),
            RuleCommands.Classify(context),
            RuleCommands.Explain(context),
            AgingCommand.Create(context),
            AnalyzeCommand.Create(context),
            ScoreCommand.Create(context),
            CreditCheckCommand.Create(context),
            CreditCommands.Create(context),
            ProvisionCommand.Create(context),
            DunningCommand.Create(context),
            StatementCommand.Create(context),
            ReportCommand.Create(context),
            AccessCommands.Create(context),
            RequestCommands.Create(context),
        };

        // Read by Run before the commands exist (their help is in it); here it is checked and shown in the help.
        root.Options.Add(Language());
        root.Options.Add(User());
        CommandHelp.AddExamples(root);
        return root;
    }

    // No arguments, or 'help [command]', shows the help rather than an error.
    private static string[] HelpFor(RootCommand root, string[] args) => args switch
    {
        [] or ["help"] or ["--lang", _] => [.. args.Where(a => !string.Equals(a, "help", StringComparison.Ordinal)), "--help"],
        ["--lang", var lang, "help", ..] => [.. HelpFor(root, args[2..]), "--lang", lang],
        ["help", var command, ..] when root.Subcommands.Any(c => string.Equals(c.Name, command, StringComparison.Ordinal)) => [command, "--help"],
        _ => args,
    };

    // One line for a mistyped command, naming the nearest one when there is one.
    private static string? Mistyped(RootCommand root, string first)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToArray();
        if (first.StartsWith('-') || commands.Contains(first, StringComparer.Ordinal))
        {
            return null;
        }

        var nearest = CommandHelp.Nearest(first, commands);
        return CliText.Format("NotACommand", first, nearest is null ? CliText.Get("NoSuggestion") : CliText.Format("DidYouMean", nearest));
    }

    private static int Invoke(ParseResult parsed, TextWriter output, TextWriter error) =>
        Guarded(() => parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }), error);

    // A command's failures as exit codes and one line each on stderr.
    private static int Guarded(Func<int> run, TextWriter error)
    {
        try
        {
            return run();
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
            error.WriteLine(CliText.Format("Unexpected", e.GetType().Name, OneLine(e.Message)));
            return BadUsage;
        }
    }

    // A message as one printable line: control characters (a line break, an escape) shown as spaces.
    private static string OneLine(string message) => string.Concat(message.Select(c => char.IsControl(c) ? ' ' : c));
}
