using System.CommandLine;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Cli;

/// <summary><c>ccls tree</c>: a dimension's category tree with the number of customers under each category.</summary>
internal static class TreeCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var dimension = new Option<string>("--dimension", "-d")
        {
            Description = "The dimension: category (客户分类), region (地区分类) or a further one of the model.",
            DefaultValueFactory = _ => DimensionNames.Category,
        };
        var json = CliOptions.Json();
        var command = new Command("tree", "Print a dimension's category tree with the number of customers under each category.") { model, dimension, json };
        command.SetAction(parse =>
        {
            var snapshot = ModelFile.Load(context, parse.GetValue(model)!).Archive.Snapshot;
            var name = Tables.Dimension(snapshot, "--dimension", parse.GetValue(dimension)!);
            var tree = snapshot.CategoriesOf(name);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Tree(snapshot, name));
            }
            else
            {
                context.Console.Write(Tables.CategoryTree(snapshot, name, $"{name} — scheme {tree.Scheme}, {tree.Count} categories, {snapshot.Count} customers"));
            }

            return CclsApp.Ok;
        });
        return command;
    }
}
