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

    /// <summary>The most rules a rule set compiles: each rule is compiled code, so the number is bounded like the text.</summary>
    public const int MaxRules = 1_000;

    /// <summary>
    /// The most tests (comparisons, <c>in</c>, <c>is empty</c>, <c>has tag</c>) all the conditions of a rule set may hold
    /// together. Each test is compiled code, about 0.1 ms of compiling on a 2-core machine: the largest set allowed (a
    /// thousand rules of ten tests, or a few rules of the longest conditions) compiles in about a second.
    /// </summary>
    public const int MaxTests = 10_000;

    /// <summary>
    /// How deep a condition built in code may nest (<c>Not()</c> of <c>Not()</c> …): a deeper one is refused when built,
    /// so that printing and saving it never exhaust the stack. Compiling allows <see cref="RuleCondition.MaxDepth"/>.
    /// </summary>
    public const int MaxBuiltDepth = 1_000;

    /// <summary>The depth of a new condition node, refused beyond <see cref="MaxBuiltDepth"/>.</summary>
    internal static int Depth(int operandDepth, string parameterName) =>
        operandDepth + 1 > MaxBuiltDepth
            ? throw new ArgumentException(FormattableString.Invariant($"A condition nests at most {MaxBuiltDepth:N0} levels deep."), parameterName)
            : operandDepth + 1;
}
