namespace CustomerClassification.Rules;

/// <summary>The text operations compiled rules call: ordinal (string.Contains(string) is ordinal too), and false for an empty field.</summary>
internal static class RuleOperations
{
    public static bool TextEquals(string? value, string text) => string.Equals(value, text, StringComparison.Ordinal);

    public static bool Contains(string? value, string text) => value is not null && value.Contains(text);

    public static bool StartsWith(string? value, string text) => value is not null && value.StartsWith(text, StringComparison.Ordinal);

    /// <summary>At or under a category: codes of one scheme are prefixes of their descendants' codes.</summary>
    public static bool Under(string? code, string category) => code is not null && code.StartsWith(category, StringComparison.Ordinal);

    public static bool In(string? value, string[] texts)
    {
        if (value is null)
        {
            return false;
        }

        foreach (var text in texts)
        {
            if (string.Equals(value, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
