using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using NodaTime;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls score</c>: every active customer on a credit scorecard (信用评分卡), its grade and suggested limit; <c>--apply</c> sets them.</summary>
internal static class ScoreCommand
{
    private static readonly Option<FileInfo> Model = CliOptions.Model();
    private static readonly Option<FileInfo> Scorecard = CliOptions.File("--scorecard", CliText.Get("HelpScorecard"), required: true);
    private static readonly Option<FileInfo> Stats = CliOptions.File("--stats", CliText.Get("HelpStats"));
    private static readonly Option<FileInfo> Sales = CliOptions.File("--sales", CliText.Get("HelpClassifySales"));
    private static readonly Option<FileInfo> Settled = CliOptions.File("--settled", CliText.Get("HelpSettled"));
    private static readonly Option<LocalDate?> AsOf = CliOptions.AsOf();
    private static readonly Option<string> Customer = new("--customer", "-c") { Description = CliText.Get("HelpScoreCustomer") };
    private static readonly Option<bool> Apply = new("--apply") { Description = CliText.Get("HelpScoreApply") };
    private static readonly Option<string> Actor = CliOptions.Actor();
    private static readonly Option<string> Encoding = CliOptions.Encoding();
    private static readonly Option<FileInfo> Output = CliOptions.File("--out", CliText.Get("HelpAnalyzeOut"));
    private static readonly Option<bool> Json = CliOptions.Json();

    private static readonly ReportColumn<(ScorecardResult Result, string Name, string? Grade, decimal? Limit)>[] Columns =
    [
        new("ColumnCustomerCode", "code", r => r.Result.CustomerCode),
        new("ColumnName", "name", r => r.Name),
        new("ColumnScore", "score", r => r.Result.Score, ColumnFormat.Number),
        new("ColumnGrade", "grade", r => r.Result.Grade),
        new("ColumnSuggestedLimit", "suggestedLimit", r => r.Result.SuggestedLimit, ColumnFormat.Amount),
        new("ColumnCurrentGrade", "currentGrade", r => r.Grade),
        new("ColumnCurrentLimit", "currentLimit", r => r.Limit, ColumnFormat.Amount),
    ];

    public static Command Create(CliContext context)
    {
        var command = new Command("score", CliText.Get("HelpScore")) { Model, Scorecard, Stats, Sales, Settled, AsOf, Customer, Apply, Actor, Encoding, Output, Json };
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var file = TableFile.Checked(parse.GetValue(Output), parse.GetValue(Model)!, "--out");
        using var writing = parse.GetValue(Apply) ? ModelFile.Lock(context, parse.GetValue(Model)!) : null;
        var accountSet = parse.GetValue(Apply) ? ModelFile.Load(context, parse.GetValue(Model)!) : ModelFile.View(context, parse.GetValue(Model)!);
        if (parse.GetValue(Apply))
        {
            ModelFile.Demand(context, accountSet, Archives.AccessRight.ApplyRules);
        }

        var snapshot = accountSet.Archive.Snapshot;
        var scorecardFile = parse.GetValue(Scorecard)!;
        var encoding = CliOptions.EncodingOf(parse.GetValue(Encoding));
        var stats = HostFiles.Stats(parse.GetValue(Stats), encoding);
        var day = parse.GetValue(AsOf) ?? context.Today;
        var metrics = HostFiles.Metrics(parse.GetValue(Sales), parse.GetValue(Settled), encoding, stats, day);
        CompiledScorecard compiled;
        try
        {
            compiled = ScorecardFile.FromJson(HostFiles.ReadText(scorecardFile)).Compile(snapshot, withMetrics: metrics is not null);
        }
        catch (RuleSyntaxException e)
        {
            throw CliFailure.Unreadable(scorecardFile.Name, HostFiles.Describe(e));
        }

        var customers = parse.GetValue(Customer) is { } code
            ? [snapshot.Find(code) ?? throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoCustomer", parse.GetValue(Model)!.Name, code))]
            : snapshot.Where(c => !c.IsDeactivatedOn(day)).ToArray();
        var rows = customers.Select(c =>
        {
            var profile = CustomerProfile.Of(c, stats.GetValueOrDefault(c.Code) ?? TradingStats.None, day, metrics);
            return (Result: compiled.Score(profile), c.Name, Grade: c.CreditGrade, Limit: c.CreditLimit);
        }).ToArray();
        var applied = parse.GetValue(Apply) ? Applied(context, accountSet, rows.Select(r => r.Result), parse.GetValue(Actor)!, parse.GetValue(Model)!) : 0;
        return Show(context, compiled, rows, parse.GetValue(Customer) is not null, file, parse.GetValue(Json), applied);
    }

    private static int Show(CliContext context, CompiledScorecard compiled, (ScorecardResult Result, string Name, string? Grade, decimal? Limit)[] rows, bool one, FileInfo? file, bool json, int applied)
    {
        if (file is not null)
        {
            ReportColumn<(ScorecardResult, string, string?, decimal?)>.Write(file, Columns, rows);
        }

        if (json)
        {
            JsonOutput.Write(context.Output, new
            {
                scorecard = compiled.Scorecard.Name,
                applied,
                customers = rows.Select(r => new
                {
                    code = r.Result.CustomerCode,
                    score = r.Result.Score,
                    grade = r.Result.Grade,
                    suggestedLimit = r.Result.SuggestedLimit,
                    points = r.Result.Points.Select(p => new { field = p.Field, value = p.Value, bin = p.Bin?.ToString(), points = p.Points }).ToArray(),
                }).ToArray(),
            });
            return CclsApp.Ok;
        }

        if (one)
        {
            context.Console.WriteLine(rows[0].Result.ToString());
            return CclsApp.Ok;
        }

        context.Console.WriteLine(CliText.Format("ScoreTitle", compiled.Scorecard.Name, rows.Length));
        ReportColumn<(ScorecardResult, string, string?, decimal?)>.Show(Columns, rows, context.Console);
        if (applied > 0)
        {
            context.Console.WriteLine(CliText.Format("ScoreApplied", applied));
        }

        return CclsApp.Ok;
    }

    // Sets each customer's grade and, when suggested, its limit, in one batch logged with the scorecard's name.
    private static int Applied(CliContext context, AccountSets.AccountSet accountSet, IEnumerable<ScorecardResult> results, string actor, FileInfo model)
    {
        var batch = new ChangeBatch();
        var count = 0;
        foreach (var result in results)
        {
            var customer = accountSet.Archive.Snapshot.Get(result.CustomerCode);
            var grade = result.Grade ?? customer.CreditGrade;
            var limit = result.SuggestedLimit ?? customer.CreditLimit;
            if (!string.Equals(grade, customer.CreditGrade, System.StringComparison.Ordinal) || limit != customer.CreditLimit)
            {
                batch.Update(result.CustomerCode, c => c with { CreditGrade = grade, CreditLimit = limit }, reason: result.ScorecardName);
                count++;
            }
        }

        if (count > 0)
        {
            var outcome = accountSet.Archive.Apply(batch, actor);
            if (!outcome.Succeeded)
            {
                throw new CliFailure(CclsApp.Findings, CliFailure.First(outcome.Violations[0].Message, outcome.Violations.Count));
            }

            ModelFile.Save(context, accountSet, model);
        }

        return count;
    }
}
