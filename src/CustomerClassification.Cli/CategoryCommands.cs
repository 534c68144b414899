using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Spreadsheets;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls category describe|disable|enable|merge|split|move</c>: a category's lifecycle, each a logged change of the
/// model under <c>--actor</c>. A refused change (exit code 1) names every problem and leaves the model as it was.
/// </summary>
internal static class CategoryCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("category", CliText.Get("HelpCategory"));
        foreach (var sub in new[] { Describe(context), Flag(context, "disable"), Flag(context, "enable"), Merge(context), Split(context), Move(context) })
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static Command Describe(CliContext context)
    {
        var common = new Common();
        var text = new Option<string>("--text") { Description = CliText.Get("HelpDescribeText"), Required = true };
        var command = common.Command("describe", "HelpCategoryDescribe", text);
        command.SetAction(parse => common.Change(context, parse, (archive, actor, code) =>
        {
            var described = archive.DescribeCategory(common.DimensionOf(archive, parse), code, parse.GetValue(text), actor);
            return CliText.Format("CategoryDescribed", described.Code, described.Name);
        }));
        return command;
    }

    private static Command Flag(CliContext context, string name)
    {
        var disable = string.Equals(name, "disable", StringComparison.Ordinal);
        var common = new Common();
        var command = common.Command(name, disable ? "HelpCategoryDisable" : "HelpCategoryEnable");
        command.SetAction(parse => common.Change(context, parse, (archive, actor, code) =>
        {
            var dimension = common.DimensionOf(archive, parse);
            var category = disable ? archive.DisableCategory(dimension, code, actor) : archive.EnableCategory(dimension, code, actor);
            return CliText.Format(disable ? "CategoryDisabledDone" : "CategoryEnabledDone", category.Code, category.Name);
        }));
        return command;
    }

    private static Command Merge(CliContext context)
    {
        var common = new Common(codeOption: "--from");
        var into = new Option<string>("--into") { Description = CliText.Get("HelpMergeInto"), Required = true };
        var reason = CliOptions.OverrideReason();
        var command = common.Command("merge", "HelpCategoryMerge", into, reason);
        command.SetAction(parse => common.Change(context, parse, (archive, actor, from) =>
        {
            var merge = archive.MergeCategory(common.DimensionOf(archive, parse), from, parse.GetValue(into)!, actor, Override(parse, reason));
            foreach (var value in merge.DifferingValues)
            {
                context.Error.WriteLine("ccls: " + CliText.Format("MergeDropped", value.Source.CategoryCode, UserText.InChinese ? value.Field.Label : value.Field.Name, value.Field.Format(value.Value)));
            }

            return CliText.Format("CategoryMerged", from, parse.GetValue(into), Tables.Count(merge.MovedCustomers.Count, "customer"));
        }));
        return command;
    }

    private static Command Split(CliContext context)
    {
        var common = new Common();
        var children = CliOptions.File("--children", CliText.Get("HelpSplitChildren"), required: true);
        var when = new Option<string[]>("--when") { Description = CliText.Get("HelpSplitWhen"), AllowMultipleArgumentsPerToken = false };
        var rest = new Option<string>("--rest") { Description = CliText.Get("HelpSplitRest"), Required = true };
        var stats = CliOptions.File("--stats", CliText.Get("HelpStats"));
        var asOf = CliOptions.AsOf();
        var encoding = CliOptions.Encoding();
        var reason = CliOptions.OverrideReason();
        var command = common.Command("split", "HelpCategorySplit", children, when, rest, stats, asOf, encoding, reason);
        command.SetAction(parse => common.Change(context, parse, (archive, actor, leaf) =>
        {
            var dimension = common.DimensionOf(archive, parse);
            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            var rows = Rows(parse.GetValue(children)!, textEncoding);
            var conditions = (parse.GetValue(when) ?? []).Select(Condition).ToArray();
            var assigned = CategorySplit.Assign(archive.Snapshot, dimension, leaf, conditions, parse.GetValue(asOf) ?? context.Today, HostFiles.Stats(parse.GetValue(stats), textEncoding));
            var moved = archive.SplitCategory(dimension, leaf, rows, assigned, parse.GetValue(rest)!, actor, Override(parse, reason));
            var counts = moved.GroupBy(c => c.CodeIn(dimension)!, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            return CliText.Format("CategorySplitDone", leaf, rows.Length, Tables.Count(moved.Count, "customer"), string.Join(", ", counts));
        }));
        return command;
    }

    private static Command Move(CliContext context)
    {
        var common = new Common();
        var to = new Option<string>("--to") { Description = CliText.Get("HelpMoveTo"), Required = true };
        var reason = CliOptions.OverrideReason();
        var command = common.Command("move", "HelpCategoryMove", to, reason);
        command.SetAction(parse => common.Change(context, parse, (archive, actor, code) =>
        {
            var moved = archive.MoveCategory(common.DimensionOf(archive, parse), code, parse.GetValue(to)!, actor, Override(parse, reason));
            return CliText.Format("CategoryMovedDone", code, parse.GetValue(to), Tables.Count(moved.Count, "customer"));
        }));
        return command;
    }

    private static LockOverride? Override(ParseResult parse, Option<string> reason) => parse.GetValue(reason) switch
    {
        null => null,
        { } text when string.IsNullOrWhiteSpace(text) => throw new CliFailure(CclsApp.BadUsage, CliText.Get("BlankReason")),
        var text => new LockOverride(text),
    };

    // CHILD=condition, split at the first '=' outside the condition (a code never holds one).
    private static KeyValuePair<string, RuleCondition> Condition(string text)
    {
        var at = text.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0 || string.IsNullOrWhiteSpace(text[..at]) || string.IsNullOrWhiteSpace(text[(at + 1)..]))
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("WhenNotPair", PrintableWriter.Printable(text)));
        }

        try
        {
            return new(text[..at].Trim(), RuleCondition.Parse(text[(at + 1)..]));
        }
        catch (RuleSyntaxException e)
        {
            throw new CliFailure(CclsApp.BadUsage, "--when: " + HostFiles.Describe(e));
        }
    }

    private static CategoryRow[] Rows(FileInfo file, System.Text.Encoding? encoding)
    {
        var report = HostFiles.Read(file, stream => CategoryCsv.ReadRows(stream, encoding));
        return report.Succeeded ? [.. report.Items] : throw CliFailure.Unreadable(file.Name, CliFailure.First(report.Problems[0], report.Problems.Count));
    }

    /// <summary>The options every category command has, and the change each makes under the model's lock.</summary>
    private sealed class Common(string codeOption = "--code")
    {
        private readonly Option<FileInfo> _model = CliOptions.Model();
        private readonly Option<string> _code = new(codeOption) { Description = CliText.Get("HelpCategoryCode"), Required = true };
        private readonly Option<string> _dimension = new("--dimension", "-d") { Description = CliText.Get("HelpTreeDimension"), DefaultValueFactory = _ => DimensionNames.Category };
        private readonly Option<string> _actor = CliOptions.Actor();

        public Command Command(string name, string help, params Option[] more)
        {
            var command = new Command(name, CliText.Get(help)) { _model, _code, _dimension, _actor };
            foreach (var option in more)
            {
                command.Options.Add(option);
            }

            return command;
        }

        public string DimensionOf(CustomerArchive archive, ParseResult parse) => Tables.Dimension(archive.Snapshot, "--dimension", parse.GetValue(_dimension)!);

        public int Change(CliContext context, ParseResult parse, Func<CustomerArchive, string, string, string> change) =>
            ModelChange.Run(context, parse.GetValue(_model)!, archive => change(archive, parse.GetValue(_actor)!, parse.GetValue(_code)!));
    }
}
