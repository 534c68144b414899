namespace CustomerClassification.Cli;

/// <summary>How a column's values are shown in a table: files and JSON get the values themselves.</summary>
internal enum ColumnFormat
{
    Text = 1,
    Amount = 2,
    Percent = 3,
    Number = 4,
}
