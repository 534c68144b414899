namespace CustomerClassification.Spreadsheets;

/// <summary>One bad row (or header) of an imported file: where, which column and value, and what is wrong.</summary>
/// <param name="Row">The 1-based line of the file (the header is row 1).</param>
/// <param name="Column">The column header, or null when the problem is the whole row.</param>
/// <param name="Value">The offending value, or null.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportProblem(int Row, string? Column, string? Value, string Message)
{
    /// <summary>Gets the canonical name of the field the problem is about (<c>region</c>, <c>creditLimit</c>; see <see cref="Customers.CustomerFields"/>), or null.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the archive's error code when the archive refused the row (stable, for grouping and tests), or null for a problem of the file or a cell.</summary>
    public ClassificationErrorCode? Error { get; init; }

    /// <summary>Returns the problem on one line: <c>row 7, 信用额度 'abc': not a number</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() =>
        SheetText.Format("RowNumber", Row) + (Column is null ? string.Empty : ", " + Column) + (Value is null ? string.Empty : $" '{Value}'") + ": " + Message;
}
