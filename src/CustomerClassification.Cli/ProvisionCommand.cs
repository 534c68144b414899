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
        var options = new AgingOptions();
        var command = options.Command("provision", "HelpProvision");
        command.SetAction(parse =>
        {
            var (file, snapshot, byGroup, label, items, report) = options.Read(context, parse);
            var provision = CliFailure.Checked(() => BadDebtProvision.ByProfiles(report, snapshot), "provisionRates");
            var rows = (byGroup ? provision.ByGroup(snapshot) : provision.Categories.Append(provision.Unclassified)).Append(provision.Total).ToArray();
            if (file is not null)
            {
                TableFile.Write(file, [CliText.Get("ColumnCode"), CliText.Get("ColumnName"), CliText.Get("Balance"), CliText.Get("Provision")], rows.Select(r => (object?[])[r.Code, r.Name, r.Balance, r.Provision]));
            }

            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(context.Output, JsonViews.Provision(report, provision, rows));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("ProvisionTitle", LocalDatePattern.Iso.Format(report.AsOf), label, items.Count));
            if (provision.Customers.All(c => c.Rates is null))
            {
                context.Error.WriteLine("ccls: " + CliText.Get("NoProvisionRates"));
            }

            var table = Tables.Table(label, CliText.Get("Balance"), CliText.Get("Provision"));
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
