using System;
using System.IO;
using System.Threading.Tasks;
using NodaTime;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>Where a command writes (tables to <see cref="Console"/>, JSON to <see cref="Output"/>, progress and errors to stderr) and what day it is.</summary>
internal sealed class CliContext(IAnsiConsole console, TextWriter output, TextWriter error, bool showProgress, LocalDate today)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public LocalDate Today { get; } = today;

    /// <summary>Gets who runs the command (<c>--user</c>, else <c>CCLS_USER</c>), or null when neither names one.</summary>
    public string? User { get; init; }

    /// <summary>Gets whether the command runs on a copy of the model for <c>ccls request submit</c>: its changes become a request, so the access policy's direct-change checks do not apply.</summary>
    public bool Sandbox { get; init; }

    /// <summary>Gets the archive as the command loaded it, for the access policy's check of what it changed before a save.</summary>
    public Archives.ArchiveSnapshot? Loaded { get; set; }

    /// <summary>Gets or sets whether the library has authorised the changes about to be saved (an approved request applied), so the save checks them no further.</summary>
    public bool ChangesAuthorised { get; set; }

    /// <summary>
    /// Runs a piece of work; when stderr is a terminal and the work takes longer than a second, a progress bar
    /// shows on stderr until it is done, so results on stdout stay clean.
    /// </summary>
    public T Step<T>(string description, Func<T> work)
    {
        if (!showProgress)
        {
            return work();
        }

        var running = Task.Run(work);
        if (running.Wait(TimeSpan.FromSeconds(1)))
        {
            return running.GetAwaiter().GetResult();
        }

        var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        return progress.Progress().AutoClear(true).Start(context =>
        {
            var bar = context.AddTask(Markup.Escape(description)).IsIndeterminate();
            var result = running.GetAwaiter().GetResult();
            bar.Value = bar.MaxValue;
            return result;
        });
    }
}
