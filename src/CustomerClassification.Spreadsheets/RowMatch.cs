namespace CustomerClassification.Spreadsheets;

/// <summary>How one row of an update or upsert was matched to a customer of the archive: its row, the customer, and by what.</summary>
/// <param name="Row">The 1-based row of the file (the header is row 1).</param>
/// <param name="CustomerCode">The code of the customer the row updates.</param>
/// <param name="By">What matched it: its code, its tax id or its name.</param>
public sealed record RowMatch(int Row, string CustomerCode, ImportMatch By);
