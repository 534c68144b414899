using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Customers;

/// <summary>
/// The value of a custom field (自定义项): text, a decimal number or a date, as its
/// <see cref="CustomFieldDefinition"/> says. Immutable; equal when type and value are equal.
/// </summary>
/// <remarks><c>default(CustomFieldValue)</c> is empty text.</remarks>
public readonly struct CustomFieldValue : IEquatable<CustomFieldValue>
{
    private readonly CustomFieldType _type;
    private readonly string? _text;
    private readonly decimal _number;
    private readonly LocalDate _date;

    private CustomFieldValue(CustomFieldType type, string? text, decimal number, LocalDate date)
    {
        _type = type;
        _text = text;
        _number = number;
        _date = date;
    }

    /// <summary>Gets the type of the value.</summary>
    public CustomFieldType Type => _type is CustomFieldType.Number or CustomFieldType.Date ? _type : CustomFieldType.Text;

    /// <summary>Equality by type and value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when type and value are equal.</returns>
    public static bool operator ==(CustomFieldValue left, CustomFieldValue right) => left.Equals(right);

    /// <summary>Inequality by type and value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when type or value differ.</returns>
    public static bool operator !=(CustomFieldValue left, CustomFieldValue right) => !left.Equals(right);

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static implicit operator CustomFieldValue(string text) => FromText(text);

    /// <summary>A number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static implicit operator CustomFieldValue(decimal number) => FromNumber(number);

    /// <summary>A date value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static implicit operator CustomFieldValue(LocalDate date) => FromDate(date);

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text; kept as given.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static CustomFieldValue FromText(string text) => new(CustomFieldType.Text, Guard.Against.Null(text), 0m, default);

    /// <summary>Creates a number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromNumber(decimal number) => new(CustomFieldType.Number, null, number, default);

    /// <summary>Creates a date value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static CustomFieldValue FromDate(LocalDate date) => new(CustomFieldType.Date, null, 0m, date);

    /// <summary>Gets the text of a text value.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string AsText() => Type == CustomFieldType.Text ? _text ?? string.Empty : throw WrongType(CustomFieldType.Text);

    /// <summary>Gets the number of a number value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal AsNumber() => Type == CustomFieldType.Number ? _number : throw WrongType(CustomFieldType.Number);

    /// <summary>Gets the date of a date value.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate AsDate() => Type == CustomFieldType.Date ? _date : throw WrongType(CustomFieldType.Date);

    /// <inheritdoc />
    public bool Equals(CustomFieldValue other) => Type switch
    {
        CustomFieldType.Number => other.Type == CustomFieldType.Number && _number == other._number,
        CustomFieldType.Date => other.Type == CustomFieldType.Date && _date == other._date,
        _ => other.Type == CustomFieldType.Text && string.Equals(AsText(), other.AsText(), StringComparison.Ordinal),
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomFieldValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Type switch
    {
        CustomFieldType.Number => _number.GetHashCode(),
        CustomFieldType.Date => _date.GetHashCode(),
        _ => StringComparer.Ordinal.GetHashCode(AsText()),
    };

    /// <summary>Returns the value as invariant text: the text, the number, or the date as <c>yyyy-MM-dd</c>.</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => Type switch
    {
        CustomFieldType.Number => _number.ToString(CultureInfo.InvariantCulture),
        CustomFieldType.Date => LocalDatePattern.Iso.Format(_date),
        _ => AsText(),
    };

    private InvalidOperationException WrongType(CustomFieldType wanted) =>
        new($"The custom field value is {Type.ToString().ToLowerInvariant()}, not {wanted.ToString().ToLowerInvariant()}.");
}
