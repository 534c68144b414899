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
            Description = CliText.Get("HelpTreeDimension"),
            DefaultValueFactory = _ => DimensionNames.Category,
        };
        var profiles = new Option<bool>("--profiles") { Description = CliText.Get("HelpTreeProfiles") };
        var json = CliOptions.Json();
        var command = new Command("tree", CliText.Get("HelpTree")) { model, dimension, profiles, json };
        command.SetAction(parse =>
        {
            var snapshot = ModelFile.View(context, parse.GetValue(model)!).Archive.Snapshot;
            var name = Tables.Dimension(snapshot, "--dimension", parse.GetValue(dimension)!);
            var tree = snapshot.CategoriesOf(name);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Tree(snapshot, name, parse.GetValue(profiles)));
            }
            else
            {
                context.Console.Write(Tables.CategoryTree(snapshot, name, CliText.Format("TreeTitle", UserText.DimensionLabel(name), tree.Scheme, tree.Count, snapshot.Count), parse.GetValue(profiles)));
            }

            return CclsApp.Ok;
        });
        return command;
    }
}
