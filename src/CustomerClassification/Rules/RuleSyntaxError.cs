using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// One problem in rule text, a rule file or a rule set: where it is, the offending text and what was expected.
/// </summary>
public sealed record RuleSyntaxError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">What is wrong, in English, naming the offending text.</param>
    /// <param name="line">The 1-based line in the condition text (or in the rule file, for a JSON error), or 0 when the problem is not in a text.</param>
    /// <param name="column">The 1-based column, or 0 when the problem is not in a text.</param>
    /// <param name="text">The offending text (a token, a field name, a JSON value), or empty.</param>
    /// <param name="expected">What would have been accepted there (tokens or names), or empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is negative.</exception>
    public RuleSyntaxError(string message, int line, int column, string text, IEnumerable<string> expected)
    {
        Message = Guard.Against.NullOrWhiteSpace(message);
        Line = Guard.Against.Negative(line);
        Column = Guard.Against.Negative(column);
        Text = Guard.Against.Null(text);
        Expected = ReadOnly.Of(Guard.Against.Null(expected).ToArray());
    }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line, or 0 when the problem is not in a text.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0 when the problem is not in a text.</summary>
    public int Column { get; }

    /// <summary>Gets the offending text, or empty.</summary>
    public string Text { get; }

    /// <summary>Gets what would have been accepted (tokens such as <c>)</c> or <c>and</c>, or the closest known field names), or empty.</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>Gets the name of the rule the problem is in, or null.</summary>
    public string? RuleName { get; init; }

    /// <summary>Gets the JSON path of the problem in a rule file, such as <c>$.rules[2].when</c>, or null.</summary>
    public string? Path { get; init; }

    /// <summary>Returns the error with its place: <c>rule '大客户' ($.rules[0].when) line 1, column 12: …</c>.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString()
    {
        var where = new List<string>();
        if (RuleName is not null)
        {
            where.Add($"rule '{RuleName}'");
        }

        if (Path is not null)
        {
            where.Add(Path);
        }

        if (Line > 0)
        {
            where.Add(FormattableString.Invariant($"line {Line}, column {Column}"));
        }

        return where.Count == 0 ? Message : string.Join(" ", where) + ": " + Message;
    }

    /// <inheritdoc />
    public bool Equals(RuleSyntaxError? other) =>
        other is not null && Same(Message, other.Message) && Line == other.Line && Column == other.Column && Same(Text, other.Text)
        && Expected.SequenceEqual(other.Expected, StringComparer.Ordinal) && Same(RuleName, other.RuleName) && Same(Path, other.Path);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Message) ^ unchecked(Line * 397) ^ Column;

    private static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.Ordinal);
}
