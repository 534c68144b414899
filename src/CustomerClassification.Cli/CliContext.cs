using System;
using System.IO;
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

    /// <summary>Runs a piece of work, with a progress bar on stderr when it is a terminal, so results on stdout stay clean.</summary>
    public T Step<T>(string description, Func<T> work)
    {
        if (!showProgress)
        {
            return work();
        }

        var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        return progress.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(description)).IsIndeterminate();
            var result = work();
            task.Value = task.MaxValue;
            return result;
        });
    }
}
