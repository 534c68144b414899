using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using MiniExcelLibs;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>Reading and writing the first sheet of an .xlsx workbook as rows of text cells (MiniExcel).</summary>
internal static class WorkbookSource
{
    /// <summary>The rows of the first sheet, numbered from 1 (the header), each cell as text; or the problem when the stream is no workbook.</summary>
    public static (List<(int Row, string[] Cells)>? Records, ImportProblem? Problem) Read(Stream xlsx)
    {
        if (!xlsx.CanSeek || xlsx.Length == 0)
        {
            // A pipe or a device (its length says 0): read it, but not without end.
            if (CsvSource.Bytes(xlsx) is not { } bytes)
            {
                return (null, CsvSource.TooLarge());
            }

            xlsx = new MemoryStream(bytes, writable: false);
        }
        else if (xlsx.Length - xlsx.Position > CsvSource.MaxFileBytes)
        {
            return (null, CsvSource.TooLarge());
        }

        if (WorkbookLimits.Problem(xlsx) is { } tooLarge)
        {
            return (null, new ImportProblem(1, null, null, SheetText.Format("WorkbookTooLarge", tooLarge)));
        }

        try
        {
            return (WorkbookReader.Read(xlsx), null);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or IOException)
        {
            return (null, new ImportProblem(1, null, null, SheetText.Format("NotWorkbook", e.Message)));
        }
    }

    /// <summary>
    /// Writes the header and the rows to the first sheet: texts as text cells, so that codes such as 01001 keep their
    /// zeros; decimals as numbers and dates (LocalDate) as dates; null as an empty cell.
    /// </summary>
    public static void Write(Stream output, string[] header, IEnumerable<object?[]> rows)
    {
        var keys = header.Select((_, i) => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var records = new[] { (object?[])header }.Concat(rows)
            .Select(cells => keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => Cell(cells[p.i]), StringComparer.Ordinal))
            .ToList();
        MiniExcel.SaveAs(output, records, printHeader: false, excelType: ExcelType.XLSX);
    }

    private static object? Cell(object? value) => value switch
    {
        LocalDate date => date.ToDateTimeUnspecified(),
        _ => value,
    };

    /// <summary>A cell's value as the text the readers take: a date as yyyy-MM-dd, a number as a decimal where it is one.</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => LocalDatePattern.Iso.Format(NodaTime.LocalDate.FromDateTime(date)),
        // A number cell beyond decimal's range (1E+300) or not a number at all (NaN) stays text, which the column then refuses.
        double number when !double.IsNaN(number) && !double.IsInfinity(number) && Math.Abs(number) < 7.9e28 => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
