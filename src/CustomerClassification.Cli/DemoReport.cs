using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using Spectre.Console;
using static CustomerClassification.Cli.Tables;

namespace CustomerClassification.Cli;

/// <summary>
/// What <c>ccls demo</c> does and prints: the category tree, an audit, classification with an explanation (then
/// applied), two credit checks and an aging table — as tables, or as one JSON document with <c>--json</c>.
/// </summary>
internal sealed class DemoReport
{
    private const int AuditRows = 12;
    private const int SuggestionRows = 15;

    private DemoReport(DemoAccountSet demo)
    {
        Before = demo.Archive.Snapshot;
        Findings = ArchiveAudit.Run(Before, demo.OpenItems.GroupBy(i => i.CustomerCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount), StringComparer.Ordinal));
        Suggestions = demo.Rules.Classify(demo.Archive, demo.Stats, DemoAccountSet.Today);
        var explained = Suggestions.First(s => s.Action.Kind == RuleActionKind.AssignCategory).CustomerCode;
        Explanation = demo.Rules.Explain(new CustomerProfile(Before.Find(explained)!, demo.Stats[explained], DemoAccountSet.Today));
        Applied = demo.Rules.Apply(demo.Archive, Suggestions.Where(s => !s.NeedsOverride), "演示").Entries.Count;
        After = demo.Archive.Snapshot;
        var check = demo.Policies.For(After);
        Checks = new[] { ("C0003", 30_000m), ("C0021", 120_000m) }
            .Select(order => new CreditRequest(order.Item1, order.Item2, demo.OpenItems.Where(i => string.Equals(i.CustomerCode, order.Item1, StringComparison.Ordinal)), DemoAccountSet.Today))
            .Select(request => (request, check.Evaluate(request)))
            .ToArray();
        Aging = AgingReport.Build(After, demo.OpenItems, DemoAccountSet.Today);
        AgingRows = Aging.Categories.Where(r => r.Code.Length <= 4).Append(Aging.Total).ToArray();
    }

    private ArchiveSnapshot Before { get; }

    private ArchiveSnapshot After { get; }

    private IReadOnlyList<AuditFinding> Findings { get; }

    private IReadOnlyList<ClassificationSuggestion> Suggestions { get; }

    private ClassificationExplanation Explanation { get; }

    private int Applied { get; }

    private (CreditRequest Request, CreditDecision Decision)[] Checks { get; }

    private AgingReport Aging { get; }

    private AgingRow[] AgingRows { get; }

    public static int Write(CliContext context, DemoAccountSet demo, bool json)
    {
        var report = new DemoReport(demo);
        if (json)
        {
            report.WriteJson(context.Output);
        }
        else
        {
            report.Write(context.Console);
        }

        return CclsApp.Ok;
    }

    private void WriteJson(TextWriter output) => JsonOutput.Write(output, new
    {
        tree = JsonViews.Tree(Before, DimensionNames.Category),
        findings = JsonViews.Findings(Findings),
        suggestions = JsonViews.Suggestions(Suggestions),
        explanation = JsonViews.Explanation(Explanation),
        applied = Applied,
        creditChecks = Checks.Select(c => JsonViews.Decision(c.Request, c.Decision)).ToArray(),
        aging = JsonViews.Aging(Aging, AgingRows),
    });

    private void Write(IAnsiConsole console)
    {
        Heading(console, CliText.Format("DemoTreeHeading", Before.Count, Before.CategoriesOf(DimensionNames.Category).Count));
        console.Write(CategoryTree(Before, DimensionNames.Category, "客户分类"));

        Heading(console, CliText.Get("HeadingAudit"));
        Tables.Findings(Findings.Take(AuditRows)).Show(console);
        console.WriteLine(CliText.Format("DemoFindings", Count(Findings.Count, "finding"), Findings.Count > AuditRows ? CliText.Format("FirstShown", AuditRows) : string.Empty));

        Heading(console, CliText.Get("HeadingClassify"));
        Tables.Suggestions(Suggestions.Take(SuggestionRows), Before).Show(console);
        console.WriteLine(CliText.Format("DemoSuggestions", Count(Suggestions.Count, "suggestion"), Suggestions.Count > SuggestionRows ? CliText.Format("FirstShown", SuggestionRows) : string.Empty, Suggestions.Count(s => s.NeedsOverride)));
        console.WriteLine();
        console.Write(new Text(Explanation.ToString()));
        console.WriteLine();
        console.WriteLine(CliText.Format("DemoApplied", Count(Applied, "change")));

        Heading(console, CliText.Get("HeadingCredit"));
        foreach (var (request, decision) in Checks)
        {
            Tables.Decision(console, After.Find(request.CustomerCode)!.Name, request, decision);
        }

        Heading(console, CliText.Get("HeadingAging"));
        Tables.Aging(CliText.Get("ColumnCategory"), Aging, AgingRows).Show(console);
    }
}
