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
        Problems = ProblemList.Bounded(problems);
        ProblemCount = problems.Count;
        Encoding = encoding;
    }

    /// <summary>Gets the number of data rows in the file.</summary>
    public int RowCount { get; }

    /// <summary>Gets the valid rows, in file order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the problems by row (a bad header on row 1): every one when there are at most 1,000; else the first 1,000 and one more saying how many were left out.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Gets the number of problems found, listed or not.</summary>
    public int ProblemCount { get; }

    /// <summary>Gets a value indicating whether every row was valid.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Gets the encoding the file was read with.</summary>
    public Encoding Encoding { get; }
}
