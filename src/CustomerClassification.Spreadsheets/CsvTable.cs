using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads a CSV table of host data with a fixed set of columns, each known by a Chinese and an English header (in
/// any order, case-insensitive); every bad cell is reported with its row, column and value.
/// </summary>
internal static class CsvTable
{
    public static ReadReport<T> Read<T>(Stream csv, Encoding? encoding, TableColumn[] columns, Func<CsvRow, T> make)
    {
        Argument.NotNull(csv);
        var (read, used, found) = CsvSource.Open(csv, encoding);
        return read is { } records ? FromRecords(records, used, found, columns, make) : new ReadReport<T>(0, [], found, used);
    }

    /// <summary>Reads the same table from the first sheet of a workbook.</summary>
    public static ReadReport<T> ReadWorkbook<T>(Stream xlsx, TableColumn[] columns, Func<CsvRow, T> make)
    {
        Argument.NotNull(xlsx);
        var (records, problem) = WorkbookSource.Read(xlsx);
        return records is null ? new ReadReport<T>(0, [], [problem!], Encoding.UTF8) : FromRecords(records, Encoding.UTF8, [], columns, make);
    }

    private static ReadReport<T> FromRecords<T>(IEnumerable<(int Row, string[] Cells)> records, Encoding used, IReadOnlyList<ImportProblem> found, TableColumn[] columns, Func<CsvRow, T> make)
    {
        // The rows are read once, as they come; the first is the header.
        using var rows = records.GetEnumerator();
        var count = rows.MoveNext() ? 1 : 0;
        var header = count > 0 ? rows.Current.Cells.Select(c => c.Trim()).ToArray() : [];
        var at = columns.Select(c => Array.FindIndex(header, c.IsNamed)).ToArray();
        var problems = columns.Where((c, i) => c.Required && at[i] < 0)
            .Select(c => new ImportProblem(1, c.Chinese, null, SheetText.Format("TableColumnMissing", string.Join(", ", columns.Where(r => r.Required).Select(r => $"{r.Chinese} ({r.English})")))))
            .Take(1)
            .ToList();
        var readable = problems.Count == 0;
        problems.AddRange(found);
        var items = new List<T>();
        while (rows.MoveNext())
        {
            count++;
            var (row, cells) = rows.Current;
            if (readable)
            {
                Item(new CsvRow(row, cells, columns, at, problems), make, items, problems);
            }
        }

        return new ReadReport<T>(CsvSource.DataRows(count, found), items, problems.OrderBy(p => p.Row).ToList(), used);
    }

    private static void Item<T>(CsvRow reader, Func<CsvRow, T> make, List<T> items, List<ImportProblem> problems)
    {
        var before = problems.Count;
        try
        {
            var item = make(reader);
            if (problems.Count == before)
            {
                items.Add(item);
            }
        }
        catch (ArgumentException e)
        {
            // A rule of the row as a whole (a due date before the invoice date); a bad cell was reported already.
            if (problems.Count == before)
            {
                problems.Add(new ImportProblem(reader.Row, null, null, CsvSource.FirstSentence(e.Message)));
            }
        }
    }
}
