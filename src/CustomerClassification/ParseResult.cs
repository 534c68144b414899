using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification;

/// <summary>
/// The outcome of parsing text: a value, or the reason the text is not one. Parsers return it instead of
/// throwing, so batch readers report a bad value where it stands; <see cref="GetValueOrThrow"/> serves the
/// throwing <c>Parse</c> methods.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
public readonly struct ParseResult<T>
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

    /// <summary>Makes a successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result holding the value.</returns>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The result's own factories, as NodaTime's ParseResult<T>.ForValue.")]
    public static ParseResult<T> Ok(T value) => new(value, null);

    /// <summary>Makes a failed result.</summary>
    /// <param name="problem">Why the text is not a value: one sentence, no final stop.</param>
    /// <returns>The result holding the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The result's own factories, as NodaTime's ParseResult<T>.ForValue.")]
    public static ParseResult<T> Fail(string problem) => new(default, Guard.Against.Null(problem));

    /// <summary>Gets the value, or throws a <see cref="FormatException"/> whose message is the problem.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The parse failed.</exception>
    public T GetValueOrThrow() => Success ? _value! : throw new FormatException(Messages.Format("Sentence", Problem));

    /// <summary>Parses further from a successful value; a failure is passed on as it is.</summary>
    /// <typeparam name="TOther">The type parsed next.</typeparam>
    /// <param name="next">The next step.</param>
    /// <returns>The next step's result, or this failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    public ParseResult<TOther> Then<TOther>(Func<T, ParseResult<TOther>> next) => Guard.Against.Null(next) is var step && Success ? step(_value!) : ParseResult<TOther>.Fail(Problem!);

    /// <summary>Maps a successful value; a failure is passed on as it is.</summary>
    /// <typeparam name="TOther">The type mapped to.</typeparam>
    /// <param name="map">The mapping.</param>
    /// <returns>The mapped result, or this failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public ParseResult<TOther> Select<TOther>(Func<T, TOther> map) => Guard.Against.Null(map) is var step && Success ? ParseResult<TOther>.Ok(step(_value!)) : ParseResult<TOther>.Fail(Problem!);

    /// <summary>Returns the value's text, or the problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? _value?.ToString() ?? string.Empty : "Failed: " + Problem;
}
