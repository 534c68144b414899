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

            var snapshot = ModelFile.View(context, parse.GetValue(model)!).Archive.Snapshot;
            var zone = DateTimeZoneProviders.Tzdb.GetSystemDefault();
            var entries = Entries(snapshot, parse.GetValue(customer), parse.GetValue(category), Tables.Dimension(snapshot, "--dimension", parse.GetValue(dimension)!), parse.GetValue(from), parse.GetValue(to), zone);
            // Rows for the file and the table; JSON alone writes the entries as they are.
            var rows = file is not null || !parse.GetValue(json) ? entries.Select(e => Row(e, zone)).ToList() : [];
            if (file is not null)
            {
                TableFile.Write(file, Tables.Columns("ColumnsLog"), rows);
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
                foreach (var row in rows)
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

    // The filters given, all of them: a customer's entries, a category's, those of a period (days in the zone given).
    // Each filter's entries are found once; a customer or category that neither exists nor ever did is bad usage.
    private static List<ChangeLogEntry> Entries(ArchiveSnapshot snapshot, string? customer, string? category, string dimension, LocalDate? from, LocalDate? to, DateTimeZone zone)
    {
        var ofCustomer = customer is null ? null : snapshot.ChangeLog.ForCustomer(customer);
        if (ofCustomer is { Count: 0 } && snapshot.Find(customer!) is null)
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("LogNoCustomer", PrintableWriter.Printable(customer!)));
        }

        var ofCategory = category is null ? null : snapshot.ChangeLog.ForCategory(dimension, category);
        if (ofCategory is { Count: 0 } && !snapshot.CategoriesOf(dimension).Contains(category!))
        {
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("LogNoCategory", PrintableWriter.Printable(category!), UserText.DimensionLabel(dimension)));
        }

        IEnumerable<ChangeLogEntry> entries = (ofCustomer, ofCategory) switch
        {
            ({ } c, { } k) => c.Intersect(k),
            ({ } c, null) => c,
            (null, { } k) => k,
            _ => snapshot.ChangeLog,
        };
        return entries.Where(e => e.At.InZone(zone).Date is var day && (from is not { } f || day >= f) && (to is not { } t || day <= t)).ToList();
    }

    private static object?[] Row(ChangeLogEntry e, DateTimeZone zone) =>
    [
        e.Sequence, Shown.Format(e.At.InZone(zone).LocalDateTime), e.Actor, CliText.Get("Operation" + e.Operation),
        e.CustomerCode ?? string.Empty, e.Dimension is null ? string.Empty : UserText.DimensionLabel(e.Dimension), e.CategoryCode ?? string.Empty,
        e.Field ?? string.Empty, e.Before ?? string.Empty, e.After ?? string.Empty, e.Reason ?? string.Empty,
    ];

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
