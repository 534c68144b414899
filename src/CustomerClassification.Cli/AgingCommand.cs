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
        var options = new AgingOptions();
        var command = options.Command("aging", "HelpAging");
        command.SetAction(parse =>
        {
            var (file, snapshot, byGroup, label, items, report) = options.Read(context, parse);
            var rows = (byGroup ? report.ByGroup(snapshot) : report.Categories.Append(report.Unclassified)).Append(report.Total).ToArray();
            if (file is not null)
            {
                TableFile.Write(file, [CliText.Get("ColumnCode"), CliText.Get("ColumnName"), .. report.Buckets.Labels, CliText.Get("Balance")], rows.Select(r => (object?[])[r.Code, r.Name, .. r.Amounts.Cast<object?>(), r.Balance]));
            }

            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(context.Output, JsonViews.Aging(report, rows));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("AgingTitle", LocalDatePattern.Iso.Format(report.AsOf), label, items.Count));
            Tables.Aging(label, report, rows).Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }
}
