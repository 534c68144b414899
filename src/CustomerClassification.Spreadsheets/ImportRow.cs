using System;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// One row of a file on its way into an archive batch: its line, whether it adds or changes, the change it makes, and
/// where in the row a field is (its header and cell), so that a refusal of the archive is reported against the column the file has.
/// </summary>
internal sealed record ImportRow(int Row, bool Adds, Action<ChangeBatch> Change, Func<string?, (string Header, string Value)?> Cell)
{
    /// <summary>The archive's refusal of this row as a problem, at the column of the field it names (null: none) when the row has one.</summary>
    public ImportProblem Problem(Violation violation) =>
        (Cell(violation.Field) is { } cell
            ? new ImportProblem(Row, cell.Header, cell.Value.Length == 0 ? null : cell.Value, violation.Message)
            : new ImportProblem(Row, null, null, violation.Message)) with { Field = violation.Field, Error = violation.Error };
}
