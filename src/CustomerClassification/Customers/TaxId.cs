using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification.Customers;

/// <summary>
/// A tax id (税号). 18 characters: a unified social credit code (统一社会信用代码) under GB 32100-2015,
/// whose character set and check character are verified. 15 or 20 characters: a legacy tax registration
/// number (税务登记号) from before the unified codes, accepted as ASCII letters and digits and marked
/// <see cref="IsLegacy"/>. Letters are stored in upper case.
/// </summary>
/// <remarks><c>default(TaxId)</c> is not a tax id: its <see cref="Value"/> is empty. Use <see cref="Parse"/>.</remarks>
public readonly struct TaxId : IEquatable<TaxId>
{
    /// <summary>The characters of a unified social credit code, in the order of their values 0 to 30 (no I, O, S, V, Z).</summary>
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015: weight of positions 1 to 17 (3^(i-1) mod 31).
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    private TaxId(string value, bool isLegacy)
    {
        _value = value;
        IsLegacy = isLegacy;
    }

    /// <summary>Gets the tax id in upper case, or an empty string for <c>default(TaxId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is a legacy 15- or 20-character tax registration number rather than a unified social credit code.</summary>
    public bool IsLegacy { get; }

    /// <summary>Equality by value.</summary>
    /// <param name="left">The first tax id.</param>
    /// <param name="right">The second tax id.</param>
    /// <returns>True when both have the same value.</returns>
    public static bool operator ==(TaxId left, TaxId right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first tax id.</param>
    /// <param name="right">The second tax id.</param>
    /// <returns>True when the values differ.</returns>
    public static bool operator !=(TaxId left, TaxId right) => !left.Equals(right);

    /// <summary>Parses a tax id. White space around it is ignored and lower-case letters are taken as upper case.</summary>
    /// <param name="text">The tax id.</param>
    /// <returns>The tax id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid tax id; the message says why (length, character, or the expected check character).</exception>
    public static TaxId Parse(string text)
    {
        Guard.Against.Null(text);
        return Read(text).GetValueOrThrow();
    }

    /// <summary>Parses a tax id without throwing.</summary>
    /// <param name="text">The tax id; null gives false.</param>
    /// <param name="taxId">The tax id, or <c>default</c> when the text is not valid.</param>
    /// <returns>True when the text is a valid tax id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out TaxId taxId) => TryParse(text, out taxId, out _);

    /// <summary>
    /// Computes the GB 32100-2015 check character (the 18th) of the first 17 characters of a unified social credit code.
    /// </summary>
    /// <param name="first17">The first 17 characters, upper case.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first17"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="first17"/> is not 17 characters of the code's character set.</exception>
    public static char CheckCharacter(string first17)
    {
        Guard.Against.Null(first17);
        if (first17.Length != 17 || InvalidCharacterAt(first17, 17) >= 0)
        {
            throw new ArgumentException($"Expected 17 characters from '{CodeCharacters}'.", nameof(first17));
        }

        return ComputeCheckCharacter(first17);
    }

    /// <inheritdoc />
    public bool Equals(TaxId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaxId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the tax id.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Parses a tax id into a result that says why the text is not one.</summary>
    internal static ParseResult<TaxId> Read(string text) =>
        TryParse(text, out var taxId, out var problem) ? ParseResult<TaxId>.Ok(taxId) : ParseResult<TaxId>.Fail($"'{text}' is not a valid tax id: {problem}");

    private static bool TryParse(string? text, out TaxId taxId, out string problem)
    {
        taxId = default;
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        switch (value.Length)
        {
            case 18:
                var bad = InvalidCharacterAt(value, 18);
                if (bad >= 0)
                {
                    problem = $"'{value[bad]}' at position {bad + 1} is not one of the characters a unified social credit code uses ({CodeCharacters})";
                    return false;
                }

                var check = ComputeCheckCharacter(value);
                if (value[17] != check)
                {
                    problem = $"the check character is '{value[17]}', but the first 17 characters give '{check}'";
                    return false;
                }

                taxId = new TaxId(value, isLegacy: false);
                problem = string.Empty;
                return true;

            case 15 or 20:
                for (var i = 0; i < value.Length; i++)
                {
                    if (value[i] is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
                    {
                        problem = $"'{value[i]}' at position {i + 1} is not an ASCII letter or digit";
                        return false;
                    }
                }

                taxId = new TaxId(value, isLegacy: true);
                problem = string.Empty;
                return true;

            default:
                problem = text is null
                    ? "it is null"
                    : $"it has {value.Length} characters; a unified social credit code has 18, a legacy tax registration number 15 or 20";
                return false;
        }
    }

    private static int InvalidCharacterAt(string value, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (CodeCharacters.IndexOf(value[i]) < 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static char ComputeCheckCharacter(string value)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CodeCharacters.IndexOf(value[i]) * Weights[i];
        }

        return CodeCharacters[(31 - (sum % 31)) % 31];
    }
}
