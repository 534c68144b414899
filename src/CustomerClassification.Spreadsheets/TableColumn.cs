namespace CustomerClassification.Spreadsheets;

/// <summary>A column of a host-data table: its Chinese and English headers and whether the file must have it.</summary>
internal sealed record TableColumn(string Chinese, string English, bool Required = true);
