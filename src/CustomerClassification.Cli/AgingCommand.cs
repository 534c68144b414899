using System.CommandLine;
using System.Linq;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls aging</c>: open receivables by days past due, rolled up a dimension's tree (账龄分析).</summary>
internal static class AgingCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpOpenItems"), required: true);
        var asOf = CliOptions.AsOf();
        var by = new Option<string>("--by")
        {
            Description = CliText.Get("HelpAgingBy"),
            DefaultValueFactory = _ => DimensionNames.Category,
        };
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var output = CliOptions.File("--out", CliText.Get("HelpAgingOut"));
        var command = new Command("aging", CliText.Get("HelpAging")) { model, openItems, asOf, by, encoding, output, json };
        command.SetAction(parse =>
        {
            var file = TableFile.Checked(parse.GetValue(output), parse.GetValue(model)!, "--out");
            var accountSet = ModelFile.Load(context, parse.GetValue(model)!);
            var snapshot = accountSet.Archive.Snapshot;
            var byGroup = Tables.IsGroup(parse.GetValue(by)!);
            var dimension = byGroup ? DimensionNames.Category : Tables.Dimension(snapshot, "--by", parse.GetValue(by)!);
            var items = HostFiles.OpenItems(parse.GetValue(openItems), CliOptions.EncodingOf(parse.GetValue(encoding)), accountSet);
            var day = parse.GetValue(asOf) ?? context.Today;
            var report = AgingReport.Build(snapshot, items, day, dimension);
            var rows = (byGroup ? report.ByGroup(snapshot) : report.Categories.Append(report.Unclassified)).Append(report.Total).ToArray();
            if (file is not null)
            {
                TableFile.Write(file, [CliText.Get("ColumnCode"), CliText.Get("ColumnName"), .. report.Buckets.Labels, CliText.Get("Balance")], rows.Select(r => (object?[])[r.Code, r.Name, .. r.Amounts.Cast<object?>(), r.Balance]));
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Aging(report, rows));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("AgingTitle", LocalDatePattern.Iso.Format(day), byGroup ? CliText.Get("Groups") : UserText.DimensionLabel(dimension), items.Count));
            Tables.Aging(byGroup ? CliText.Get("Groups") : UserText.DimensionLabel(dimension), report, rows).Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }
}
