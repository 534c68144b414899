using System.Collections.Generic;
using System.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>What an import did: the rows read, the customers added, and every problem found.</summary>
public sealed class ImportReport
{
    internal ImportReport(int rowCount, int importedCount, IReadOnlyList<ImportProblem> problems, Encoding encoding, HeaderLanguage headers)
    {
        RowCount = rowCount;
        ImportedCount = importedCount;
        Problems = problems;
        Encoding = encoding;
        Headers = headers;
    }

    /// <summary>Gets the number of data rows read.</summary>
    public int RowCount { get; }

    /// <summary>Gets the number of customers added to the archive (0 when anything was wrong, unless valid rows were asked for).</summary>
    public int ImportedCount { get; }

    /// <summary>Gets every problem, by row.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Gets a value indicating whether every row was imported.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Gets the encoding the file was read with.</summary>
    public Encoding Encoding { get; }

    /// <summary>Gets the language most of the headers were in.</summary>
    public HeaderLanguage Headers { get; }
}
