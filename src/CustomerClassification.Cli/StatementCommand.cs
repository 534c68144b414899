using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using CustomerClassification.Credit;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls statement</c>: a customer's statement of account (往来对账单) for a period, shown or written as .xlsx, .csv or .html.</summary>
internal static class StatementCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var customer = CliOptions.Customer();
        var items = CliOptions.File("--items", CliText.Get("HelpLedger"), required: true);
        var from = CliOptions.Date("--from", "HelpStatementFrom");
        var to = CliOptions.Date("--to", "HelpStatementTo");
        from.Required = to.Required = true;
        var encoding = CliOptions.Encoding();
        var json = CliOptions.Json();
        var output = CliOptions.File("--out", CliText.Get("HelpStatementOut"));
        var command = new Command("statement", CliText.Get("HelpStatement")) { model, customer, items, from, to, encoding, output, json };
        command.SetAction(parse =>
        {
            var modelFile = parse.GetValue(model)!;
            var file = parse.GetValue(output) is { } named && named.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase) ? named : TableFile.Checked(parse.GetValue(output), modelFile, "--out");
            var accountSet = ModelFile.View(context, modelFile);
            var code = parse.GetValue(customer)!;
            if (accountSet.Archive.Find(code) is null)
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("NoCustomer", modelFile.Name, code));
            }

            var (first, last) = (parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            var entries = HostFiles.Ledger(parse.GetValue(items), CliOptions.EncodingOf(parse.GetValue(encoding)));
            var statement = CliFailure.Checked(() => AccountStatement.Build(accountSet.Archive.Snapshot, code, entries, first, last), "--from/--to");
            if (file is not null)
            {
                Write(file, statement);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Output, JsonViews.Statement(statement));
                return CclsApp.Ok;
            }

            context.Console.WriteLine(CliText.Format("StatementTitle", statement.CustomerCode, statement.CustomerName, Iso(statement.From), Iso(statement.To)));
            var table = Tables.Table(Tables.Columns("ColumnsStatement"));
            foreach (var row in Rows(statement))
            {
                table.AddRow([.. row.Take(3).Select(c => Tables.Cell(c?.ToString() ?? string.Empty)), .. row.Skip(3).Select(c => c is decimal d ? Tables.Amount(d) : Tables.Cell(string.Empty))]);
            }

            table.Show(context.Console);
            return CclsApp.Ok;
        });
        return command;
    }

    private static string Iso(NodaTime.LocalDate day) => LocalDatePattern.Iso.Format(day);

    // The opening line, each document and payment, then the totals with the closing balance.
    private static object?[][] Rows(AccountStatement statement) =>
    [
        [Iso(statement.From), string.Empty, CliText.Get("OpeningBalance"), null, null, statement.OpeningBalance],
        .. statement.Lines.Select(l => new object?[] { Iso(l.Date), l.DocumentNumber, l.Summary ?? string.Empty, l.Debit, l.Credit, l.Balance }),
        [Iso(statement.To), string.Empty, CliText.Get("ClosingBalance"), statement.TotalDebit, statement.TotalCredit, statement.ClosingBalance],
    ];

    private static void Write(FileInfo file, AccountStatement statement)
    {
        if (!file.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
        {
            TableFile.Write(file, Tables.Columns("ColumnsStatement"), Rows(statement));
            return;
        }

        // A self-contained page; every text is encoded, so a name holding markup is shown, never obeyed.
        var title = CliText.Format("StatementTitle", statement.CustomerCode, statement.CustomerName, Iso(statement.From), Iso(statement.To));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(UserText.InChinese ? "zh-Hans" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2rem}")
            .Append("table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem}td.n{text-align:right;font-variant-numeric:tabular-nums}</style>\n</head>\n<body>\n<h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1>\n<table>\n<tr>");
        foreach (var header in Tables.Columns("ColumnsStatement"))
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in Rows(statement))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(cell is decimal amount ? "<td class=\"n\">" + amount.ToString("N2", CultureInfo.InvariantCulture) : "<td>" + WebUtility.HtmlEncode(cell?.ToString() ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        AtomicFile.Write(file, stream => stream.Write(new UTF8Encoding(false).GetBytes(html.ToString())));
    }
}
