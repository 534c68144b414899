using System;
using System.Globalization;
using System.Linq;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using Spectre.Console;
using static CustomerClassification.Cli.Tables;

namespace CustomerClassification.Cli;

/// <summary>What <c>ccls demo</c> prints: the category tree, an audit, classification with explanations, a credit check and an aging table.</summary>
internal static class DemoReport
{
    public static int Write(IAnsiConsole console, DemoAccountSet demo)
    {
        var snapshot = demo.Archive.Snapshot;
        Heading(console, $"客户分类 — {snapshot.Count} customers in {snapshot.CategoriesOf(DimensionNames.Category).Count} categories (scheme 2-2-2)");
        console.Write(CategoryTree(snapshot, DimensionNames.Category, "客户分类"));

        Heading(console, "Audit (数据检查)");
        var findings = ArchiveAudit.Run(snapshot, demo.OpenItems.GroupBy(i => i.CustomerCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount), StringComparer.Ordinal));
        var audit = Table("Severity", "Finding", "Customers", "Suggested fix");
        foreach (var finding in findings.Take(12))
        {
            audit.AddRow(Cell(finding.Severity.ToString()), Cell(finding.Kind.ToString()), Cell(string.Join(", ", finding.Customers.DefaultIfEmpty(finding.CategoryCode ?? string.Empty))), Cell(finding.SuggestedFix));
        }

        console.Write(audit);
        console.WriteLine(FormattableString.Invariant($"{findings.Count} findings{(findings.Count > 12 ? ", the first 12 shown" : string.Empty)}."));

        Heading(console, "Classification by the rule file (自动分类)");
        var suggestions = demo.Rules.Classify(demo.Archive, demo.Stats, DemoAccountSet.Today);
        var table = Table("Customer", "Target", "From", "To", "Rule", "Override");
        foreach (var suggestion in suggestions.Take(15))
        {
            table.AddRow(Cell(suggestion.CustomerCode + " " + snapshot.Find(suggestion.CustomerCode)!.Name), Cell(Target(suggestion)), Cell(suggestion.From ?? "—"), Cell(suggestion.To), Cell(suggestion.RuleName), Cell(suggestion.NeedsOverride ? "needed" : string.Empty));
        }

        console.Write(table);
        console.WriteLine(FormattableString.Invariant($"{suggestions.Count} suggestions{(suggestions.Count > 15 ? ", the first 15 shown" : string.Empty)}; needing an override (customers with transactions): {suggestions.Count(s => s.NeedsOverride)}."));
        var explained = suggestions.First(s => s.Action.Kind == RuleActionKind.AssignCategory).CustomerCode;
        console.WriteLine();
        console.Write(new Text(demo.Rules.Explain(new CustomerProfile(snapshot.Find(explained)!, demo.Stats[explained], DemoAccountSet.Today)).ToString()));
        console.WriteLine();
        var applied = demo.Rules.Apply(demo.Archive, suggestions.Where(s => !s.NeedsOverride), "演示");
        console.WriteLine(FormattableString.Invariant($"Applied {applied.Entries.Count} changes in one batch; the change log names each rule as the reason."));

        Heading(console, "Credit check (信用检查)");
        var check = demo.Policies.For(demo.Archive.Snapshot);
        foreach (var (code, amount) in new[] { ("C0003", 30_000m), ("C0021", 120_000m) })
        {
            var decision = check.Evaluate(new CreditRequest(code, amount, demo.OpenItems.Where(i => string.Equals(i.CustomerCode, code, StringComparison.Ordinal)), DemoAccountSet.Today));
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{code} {snapshot.Find(code)!.Name}: order {amount:N0} → {decision.Outcome}, exposure {decision.Exposure:N0}, limit {decision.Policy.CreditLimit.Value:N0} from {decision.Policy.CreditLimit.Source}"));
            foreach (var reason in decision.Reasons)
            {
                console.WriteLine($"  {reason.Kind}: {reason.Message}");
            }
        }

        Heading(console, "Aging by category (账龄分析)");
        var aging = AgingReport.Build(demo.Archive.Snapshot, demo.OpenItems, DemoAccountSet.Today);
        var agingTable = Table(["Category", .. aging.Buckets.Labels, "Balance"]);
        foreach (var row in aging.Categories.Where(r => r.Code.Length <= 4).Append(aging.Total))
        {
            agingTable.AddRow([Cell((row.Code + " " + row.Name).Trim()), .. row.Amounts.Select(Amount), Amount(row.Balance)]);
        }

        console.Write(agingTable);
        return CclsApp.Ok;
    }
}
