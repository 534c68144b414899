using System.Globalization;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// A literal in a rule condition: a number, a text, a date or a yes/no value. Immutable; two values are
/// equal when they have the same kind and equal contents (numbers by value, so <c>5万</c> equals <c>50000</c>).
/// <see cref="ToString"/> gives the literal as the rule language writes it, which parses back to an equal value.
/// </summary>
public readonly struct RuleValue : IEquatable<RuleValue>
{
    private readonly RuleValueKind _kind;
    private readonly string? _text;
    private readonly decimal _number;
    private readonly LocalDate _date;
    private readonly bool _boolean;

    private RuleValue(RuleValueKind kind, string? text, decimal number, LocalDate date, bool boolean)
    {
        _kind = kind;
        _text = text;
        _number = number;
        _date = date;
        _boolean = boolean;
    }

    /// <summary>Gets the kind; <see cref="RuleValueKind.Number"/> for <c>default</c>.</summary>
    public RuleValueKind Kind => (int)_kind == 0 ? RuleValueKind.Number : _kind;

    /// <summary>Gets the number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal Number => Kind == RuleValueKind.Number ? _number : throw WrongKind(RuleValueKind.Number);

    /// <summary>Gets the text.</summary>
    /// <exception cref="InvalidOperationException">The value is not a text.</exception>
    public string Text => Kind == RuleValueKind.Text ? _text! : throw WrongKind(RuleValueKind.Text);

    /// <summary>Gets the date.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate Date => Kind == RuleValueKind.Date ? _date : throw WrongKind(RuleValueKind.Date);

    /// <summary>Gets the yes/no value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a yes/no value.</exception>
    public bool Boolean => Kind == RuleValueKind.Boolean ? _boolean : throw WrongKind(RuleValueKind.Boolean);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RuleValue left, RuleValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RuleValue left, RuleValue right) => !left.Equals(right);

    /// <summary>Makes a number literal.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static RuleValue FromNumber(decimal number) => new(RuleValueKind.Number, null, number, default, false);

    /// <summary>Makes a text literal. A rule writes it in quotes; a quote inside is doubled.</summary>
    /// <param name="text">The text; it may be empty but must not hold control characters such as line breaks.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a control character.</exception>
    public static RuleValue FromText(string text)
    {
        Guard.Against.Null(text);
        return text.Any(char.IsControl)
            ? throw new ArgumentException(Messages.Get("RuleTextControl"), nameof(text))
            : new(RuleValueKind.Text, text, 0m, default, false);
    }

    /// <summary>Makes a date literal.</summary>
    /// <param name="date">The date, in years 1 to 9999 (the years a rule can write).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static RuleValue FromDate(LocalDate date) =>
        date.Year is >= 1 and <= 9999
            ? new(RuleValueKind.Date, null, 0m, date, false)
            : throw new ArgumentOutOfRangeException(nameof(date), Customers.FieldText.Iso(date), Messages.Get("RuleDateRange"));

    /// <summary>Makes a yes/no literal (<c>true</c> or <c>false</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static RuleValue FromBoolean(bool value) => new(RuleValueKind.Boolean, null, 0m, default, value);

    /// <inheritdoc />
    public bool Equals(RuleValue other) => Kind == other.Kind && Kind switch
    {
        RuleValueKind.Number => _number == other._number,
        RuleValueKind.Text => string.Equals(_text, other._text, StringComparison.Ordinal),
        RuleValueKind.Date => _date == other._date,
        _ => _boolean == other._boolean,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        RuleValueKind.Number => _number.GetHashCode(),
        RuleValueKind.Text => StringComparer.Ordinal.GetHashCode(_text!),
        RuleValueKind.Date => _date.GetHashCode(),
        _ => _boolean.GetHashCode(),
    };

    /// <summary>Returns the literal as a rule writes it: <c>50000</c>, <c>'经销商'</c>, <c>2024-01-01</c>, <c>true</c>.</summary>
    /// <returns>The literal text.</returns>
    public override string ToString() => Kind switch
    {
        RuleValueKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        RuleValueKind.Text => "'" + _text!.Replace("'", "''") + "'",
        RuleValueKind.Date => _date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        _ => _boolean ? "true" : "false",
    };

    private InvalidOperationException WrongKind(RuleValueKind wanted) =>
        new($"The value {this} is a {Kind.ToString().ToLowerInvariant()}, not a {wanted.ToString().ToLowerInvariant()}.");
}
