using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CustomerClassification.Cli;

/// <summary>
/// Amounts as accountants type them: <c>120000</c>, <c>120,000</c>, <c>12万</c>, <c>1.2亿</c>, with an optional
/// <c>元</c>; full-width digits too. Grouping commas must group by three, so a decimal comma (<c>1,5</c>) is refused rather than read as 15.
/// </summary>
internal static partial class Amounts
{
    [GeneratedRegex(@"^(?<sign>-?)(?<number>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?|\.\d+)(?<unit>万|亿|千)?元?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>Reads an amount; false when the text is not one.</summary>
    public static bool TryParse(string text, out decimal amount)
    {
        amount = 0;
        var match = Pattern().Match(text.Trim().Normalize(System.Text.NormalizationForm.FormKC));
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var factor = match.Groups["unit"].Value switch { "万" => 10_000m, "亿" => 100_000_000m, "千" => 1_000m, _ => 1m };
        try
        {
            amount = number * factor * (match.Groups["sign"].Length > 0 ? -1 : 1);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
