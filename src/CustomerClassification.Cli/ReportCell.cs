namespace CustomerClassification.Cli;

/// <summary>A cell of a <see cref="ReportTable"/>: its text; an amount is right-aligned and never wrapped, a code (<paramref name="Whole"/>) never wrapped.</summary>
/// <param name="Text">The text.</param>
/// <param name="IsAmount">Whether the cell is an amount.</param>
/// <param name="Whole">Whether the cell is a code or a name of a kind, shown whole.</param>
internal readonly record struct ReportCell(string Text, bool IsAmount = false, bool Whole = false);
