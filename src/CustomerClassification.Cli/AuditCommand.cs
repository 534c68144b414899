using System;
using System.CommandLine;
using System.Linq;
using CustomerClassification.Quality;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls audit</c>: the data-quality audit; exit code 1 when it finds anything.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpAuditOpenItems"));
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var output = CliOptions.File("--out", CliText.Get("HelpAuditOut"));
        var maxDepth = new Option<int?>("--max-depth") { Description = CliText.Get("HelpMaxDepth") };
        var maxChildren = new Option<int>("--max-children") { Description = CliText.Get("HelpMaxChildren"), DefaultValueFactory = _ => AuditLimits.Default.MaxChildren };
        var command = new Command("audit", CliText.Get("HelpAudit"))
        {
            model, openItems, encoding, output, maxDepth, maxChildren, json,
        };
        command.SetAction(parse =>
        {
            var file = TableFile.Checked(parse.GetValue(output), parse.GetValue(model)!, "--out");
            var accountSet = ModelFile.View(context, parse.GetValue(model)!);
            var snapshot = accountSet.Archive.Snapshot;
            var balances = HostFiles.Balances(HostFiles.OpenItems(parse.GetValue(openItems), CliOptions.EncodingOf(parse.GetValue(encoding)), accountSet));
            var limits = parse.GetValue(maxDepth) is < 1 || parse.GetValue(maxChildren) < 1
                ? throw new CliFailure(CclsApp.BadUsage, CliText.Get("LimitsAtLeastOne"))
                : new AuditLimits { MaxDepth = parse.GetValue(maxDepth), MaxChildren = parse.GetValue(maxChildren) };
            var findings = context.Step(CliText.Get("StepAuditing"), () => ArchiveAudit.RunWith(snapshot, limits, balances));
            if (file is not null)
            {
                TableFile.Write(file, Tables.Columns("ColumnsFindingFile"), findings.Select(Tables.FindingRow));
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new { customers = snapshot.Count, findings = JsonViews.Findings(findings) });
            }
            else
            {
                Tables.Findings(findings).Show(context.Console);
                context.Console.WriteLine(CliText.Format("AuditSummary", Tables.Count(findings.Count, "finding"), Tables.Count(snapshot.Count, "customer")));
            }

            return findings.Count == 0 ? CclsApp.Ok : CclsApp.Findings;
        });
        return command;
    }
}
