using System.CommandLine;
using System.Linq;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls provision</c>: bad-debt provision (坏账准备) by the aging method with the profiles' 计提比例, rolled up a dimension's tree.</summary>
internal static class ProvisionCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpOpenItems"), required: true);
        var asOf = CliOptions.AsOf();
        var by = new Option<string>("--by") { Description = CliText.Get("HelpAgingBy"), DefaultValueFactory = _ => DimensionNames.Category };
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var output = CliOptions.File("--out", CliText.Get("HelpAgingOut"));
        var command = new Command("provision", CliText.Get("HelpProvision")) { model, openItems, asOf, by, encoding, output, json };
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
            var provision = CliFailure.Checked(() => BadDebtProvision.ByProfiles(report, snapshot), "provisionRates");
            var rows = (byGroup ? provision.ByGroup(snapshot) : provision.Categories.Append(provision.Unclassified)).Append(provision.Total).ToArray();
            if (file is not null)
            {
                TableFile.Write(file, [CliText.Get("ColumnCode"), CliText.Get("ColumnName"), CliText.Get("Balance"), CliText.Get("Provision")], rows.Select(r => (object?[])[r.Code, r.Name, r.Balance, r.Provision]));
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Provision(report, provision, rows));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("ProvisionTitle", LocalDatePattern.Iso.Format(day), byGroup ? CliText.Get("Groups") : UserText.DimensionLabel(dimension), items.Count));
            if (provision.Customers.All(c => c.Rates is null))
            {
                context.Error.WriteLine("ccls: " + CliText.Get("NoProvisionRates"));
            }

            var table = Tables.Table(byGroup ? CliText.Get("Groups") : UserText.DimensionLabel(dimension), CliText.Get("Balance"), CliText.Get("Provision"));
            foreach (var row in rows)
            {
                table.AddRow(Tables.Cell((row.Code + " " + row.Name).Trim()), Tables.Amount(row.Balance), Tables.Amount(row.Provision));
            }

            table.Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }
}
