using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CustomerClassification.Cli;

/// <summary>
/// One column of a command's table, declared once: its header (a CliText key), its JSON name and how to read it from a
/// row. The console table, the <c>--out</c> file and the <c>--json</c> rows are all written from the same columns.
/// </summary>
internal sealed record ReportColumn<T>(string HeaderKey, string JsonName, Func<T, object?> Value, ColumnFormat Format = ColumnFormat.Text)
{
    public static void Show(IEnumerable<ReportColumn<T>> columns, IEnumerable<T> rows, Spectre.Console.IAnsiConsole console)
    {
        var list = columns.ToArray();
        var table = Tables.Table([.. list.Select(c => c.Header)]);
        foreach (var row in rows)
        {
            table.AddRow([.. list.Select(c => c.Cell(row))]);
        }

        table.Show(console);
    }

    public static void Write(FileInfo file, IEnumerable<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        var list = columns.ToArray();
        TableFile.Write(file, [.. list.Select(c => c.Header)], rows.Select(r => list.Select(c => c.Value(r)).ToArray()));
    }

    public static Dictionary<string, object?>[] Json(IEnumerable<ReportColumn<T>> columns, IEnumerable<T> rows)
    {
        var list = columns.ToArray();
        return [.. rows.Select(r => list.ToDictionary(c => c.JsonName, c => c.Value(r) switch
        {
            NodaTime.LocalDate day => NodaTime.Text.LocalDatePattern.Iso.Format(day),
            Enum value => value.ToString(),
            var value => value,
        }, StringComparer.Ordinal))];
    }

    // A column without a header key (a category of a cross-tab) is headed by its JSON name.
    private string Header => HeaderKey.Length == 0 ? JsonName : CliText.Get(HeaderKey);

    private ReportCell Cell(T row) => (Value(row), Format) switch
    {
        (null, ColumnFormat.Text) => Tables.Cell(string.Empty),
        (null, _) => new ReportCell(string.Empty, IsAmount: true),
        (decimal amount, ColumnFormat.Amount) => Tables.Amount(amount),
        (decimal share, ColumnFormat.Percent) => new ReportCell(share.ToString("P1", CultureInfo.InvariantCulture), IsAmount: true),
        (decimal number, ColumnFormat.Number) => new ReportCell(number.ToString("0.##", CultureInfo.InvariantCulture), IsAmount: true),
        (int whole, _) => new ReportCell(whole.ToString("N0", CultureInfo.InvariantCulture), IsAmount: true),
        (bool flag, _) => Tables.Cell(CliText.Get(flag ? "Yes" : "No")),
        (NodaTime.LocalDate day, _) => Tables.Code(NodaTime.Text.LocalDatePattern.Iso.Format(day)),
        (var value, _) => Tables.Cell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };
}
