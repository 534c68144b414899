namespace CustomerClassification.Rules;

/// <summary>
/// The limits on rule text, which is untrusted input: beyond them the text is refused with a
/// <see cref="RuleSyntaxException"/>, never a stack overflow or an unbounded compile.
/// </summary>
public static class RuleLimits
{
    /// <summary>The longest a condition text may be, in UTF-16 characters.</summary>
    public const int MaxConditionLength = 4000;

    /// <summary>How deep parentheses and <c>not</c> may nest in a condition text.</summary>
    public const int MaxNesting = 24;

    /// <summary>The most values an <c>in</c> list may hold.</summary>
    public const int MaxListLength = 1000;

    /// <summary>The longest a rule name may be.</summary>
    public const int MaxNameLength = 100;
}
