using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification;

/// <summary>
/// The outcome of parsing text: a value, or the reason the text is not one. Parsers return it instead of
/// throwing, so batch readers report a bad value where it stands; <see cref="GetValueOrThrow"/> serves the
/// throwing <c>Parse</c> methods.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
internal readonly struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, string? problem)
    {
        _value = value;
        Problem = problem;
    }

    /// <summary>Gets a value indicating whether the text was parsed.</summary>
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Success => Problem is null;

    /// <summary>Gets why the text is not a value (one sentence, no final stop), or null on success.</summary>
    public string? Problem { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The parse failed.</exception>
    public T Value => Success ? _value! : throw new InvalidOperationException("The parse failed: " + Problem);

    public static ParseResult<T> Ok(T value) => new(value, null);

    public static ParseResult<T> Fail(string problem) => new(default, problem);

    /// <summary>The value, or a <see cref="FormatException"/> whose message is the problem.</summary>
    public T GetValueOrThrow() => Success ? _value! : throw new FormatException(Messages.Format("Sentence", Problem));

    /// <summary>Parses further from a successful value.</summary>
    public ParseResult<TOther> Then<TOther>(Func<T, ParseResult<TOther>> next) => Success ? next(_value!) : ParseResult<TOther>.Fail(Problem);

    /// <summary>Maps a successful value.</summary>
    public ParseResult<TOther> Select<TOther>(Func<T, TOther> map) => Success ? ParseResult<TOther>.Ok(map(_value!)) : ParseResult<TOther>.Fail(Problem);
}
