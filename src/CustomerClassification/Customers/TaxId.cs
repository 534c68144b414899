using System.Linq;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// A tax id (税号). 18 characters: a unified social credit code (统一社会信用代码) under GB 32100-2015, whose
/// character set and check character are verified, or an individual's resident identity number (居民身份证号)
/// under GB 11643-1999, whose province, birth date and check character are verified. 15 or 20 characters: a legacy
/// tax registration number (税务登记号) from before the unified codes, accepted as ASCII letters and digits and marked
/// <see cref="IsLegacy"/>. <see cref="Kind"/> tells which; a unified code and a resident id are decoded (the
/// administrative division, the registration authority and organisation type, the birth date). Letters are stored
/// in upper case; full-width characters and spaces pasted into an id are normalised away.
/// </summary>
/// <remarks><c>default(TaxId)</c> is not a tax id: its <see cref="Value"/> is empty. Use <see cref="Parse"/>.</remarks>
public readonly struct TaxId : IEquatable<TaxId>
{
    /// <summary>The characters of a unified social credit code, in the order of their values 0 to 30 (no I, O, S, V, Z).</summary>
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015: weight of positions 1 to 17 (3^(i-1) mod 31).
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private readonly string? _value;

    // GB 11643-1999 (ISO 7064 MOD 11-2): weight of positions 1 to 17, and the check character for each remainder.
    private static readonly int[] ResidentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string ResidentChecks = "10X98765432";

    // GB/T 2260 province-level codes, the first two digits of a resident id.
    private static readonly string[] Provinces =
        ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"];

    private TaxId(string value, TaxIdKind kind)
    {
        _value = value;
        Kind = kind;
    }

    /// <summary>Gets the tax id in upper case, or an empty string for <c>default(TaxId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets what the tax id is; 0 for <c>default(TaxId)</c>.</summary>
    public TaxIdKind Kind { get; }

    /// <summary>Gets a value indicating whether this is a legacy 15- or 20-character tax registration number.</summary>
    public bool IsLegacy => Kind is TaxIdKind.Legacy15 or TaxIdKind.Legacy20;

    /// <summary>
    /// Gets the six-digit administrative division (行政区划码, GB/T 2260): of the registration authority for a unified
    /// social credit code (characters 3 to 8), of the place of registration for a resident id (characters 1 to 6);
    /// null for a legacy number.
    /// </summary>
    public string? AdministrativeDivision => Kind switch
    {
        TaxIdKind.UnifiedSocialCreditCode => Value.Substring(2, 6),
        TaxIdKind.ResidentId => Value.Substring(0, 6),
        _ => null,
    };

    /// <summary>Gets the registration authority (登记管理部门) of a unified social credit code, such as <c>工商</c> or <c>民政</c>; null for other kinds.</summary>
    public string? RegistrationAuthority => Kind == TaxIdKind.UnifiedSocialCreditCode ? Authority(Value[0]) : null;

    /// <summary>
    /// Gets the organisation type (机构类别) of a unified social credit code, such as <c>企业</c>, <c>个体工商户</c> or
    /// <c>社会团体</c>; null for other kinds or a type the standard does not name for that authority.
    /// </summary>
    public string? OrganisationType => Kind == TaxIdKind.UnifiedSocialCreditCode ? OrganisationTypeOf(Value[0], Value[1]) : null;

    /// <summary>Gets the birth date in a resident id; null for other kinds.</summary>
    public LocalDate? BirthDate => Kind == TaxIdKind.ResidentId ? BirthDateIn(Value) : null;

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
        TryParse(text, out var taxId, out var problem) ? ParseResult<TaxId>.Ok(taxId) : ParseResult<TaxId>.Fail(Messages.Format("NotTaxId", text, problem));

    private static bool TryParse(string? text, out TaxId taxId, out string problem)
    {
        taxId = default;
        var value = Normalised(text);
        switch (value.Length)
        {
            case 18 when ResidentProblem(value) is { } residentProblem:
                if (residentProblem.Length == 0)
                {
                    taxId = new TaxId(value, TaxIdKind.ResidentId);
                    problem = string.Empty;
                    return true;
                }

                problem = residentProblem;
                return false;

            case 18:
                var bad = InvalidCharacterAt(value, 18);
                if (bad >= 0)
                {
                    problem = Messages.Format("TaxIdCharacter", value[bad], bad + 1, CodeCharacters);
                    return false;
                }

                var check = ComputeCheckCharacter(value);
                if (value[17] != check)
                {
                    problem = Messages.Format("TaxIdCheck", value[17], check);
                    return false;
                }

                taxId = new TaxId(value, TaxIdKind.UnifiedSocialCreditCode);
                problem = string.Empty;
                return true;

            case 15 or 20:
                for (var i = 0; i < value.Length; i++)
                {
                    if (value[i] is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
                    {
                        problem = Messages.Format("TaxIdAscii", value[i], i + 1);
                        return false;
                    }
                }

                taxId = new TaxId(value, value.Length == 15 ? TaxIdKind.Legacy15 : TaxIdKind.Legacy20);
                problem = string.Empty;
                return true;

            default:
                problem = text is null
                    ? Messages.Get("TaxIdNull")
                    : Messages.Format("TaxIdLength", value.Length);
                return false;
        }
    }

    // Full-width letters and digits (Ａ, ０) as ASCII, spaces (also the ideographic one) dropped, letters upper case.
    private static string Normalised(string? text)
    {
        // Most ids are stored normalised already (snapshots, T3's exports): no copy for them.
        if (text is { } plain && plain.All(c => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z')))
        {
            return plain;
        }

        var folded = new System.Text.StringBuilder(text?.Length ?? 0);
        foreach (var c in text ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c))
            {
                folded.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
            }
        }

        return folded.ToString().ToUpperInvariant();
    }

    /// <summary>
    /// Null when the text does not look like a resident id (17 digits and a digit or X, a province, a real birth date);
    /// empty when it is a valid one; otherwise why its check character is wrong.
    /// </summary>
    private static string? ResidentProblem(string value)
    {
        for (var i = 0; i < 17; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return null;
            }
        }

        if (value[17] is not ((>= '0' and <= '9') or 'X') || Array.IndexOf(Provinces, value.Substring(0, 2)) < 0 || BirthDateIn(value) is null)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * ResidentWeights[i];
        }

        var check = ResidentChecks[sum % 11];
        return value[17] == check ? string.Empty : Messages.Format("ResidentIdCheck", value[17], check);
    }

    private static LocalDate? BirthDateIn(string value)
    {
        var year = Digits(value, 6, 4);
        var month = Digits(value, 10, 2);
        var day = Digits(value, 12, 2);
        return year >= 1800 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    // The number the digits at start spell; the caller has checked they are digits.
    private static int Digits(string value, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            number = (number * 10) + (value[i] - '0');
        }

        return number;
    }

    // GB 32100-2015, table 1: registration authorities; table 2: organisation types by authority.
    private static string? Authority(char code) => code switch
    {
        '1' => "机构编制",
        '5' => "民政",
        '9' => "工商",
        'Y' => "其他",
        _ => null,
    };

    private static string? OrganisationTypeOf(char authority, char type) => (authority, type) switch
    {
        ('1', '1') => "机关",
        ('1', '2') => "事业单位",
        ('1', '3') => "中央编办直接管理机构编制的群众团体",
        ('5', '1') => "社会团体",
        ('5', '2') => "民办非企业单位",
        ('5', '3') => "基金会",
        ('9', '1') => "企业",
        ('9', '2') => "个体工商户",
        ('9', '3') => "农民专业合作社",
        ('1' or '5' or 'Y', _) => "其他",
        _ => null,
    };

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
