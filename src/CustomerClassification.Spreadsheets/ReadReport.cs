using System.Collections.Generic;
using System.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// What reading a table of host data (open items, trading statistics) gave: the rows that were valid and every
/// problem with the others. Nothing is changed by a read; the caller decides whether a file with problems is usable.
/// </summary>
/// <typeparam name="T">The kind of row.</typeparam>
public sealed class ReadReport<T>
{
    internal ReadReport(int rowCount, IReadOnlyList<T> items, IReadOnlyList<ImportProblem> problems, Encoding encoding)
    {
        RowCount = rowCount;
        Items = items;
        Problems = problems;
        Encoding = encoding;
    }

    /// <summary>Gets the number of data rows in the file.</summary>
    public int RowCount { get; }

    /// <summary>Gets the valid rows, in file order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets every problem, by row; a bad header is reported on row 1.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Gets a value indicating whether every row was valid.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Gets the encoding the file was read with.</summary>
    public Encoding Encoding { get; }
}
