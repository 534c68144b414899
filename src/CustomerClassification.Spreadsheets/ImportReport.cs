using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// What an import did: the rows read, the customers (or categories) added, updated and found unchanged, the rows
/// refused and every problem found. When anything was wrong and valid rows were not asked for, nothing is imported:
/// <see cref="AddedCount"/> and <see cref="UpdatedCount"/> are 0.
/// </summary>
public sealed class ImportReport
{
    internal ImportReport(int rowCount, int addedCount, int updatedCount, int unchangedCount, IReadOnlyList<ImportProblem> problems, Encoding encoding, HeaderLanguage headers, bool readable)
    {
        RowCount = rowCount;
        AddedCount = addedCount;
        UpdatedCount = updatedCount;
        UnchangedCount = unchangedCount;
        Problems = problems;
        Encoding = encoding;
        Headers = headers;
        Readable = readable;
        RefusedCount = problems.Where(p => p.Row > 1).Select(p => p.Row).Distinct().Count();
    }

    /// <summary>Gets the number of data rows read.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of rows that went into the archive: <see cref="AddedCount"/> plus <see cref="UpdatedCount"/>.</summary>
    public int ImportedCount => AddedCount + UpdatedCount;

    /// <summary>Gets the number of customers (or categories) added.</summary>
    public int AddedCount { get; }

    /// <summary>Gets the number of existing customers changed (or categories renamed); each changed field is one change-log entry.</summary>
    public int UpdatedCount { get; }

    /// <summary>Gets the number of rows whose code the archive has with the values of the row already: nothing to change.</summary>
    public int UnchangedCount { get; }

    /// <summary>Gets the number of data rows with at least one problem.</summary>
    public int RefusedCount { get; }

    /// <summary>Gets every problem, by row.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Gets a value indicating whether every row was imported.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>
    /// Gets a value indicating whether the file was read as a table: decoded, and its header understood. When false
    /// no row was checked and every problem is about the file itself (on row 1: a missing or unknown column, an
    /// encoding, a file that is no workbook).
    /// </summary>
    public bool Readable { get; }

    /// <summary>Gets the encoding the file was read with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Gets the language most of the headers were in.</summary>
    public HeaderLanguage Headers { get; }

    /// <summary>A file that could not be read as a table: its one problem, nothing checked.</summary>
    internal static ImportReport Unreadable(int rowCount, IReadOnlyList<ImportProblem> problems, Encoding encoding, HeaderLanguage headers = HeaderLanguage.Chinese) =>
        new(rowCount, 0, 0, 0, problems, encoding, headers, readable: false);
}
