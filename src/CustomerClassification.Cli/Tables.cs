using System;
using System.Globalization;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
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

    public static Table Table(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        return table;
    }

    public static Text Cell(string text) => new(text);

    public static Text Amount(decimal amount) => new(AgingReport.Round(amount).ToString("N0", CultureInfo.InvariantCulture), new Style()) { Justification = Justify.Right };

    /// <summary>A dimension's tree with the number of customers under each category.</summary>
    public static Tree CategoryTree(ArchiveSnapshot snapshot, string dimension, string title)
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

        Text Label(Category category) =>
            new(FormattableString.Invariant($"{category.Code} {category.Name} ({snapshot.CustomersIn(dimension, category.Code, includeDescendants: true).Count})"));
    }

    /// <summary>What a suggestion changes: the dimension it assigns in, <c>grade</c> or <c>tag</c>.</summary>
    public static string Target(ClassificationSuggestion suggestion) => suggestion.Action.Kind switch
    {
        RuleActionKind.AssignCategory => suggestion.Action.Dimension!,
        RuleActionKind.SetCreditGrade => "grade",
        _ => "tag",
    };

    /// <summary>Checks a dimension name against the model: an unknown one is bad usage.</summary>
    public static string Dimension(ArchiveSnapshot snapshot, string option, string name) =>
        snapshot.Settings.SchemeOf(name) is not null
            ? name
            : throw new CliFailure(CclsApp.BadUsage, $"{option}: the model has no dimension '{name}'; it has {string.Join(", ", snapshot.Settings.DimensionNamesInUse)}.");

    /// <summary>A count with its noun, singular for one: <c>1 change</c>, <c>162 changes</c>.</summary>
    public static string Count(int count, string noun) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
