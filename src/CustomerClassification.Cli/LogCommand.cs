using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls log</c>: the change log (变更日志) of the model, all of it or the entries of one customer, one category or a
/// period, oldest first; a table, <c>--json</c>, or a .csv/.xlsx file with <c>--out</c>.
/// </summary>
internal static class LogCommand
{
    private static readonly LocalDateTimePattern Shown = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");

    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var customer = new Option<string>("--customer", "-c") { Description = CliText.Get("HelpLogCustomer") };
        var category = new Option<string>("--category") { Description = CliText.Get("HelpLogCategory") };
        var dimension = new Option<string>("--dimension") { Description = CliText.Get("HelpLogDimension"), DefaultValueFactory = _ => DimensionNames.Category };
        var from = CliOptions.Date("--from", "HelpLogFrom");
        var to = CliOptions.Date("--to", "HelpLogTo");
        var output = CliOptions.File("--out", CliText.Get("HelpLogOut"));
        var json = CliOptions.Json();
        var command = new Command("log", CliText.Get("HelpLog"))
        {
            model, customer, category, dimension, from, to, output, json,
        };
        command.SetAction(parse =>
        {
            var file = TableFile.Checked(parse.GetValue(output), parse.GetValue(model)!, "--out");
            if (parse.GetValue(from) is { } first && parse.GetValue(to) is { } last && last < first)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("LogPeriodBackwards", Iso(first), Iso(last)));
            }

            var snapshot = ModelFile.Load(context, parse.GetValue(model)!).Archive.Snapshot;
            var entries = Entries(snapshot, parse.GetValue(customer), parse.GetValue(category), Tables.Dimension(snapshot, "--dimension", parse.GetValue(dimension)!), parse.GetValue(from), parse.GetValue(to));
            if (file is not null)
            {
                TableFile.Write(file, Tables.Columns("ColumnsLog"), entries.Select(Row));
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, new
                {
                    entries = entries.Select(e => new
                    {
                        sequence = e.Sequence, at = InstantPattern.ExtendedIso.Format(e.At), actor = e.Actor, operation = e.Operation.ToString(),
                        customer = e.CustomerCode, dimension = e.Dimension, category = e.CategoryCode, field = e.Field, before = e.Before, after = e.After, reason = e.Reason,
                    }).ToArray(),
                });
            }
            else
            {
                var table = Tables.Table(Tables.Columns("ColumnsLog"));
                foreach (var row in entries.Select(Row))
                {
                    table.AddRow(row.Select(c => Tables.Cell(Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty)).ToArray());
                }

                table.Show(context.Console);
                context.Console.WriteLine(Tables.Count(entries.Count, "entry"));
            }

            return CclsApp.Ok;
        });
        return command;
    }

    // The filters given, all of them: a customer's entries, a category's, those of a period (days in the system's time zone).
    private static List<ChangeLogEntry> Entries(ArchiveSnapshot snapshot, string? customer, string? category, string dimension, LocalDate? from, LocalDate? to)
    {
        if (customer is not null && snapshot.Find(customer) is null && !snapshot.ChangeLog.ForCustomer(customer).Any())
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("LogNoCustomer", PrintableWriter.Printable(customer)));
        }

        if (category is not null && !snapshot.CategoriesOf(dimension).Contains(category) && !snapshot.ChangeLog.ForCategory(dimension, category).Any())
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("LogNoCategory", PrintableWriter.Printable(category), UserText.DimensionLabel(dimension)));
        }

        var zone = DateTimeZoneProviders.Tzdb.GetSystemDefault();
        IEnumerable<ChangeLogEntry> entries = customer is not null ? snapshot.ChangeLog.ForCustomer(customer)
            : category is not null ? snapshot.ChangeLog.ForCategory(dimension, category)
            : snapshot.ChangeLog;
        if (customer is not null && category is not null)
        {
            entries = entries.Intersect(snapshot.ChangeLog.ForCategory(dimension, category));
        }

        return entries.Where(e => (from is not { } f || e.At.InZone(zone).Date >= f) && (to is not { } t || e.At.InZone(zone).Date <= t)).ToList();
    }

    private static object?[] Row(ChangeLogEntry e) =>
    [
        e.Sequence, Shown.Format(e.At.InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).LocalDateTime), e.Actor, CliText.Get("Operation" + e.Operation),
        e.CustomerCode ?? string.Empty, e.Dimension is null ? string.Empty : UserText.DimensionLabel(e.Dimension), e.CategoryCode ?? string.Empty,
        e.Field ?? string.Empty, e.Before ?? string.Empty, e.After ?? string.Empty, e.Reason ?? string.Empty,
    ];

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
