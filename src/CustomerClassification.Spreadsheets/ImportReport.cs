using System.Collections.Generic;
using System.Linq;
using System.Text;
using System;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// What an import did: the rows read, the customers (or categories) added, updated and found unchanged, the rows
/// refused and every problem found. When anything was wrong and valid rows were not asked for, nothing is imported:
/// <see cref="AddedCount"/> and <see cref="UpdatedCount"/> are 0.
/// </summary>
public sealed class ImportReport
{
    /// <summary>Creates the report of an import, for a host's own importer that reports as this package's do; <see cref="RefusedCount"/> is counted from the problems.</summary>
    /// <param name="rowCount">The data rows read.</param>
    /// <param name="addedCount">The customers (or categories) added.</param>
    /// <param name="updatedCount">The existing ones changed.</param>
    /// <param name="unchangedCount">The rows that changed nothing.</param>
    /// <param name="problems">Every problem, by row; the report lists the first 1,000 and one more saying how many more there were.</param>
    /// <param name="encoding">The encoding the file was read with.</param>
    /// <param name="headers">The language of the file's headers.</param>
    /// <param name="readable">Whether the file was read as a table (see <see cref="Readable"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="encoding"/> is null, or a problem is.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more rows were added, updated and unchanged than were read.</exception>
    public ImportReport(int rowCount, int addedCount, int updatedCount, int unchangedCount, IReadOnlyList<ImportProblem> problems, Encoding encoding, HeaderLanguage headers, bool readable)
    {
        Argument.NotNegative(addedCount);
        Argument.NotNegative(updatedCount);
        Argument.NotNegative(unchangedCount);
        Argument.NotLessThan(rowCount, addedCount + updatedCount + unchangedCount);
        Argument.NotNull(problems);
        Argument.NotNull(encoding);
        if (problems.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        RowCount = rowCount;
        AddedCount = addedCount;
        UpdatedCount = updatedCount;
        UnchangedCount = unchangedCount;
        Problems = ProblemList.Bounded(problems);
        ProblemCount = problems.Count;
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

    /// <summary>Gets the problems by row: every one when there are at most 1,000; else the first 1,000 and one more saying how many were left out (<see cref="ProblemCount"/>).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Gets the number of problems found, listed or not.</summary>
    public int ProblemCount { get; }

    /// <summary>Gets a value indicating whether every row was imported.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>
    /// Gets a value indicating whether the file was read as a table: decoded, and its header understood. When false
    /// no row was checked and every problem is about the file itself (on row 1: a missing or unknown column, an
    /// encoding, a file that is no workbook).
    /// </summary>
    public bool Readable { get; }

    /// <summary>
    /// Gets the headers of the columns that no field reads and that were skipped (see
    /// <see cref="ImportOptions.RefuseUnknownColumns"/>), in the file's order; empty when every column was read.
    /// </summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>Gets how each row of an update or upsert was matched to the customer it changes, in row order; empty for an import that only adds.</summary>
    public IReadOnlyList<RowMatch> Matches { get; init; } = [];

    /// <summary>Gets the encoding the file was read with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Gets the language most of the headers were in.</summary>
    public HeaderLanguage Headers { get; }

    /// <summary>A file that could not be read as a table: its one problem, nothing checked.</summary>
    internal static ImportReport Unreadable(int rowCount, IReadOnlyList<ImportProblem> problems, Encoding encoding, HeaderLanguage headers = HeaderLanguage.Chinese) =>
        new(rowCount, 0, 0, 0, problems, encoding, headers, readable: false);
}
