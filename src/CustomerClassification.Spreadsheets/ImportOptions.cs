using System.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>How to import a file of customers or categories.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the encoding of a CSV file, or null to detect it: a UTF-8 byte-order mark or valid UTF-8 means UTF-8, anything else GB18030 (T3's exports).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets a value indicating whether to import the valid rows when some rows are bad (the bad ones reported).
    /// False by default: nothing is imported unless every row passes.
    /// </summary>
    public bool ImportValidRows { get; init; }
}
