using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Sales;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls classify</c> and <c>ccls explain</c>: auto-classification by a rule file, and why a customer got what it got.</summary>
internal static class RuleCommands
{
    public static Command Classify(CliContext context)
    {
        var inputs = new Inputs();
        var apply = new Option<bool>("--apply") { Description = CliText.Get("HelpApply") };
        var overrideReason = CliOptions.OverrideReason();
        var all = new Option<bool>("--all") { Description = CliText.Get("HelpAll") };
        var actor = CliOptions.Actor();
        var command = new Command("classify", CliText.Get("HelpClassify"));
        inputs.AddTo(command);
        command.Options.Add(apply);
        command.Options.Add(overrideReason);
        command.Options.Add(all);
        command.Options.Add(actor);
        command.SetAction(parse =>
        {
            using var writing = parse.GetValue(apply) ? ModelFile.Lock(context, parse.GetValue(inputs.Model)!) : null;
            var (file, accountSet, rules, stats, day, metrics) = inputs.Load(context, parse, forChange: parse.GetValue(apply));
            var suggestions = context.Step(CliText.Get("StepClassifying"), () => metrics is null ? rules.Classify(accountSet.Archive.Snapshot, stats, day) : rules.Classify(accountSet.Archive.Snapshot, stats, day, metrics));
            var reason = parse.GetValue(overrideReason);
            var applying = parse.GetValue(apply);
            var chosen = suggestions.Where(s => reason is not null || !s.NeedsOverride).ToArray();
            var result = applying && chosen.Length > 0
                ? rules.Apply(accountSet.Archive, chosen, parse.GetValue(actor)!, reason is null ? null : new LockOverride(reason))
                : null;
            if (result is { Succeeded: true })
            {
                ModelFile.Save(context, accountSet, file);
            }

            var applied = result is { Succeeded: true } ? chosen.Length : 0;
            Report(context, parse.GetValue(inputs.Json) ? null : parse.GetValue(all) ? int.MaxValue : ListedChanges, accountSet.Archive.Snapshot, suggestions, day, (applying, applied, result));
            return !applying || applied == suggestions.Count ? CclsApp.Ok : CclsApp.Findings;
        });
        return command;
    }

    public static Command Explain(CliContext context)
    {
        var inputs = new Inputs();
        var customer = CliOptions.Customer();
        var command = new Command("explain", CliText.Get("HelpExplain"));
        inputs.AddTo(command);
        command.Options.Add(customer);
        command.SetAction(parse =>
        {
            var (file, accountSet, rules, stats, day, metrics) = inputs.Load(context, parse);
            var code = parse.GetValue(customer)!;
            var found = accountSet.Archive.Find(code) ?? throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoCustomer", file.Name, code));
            var traded = stats.GetValueOrDefault(code) ?? TradingStats.None;
            var explanation = rules.Explain(CustomerProfile.Of(found, traded, day, metrics));
            if (parse.GetValue(inputs.Json))
            {
                JsonOutput.Write(context.Output, JsonViews.Explanation(explanation));
            }
            else
            {
                context.Console.WriteLine(found.ToString());
                context.Console.Write(new Spectre.Console.Text(explanation.ToString()));
                context.Console.WriteLine();
            }

            return CclsApp.Ok;
        });
        return command;
    }

    private const int ListedChanges = 20;

    // listed: how many changes to list after the summary (null: JSON, which has them all).
    private static void Report(CliContext context, int? listed, ArchiveSnapshot snapshot, IReadOnlyList<ClassificationSuggestion> suggestions, LocalDate day, (bool Applying, int Applied, BatchResult? Result) outcome)
    {
        var (applying, applied, result) = outcome;
        if (listed is not { } count)
        {
            JsonOutput.Write(context.Output, new
            {
                asOf = LocalDatePattern.Iso.Format(day),
                suggestions = JsonViews.Suggestions(suggestions),
                applied,
                refused = result?.Violations.Select(v => v.Message).ToArray() ?? [],
            });
            return;
        }

        // A million customers make a million suggestions: a summary by rule and target, then the first few, unless --all.
        if (count < suggestions.Count)
        {
            var summary = Tables.Table(Tables.Columns("ColumnsSummary"));
            foreach (var group in suggestions.GroupBy(s => (s.RuleName, Target: Tables.Target(s), s.To)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.RuleName, StringComparer.Ordinal))
            {
                summary.AddRow(Tables.Cell(group.Key.RuleName), Tables.Cell(group.Key.Target), Tables.Cell(group.Key.To), Tables.Amount(group.Count()), Tables.Amount(group.Count(s => s.NeedsOverride)));
            }

            summary.Show(context.Console);
        }

        Tables.Suggestions(suggestions.Take(count), snapshot).Show(context.Console);
        if (count < suggestions.Count)
        {
            context.Console.WriteLine(CliText.Format("FirstChanges", count, suggestions.Count));
        }

        var locked = suggestions.Count(s => s.NeedsOverride);
        context.Console.WriteLine(CliText.Format("ClassifySummary", Tables.Count(suggestions.Count, "suggestion"), LocalDatePattern.Iso.Format(day), locked));
        if (!applying)
        {
            return;
        }

        foreach (var violation in result?.Violations ?? [])
        {
            context.Error.WriteLine(CliText.Format("Refused", violation.Message));
        }

        context.Console.WriteLine(applied == suggestions.Count
            ? CliText.Format("AppliedAll", Tables.Count(applied, "change"))
            : applied > 0
                ? CliText.Format("AppliedSome", Tables.Count(applied, "change"), suggestions.Count - applied)
                : CliText.Get("NothingApplied"));
    }

    /// <summary>The options classify and explain share, and loading what they name.</summary>
    private sealed class Inputs
    {
        public Option<FileInfo> Model { get; } = CliOptions.Model();

        public Option<FileInfo> Rules { get; } = CliOptions.File("--rules", CliText.Get("HelpRules"));

        public Option<FileInfo> Stats { get; } = CliOptions.File("--stats", CliText.Get("HelpStats"));

        public Option<LocalDate?> AsOf { get; } = CliOptions.AsOf();

        public Option<FileInfo> Sales { get; } = CliOptions.File("--sales", CliText.Get("HelpClassifySales"));

        public Option<FileInfo> Settled { get; } = CliOptions.File("--settled", CliText.Get("HelpSettled"));

        public Option<string> Encoding { get; } = CliOptions.Encoding();

        public Option<bool> Json { get; } = CliOptions.Json();

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { Model, Rules, Stats, AsOf, Sales, Settled, Encoding, Json })
            {
                command.Options.Add(option);
            }
        }

        public (FileInfo File, AccountSet AccountSet, RuleSet Rules, Dictionary<string, TradingStats> Stats, LocalDate AsOf, PortfolioMetrics? Metrics) Load(CliContext context, ParseResult parse, bool forChange = false)
        {
            var file = parse.GetValue(Model)!;
            var accountSet = forChange ? ModelFile.Load(context, file) : ModelFile.View(context, file);
            if (forChange)
            {
                ModelFile.Demand(context, accountSet, Archives.AccessRight.ApplyRules);
            }

            var rulesFile = parse.GetValue(Rules);
            var rules = rulesFile is null ? accountSet.Rules : HostFiles.Rules(rulesFile);
            if (rules.Count == 0)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoRules", file.Name));
            }

            RuleSet compiled;
            try
            {
                compiled = parse.GetValue(Sales) is null ? RuleSet.Compile(rules, accountSet.Archive.Snapshot) : RuleSet.CompileWithMetrics(rules, accountSet.Archive.Snapshot);
            }
            catch (RuleSyntaxException e)
            {
                throw CliFailure.Unreadable(rulesFile?.Name ?? file.Name, HostFiles.Describe(e));
            }

            var statsFile = parse.GetValue(Stats);
            var stats = HostFiles.Stats(statsFile, CliOptions.EncodingOf(parse.GetValue(Encoding)));
            if (stats.Keys.FirstOrDefault(code => accountSet.Archive.Find(code) is null) is { } unknown)
            {
                throw CliFailure.Unreadable(statsFile!.Name, CliText.Format("StatsUnknownCustomer", unknown, file.Name));
            }

            var day = parse.GetValue(AsOf) ?? context.Today;
            var encoding = CliOptions.EncodingOf(parse.GetValue(Encoding));
            return (file, accountSet, compiled, stats, day, HostFiles.Metrics(parse.GetValue(Sales), parse.GetValue(Settled), encoding, stats, day));
        }
    }
}
