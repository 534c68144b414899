using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace CustomerClassification.Spreadsheets;

/// <summary>One data row of a <see cref="CsvTable"/>; a bad cell is reported and read as a harmless default.</summary>
internal sealed class CsvRow(int row, string[] cells, TableColumn[] columns, int[] at, List<ImportProblem> problems)
{
    /// <summary>Gets the row's number in the file (the header is row 1).</summary>
    public int Row => row;

    public string Text(int column) => Cell(column) is { Length: > 0 } text ? text : Fail(column, string.Empty, SheetText.Get("Required"), string.Empty);

    public decimal Number(int column) => Parse(column, CustomerColumn.Number, 0m);

    public int Count(int column) => Parse(column, Whole, 0);

    /// <summary>Reads a whole number of 0 or more, as every host table's counts and days are written.</summary>
    /// <exception cref="FormatException">The text is not one.</exception>
    public static int Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : throw new FormatException(SheetText.Get("NotWholeShort"));

    public LocalDate Date(int column) => Parse(column, CustomerColumn.Date, default);

    public decimal? OptionalNumber(int column) => Cell(column) is { Length: > 0 } ? Number(column) : null;

    public LocalDate? OptionalDate(int column) => Cell(column) is { Length: > 0 } ? Date(column) : null;

    /// <summary>Tells whether the file has the column.</summary>
    public bool Has(int column) => at[column] >= 0;

    /// <summary>Optional text: null for an empty cell or a missing column.</summary>
    public string? OptionalText(int column) => Cell(column) is { Length: > 0 } text ? text : null;

    /// <summary>Reads a cell's text into a value; a parse or range check that throws is a problem of the cell, and the result null.</summary>
    public T? Checked<T>(int column, string text, Func<string, T> parse)
        where T : class
    {
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return Fail<T?>(column, text, CsvSource.FirstSentence(e.Message), null);
        }
    }

    private T Parse<T>(int column, Func<string, T> parse, T fallback)
    {
        var text = Cell(column);
        if (text is null || (text.Length == 0 && !columns[column].Required))
        {
            return fallback;
        }

        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            return Fail(column, text, text.Length == 0 ? SheetText.Get("Required") : e.Message, fallback);
        }
    }

    // Null when the file has no such (optional) column.
    private string? Cell(int column) => at[column] < 0 ? null : at[column] < cells.Length ? cells[at[column]].Trim() : string.Empty;

    /// <summary>Reports a cell's text as a problem of the cell and returns the fallback (the row is then left out).</summary>
    public T Refuse<T>(int column, string value, string message, T fallback) => Fail(column, value, message, fallback);

    private T Fail<T>(int column, string value, string message, T fallback)
    {
        problems.Add(new ImportProblem(row, columns[column].Chinese, value.Length == 0 ? null : value, message));
        return fallback;
    }
}
