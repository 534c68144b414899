using System.CommandLine;
using System.Linq;
using CustomerClassification.Credit;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls dunning</c>: the customers to remind on a day, each at its category's collection-policy level (催款).</summary>
internal static class DunningCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpOpenItems"), required: true);
        var reminders = CliOptions.File("--reminders", CliText.Get("HelpReminders"));
        var asOf = CliOptions.AsOf();
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var output = CliOptions.File("--out", CliText.Get("HelpAgingOut"));
        var command = new Command("dunning", CliText.Get("HelpDunning")) { model, openItems, reminders, asOf, encoding, output, json };
        command.SetAction(parse =>
        {
            var file = TableFile.Checked(parse.GetValue(output), parse.GetValue(model)!, "--out");
            var accountSet = ModelFile.View(context, parse.GetValue(model)!);
            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            var items = HostFiles.OpenItems(parse.GetValue(openItems), textEncoding, accountSet);
            var sent = HostFiles.Reminders(parse.GetValue(reminders), textEncoding);
            var day = parse.GetValue(asOf) ?? context.Today;
            var run = DunningRun.Build(accountSet.Archive.Snapshot, items, sent, day);
            if (file is not null)
            {
                TableFile.Write(file, Tables.Columns("ColumnsDunning"), run.Entries.Select(e => (object?[])
                [
                    e.CustomerCode, e.CustomerName, e.Level.Level, e.Level.Text, e.Level.Channel, e.OverdueAmount, e.MaxDaysOverdue,
                    e.LastReminder?.Level, e.LastReminder is { } last ? LocalDatePattern.Iso.Format(last.Date) : null, string.Join(" ", e.Documents),
                ]));
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Dunning(run));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("DunningTitle", LocalDatePattern.Iso.Format(day), run.Entries.Count, items.Count));
            foreach (var level in run.Levels)
            {
                context.Console.WriteLine(CliText.Format("DunningLevelLine", level.Level, level.Customers, level.Amount));
            }

            if (run.WithoutPolicy.Count > 0)
            {
                context.Error.WriteLine("ccls: " + CliText.Format("DunningWithoutPolicy", run.WithoutPolicy.Count, string.Join(", ", run.WithoutPolicy.Take(10))));
            }

            if (run.UnknownCustomers.Count > 0)
            {
                context.Error.WriteLine("ccls: " + CliText.Format("DunningUnknownCustomers", run.UnknownCustomers.Count, string.Join(", ", run.UnknownCustomers.Take(10))));
            }

            var table = Tables.Table(Tables.Columns("ColumnsDunningShown"));
            foreach (var entry in run.Entries)
            {
                var last = entry.LastReminder is { } reminder ? reminder.Level + " " + LocalDatePattern.Iso.Format(reminder.Date) : string.Empty;
                table.AddRow(Tables.Cell(entry.CustomerCode + " " + entry.CustomerName), Tables.Cell(entry.Level.ToString()), Tables.Amount(entry.OverdueAmount), Tables.Cell(entry.MaxDaysOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture)), Tables.Cell(last));
            }

            table.Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }
}
