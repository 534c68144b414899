using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>
/// The text form of an item of a customer's list (a contact, a bank account): its parts separated by '|', trailing
/// empty parts left out. Parts may not hold '|' or the separators of a list in a cell (',' and ';', half or full width),
/// so that the item reads back from a spreadsheet cell and from a snapshot as it was written.
/// </summary>
internal static class ListItemText
{
    /// <summary>The separator of an item's parts.</summary>
    public const char Separator = '|';

    private static readonly char[] Separators = [Separator, '｜'];
    private static readonly char[] Forbidden = [Separator, '｜', ',', '，', ';', '；'];

    /// <summary>An item's text from its parts.</summary>
    public static string Join(params string?[] parts)
    {
        var count = parts.Length;
        while (count > 0 && parts[count - 1] is null)
        {
            count--;
        }

        return string.Join(Separator.ToString(), parts.Take(count).Select(p => p ?? string.Empty));
    }

    /// <summary>Splits an item's text into at most <paramref name="count"/> trimmed parts (null for an empty one), or says why it cannot.</summary>
    public static ParseResult<string?[]> Split(string text, int count)
    {
        var parts = Guard.Against.Null(text).Split(Separators);
        if (parts.Length > count)
        {
            return ParseResult<string?[]>.Fail(Messages.Format("ListItemParts", text, count));
        }

        return ParseResult<string?[]>.Ok(Enumerable.Range(0, count).Select(i => i < parts.Length ? Customer.Trimmed(parts[i]) : null).ToArray());
    }

    /// <summary>Why a trimmed part cannot be one (a customer's text rule, or a separator in it), or null when it can.</summary>
    public static string? Problem(string? part, string property, bool email = false) =>
        (email ? Customer.EmailProblem(part, property) : Customer.TextProblem(part, property))
        ?? (part is not null && part.IndexOfAny(Forbidden) >= 0 ? Messages.Format("ListItemSeparator", part) : null);

    /// <summary>A part checked: trimmed, null when empty.</summary>
    /// <exception cref="ArgumentException">The part breaks <see cref="Problem"/>.</exception>
    public static string? Check(string? value, string property, bool email = false)
    {
        var part = Customer.Trimmed(value);
        return Problem(part, property, email) is { } problem ? throw new ArgumentException(problem, property) : part;
    }
}
