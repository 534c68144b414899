using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>The Spectre.Console pieces the reports are made of: headings, plain tables, cells and category trees.</summary>
internal static class Tables
{
    public static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new Spectre.Console.Rule(Markup.Escape(title)).LeftJustified());
    }

    public static ReportTable Table(params string[] columns) => new(columns);

    public static ReportCell Cell(string text) => new(PrintableWriter.Printable(text));

    /// <summary>A code or the name of a kind: never wrapped.</summary>
    public static ReportCell Code(string text) => new(PrintableWriter.Printable(text), Whole: true);

    public static ReportCell Amount(decimal amount) => new(AgingReport.Round(amount).ToString("N0", CultureInfo.InvariantCulture), IsAmount: true);

    /// <summary>A dimension's tree with the number of customers under each category.</summary>
    public static Tree CategoryTree(ArchiveSnapshot snapshot, string dimension, string title, bool profiles = false)
    {
        var categories = snapshot.CategoriesOf(dimension);
        var tree = new Tree(new Text(title));
        foreach (var root in categories.Roots)
        {
            Add(tree.AddNode(Label(root)), root);
        }

        return tree;

        void Add(TreeNode node, Category category)
        {
            foreach (var child in categories.ChildrenOf(category.Code))
            {
                Add(node.AddNode(Label(child)), child);
            }
        }

        // A disabled category says so; with --profiles each category shows the values it sets itself.
        Text Label(Category category) => new(PrintableWriter.Printable(
            FormattableString.Invariant($"{category.Code} {category.Name} ({snapshot.CustomersIn(dimension, category.Code, includeDescendants: true).Count})")
            + (category.IsActive ? string.Empty : " " + CliText.Get("Disabled"))
            + (profiles && snapshot.ProfileOf(dimension, category.Code) is { Count: > 0 } own ? " — " + ProfileText(own) : string.Empty)));
    }

    /// <summary>The values a profile sets, such as <c>结算方式=月结, 税率=0.13</c> (English names in English).</summary>
    public static string ProfileText(CategoryProfile profile) =>
        string.Join(", ", profile.Select(p => (UserText.InChinese ? p.Key.Label : p.Key.Name) + "=" + ProfileValue(p.Key, p.Value)));

    /// <summary>A profile value for people: yes/no in the current language, <c>none</c> for no value, else its text form.</summary>
    public static string ProfileValue(CategoryProfileField field, object? value) => value switch
    {
        null => CliText.Get("None"),
        bool flag => CliText.Get(flag ? "Yes" : "No"),
        _ => field.Format(value)!,
    };

    /// <summary>What a suggestion changes, in the user's language: the dimension it assigns in, the grade or a tag.</summary>
    public static string Target(ClassificationSuggestion suggestion) => suggestion.Action.TargetLabel;

    /// <summary>What a suggestion changes, for scripts (never localised): the dimension's name, <c>grade</c> or <c>tag</c>.</summary>
    public static string TargetName(ClassificationSuggestion suggestion) => suggestion.Action.Kind switch
    {
        RuleActionKind.AssignCategory => suggestion.Action.Dimension!,
        RuleActionKind.SetCreditGrade => "grade",
        RuleActionKind.SetCreditLimit => "creditLimit",
        RuleActionKind.SetPaymentTerms => "paymentTerms",
        _ => "tag",
    };

    /// <summary>Checks a dimension name against the model: an unknown one is bad usage.</summary>
    public static string Dimension(ArchiveSnapshot snapshot, string option, string name) =>
        snapshot.Settings.SchemeOf(name) is not null
            ? DimensionNames.Canonical(name)
            : throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoDimensionOption", option, name, string.Join(", ", snapshot.Settings.DimensionNamesInUse)));

    /// <summary>A count with its noun in the current language, singular for one: <c>1 change</c>, <c>162 changes</c>, <c>162 条变更</c>.</summary>
    public static string Count(int count, string noun) => CliText.Plural("Count_" + noun, count, count);

    /// <summary>The column headings of a table, one resource of headings separated by '|'.</summary>
    public static string[] Columns(string key) => CliText.Get(key).Split('|');

    /// <summary>Audit findings: severity, kind, the customers involved (or the category) and the suggested fix.</summary>
    public static ReportTable Findings(IEnumerable<AuditFinding> findings)
    {
        var table = Table(Columns("ColumnsFindings"));
        foreach (var finding in findings)
        {
            table.AddRow(Code(CliText.Get("Severity" + finding.Severity)), Code(CliText.Get("Finding" + finding.Kind)), Cell(string.Join(", ", finding.Customers.DefaultIfEmpty(finding.CategoryCode ?? string.Empty))), Cell(finding.SuggestedFix));
        }

        return table;
    }

    /// <summary>A finding as a row of a file or a report, under the headings <c>ColumnsFindingFile</c>: severity, kind, customers, dimension, category, message, fix.</summary>
    public static object?[] FindingRow(AuditFinding finding) =>
    [
        CliText.Get("Severity" + finding.Severity), CliText.Get("Finding" + finding.Kind), string.Join(", ", finding.Customers),
        finding.Dimension is null ? null : UserText.DimensionLabel(finding.Dimension), finding.CategoryCode, finding.Message, finding.SuggestedFix,
    ];

    /// <summary>Suggestions of the rules, each customer named as in <paramref name="snapshot"/>.</summary>
    public static ReportTable Suggestions(IEnumerable<ClassificationSuggestion> suggestions, ArchiveSnapshot snapshot)
    {
        var table = Table(Columns("ColumnsSuggestions"));
        foreach (var suggestion in suggestions)
        {
            table.AddRow(Cell(suggestion.CustomerCode + " " + snapshot.Find(suggestion.CustomerCode)?.Name), Code(Target(suggestion)), Code(suggestion.From ?? "—"), Code(suggestion.To), Cell(suggestion.RuleName), Cell(suggestion.NeedsOverride ? CliText.Get("Needed") : string.Empty));
        }

        return table;
    }

    /// <summary>Aging rows: the category, an amount per bucket and the balance.</summary>
    public static ReportTable Aging(string firstColumn, AgingReport report, IEnumerable<AgingRow> rows)
    {
        var table = Table([firstColumn, .. report.Buckets.Labels, CliText.Get("Balance")]);
        foreach (var row in rows)
        {
            table.AddRow([Cell((row.Code + " " + row.Name).Trim()), .. row.Amounts.Select(Amount), Amount(row.Balance)]);
        }

        return table;
    }

    /// <summary>Whether a <c>--by</c> value asks for group customers (集团客户) rather than a dimension.</summary>
    public static bool IsGroup(string by) => by.Trim() is var name && (name.Equals("group", StringComparison.OrdinalIgnoreCase) || name is "集团" or "集团客户" or "客户总公司");

    /// <summary>Where a policy value comes from, in the current language: <c>customer</c>, <c>category 01</c>, <c>default</c>.</summary>
    public static string Source(PolicySource source) => source.Kind switch
    {
        PolicySourceKind.Customer => CliText.Get("SourceCustomer"),
        PolicySourceKind.Category => CliText.Format("SourceCategory", source.CategoryCode),
        _ => CliText.Get("SourceDefault"),
    };

    /// <summary>A credit decision: the order and its outcome, the exposure and the limit with its source, then every reason.</summary>
    public static void Decision(IAnsiConsole console, string customerName, CreditRequest request, CreditDecision decision)
    {
        var limit = decision.Policy.CreditLimit.Value is { } value ? value.ToString("N0", CultureInfo.InvariantCulture) : CliText.Get("None");
        console.WriteLine(CliText.Format("DecisionLine", request.CustomerCode, customerName, request.OrderAmount, CliText.Get("Outcome" + decision.Outcome)));
        console.WriteLine(CliText.Format("ExposureLine", decision.Exposure, limit, Source(decision.Policy.CreditLimit.Source)));
        if (decision.TemporaryLimit > 0m)
        {
            console.WriteLine(CliText.Format("TemporaryLimitLine", decision.TemporaryLimit));
        }

        if (!decision.Policy.CreditControlled.Value)
        {
            console.WriteLine(CliText.Format("NotControlledLine", Source(decision.Policy.CreditControlled.Source)));
        }

        if (decision.RequiredApproval is { } required && decision.Outcome == CreditOutcome.Blocked)
        {
            console.WriteLine(CliText.Format("RequiredApprovalLine", required.Level, required.Approver, required.Excess));
        }

        foreach (var reason in decision.Reasons)
        {
            console.WriteLine(CliText.Format("ReasonLine", CliText.Get("Reason" + reason.Kind), reason.Message));
        }
    }
}
