using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace CustomerClassification.Coding;

/// <summary>
/// A coding scheme (编码方案 / 编码级次): the length of each level of a hierarchical code. Under <c>2-3-4</c>
/// a level-1 code has 2 characters, a level-2 code 5 (its parent's 2 plus 3) and a level-3 code 9.
/// Immutable; two schemes are equal when their level lengths are equal.
/// </summary>
/// <remarks>
/// A code fits a scheme when its length is one of the cumulative lengths and every character is an
/// ASCII letter or digit; its level is the index of that length. Codes compare ordinally (case-sensitive),
/// so that the ordinal order of the codes of a tree is its pre-order.
/// </remarks>
public sealed class CodingScheme : IEquatable<CodingScheme>
{
    private readonly int[] _levels;

    // _cumulative[i] is the length of a code at level i + 1.
    private readonly int[] _cumulative;

    /// <summary>Creates a scheme from its level lengths, within <see cref="CodingLimits.CustomerCategory"/>.</summary>
    /// <param name="levels">The length of each level, level 1 first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The levels break the limits: no level, too many levels, a level shorter than 1 or too long, or too long in all.</exception>
    public CodingScheme(IEnumerable<int> levels)
        : this(levels, CodingLimits.CustomerCategory)
    {
    }

    /// <summary>Creates a scheme from its level lengths, within the given limits.</summary>
    /// <param name="levels">The length of each level, level 1 first.</param>
    /// <param name="limits">The limits the scheme must respect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The levels break the limits: no level, too many levels, a level shorter than 1 or too long, or too long in all.</exception>
    public CodingScheme(IEnumerable<int> levels, CodingLimits limits)
    {
        Guard.Against.Null(levels);
        Guard.Against.Null(limits);
        var copy = levels.ToArray();
        if (LimitProblem(copy, limits) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), problem);
        }

        _levels = copy;
        _cumulative = Cumulate(copy);
        Levels = new ReadOnlyCollection<int>(_levels);
    }

    /// <summary>Gets the length of each level, level 1 first.</summary>
    public IReadOnlyList<int> Levels { get; }

    /// <summary>Gets the number of levels.</summary>
    public int LevelCount => _levels.Length;

    /// <summary>Gets the length of a code at the deepest level (the sum of all level lengths).</summary>
    public int TotalLength => _cumulative[_cumulative.Length - 1];

    /// <summary>Equality by level lengths.</summary>
    /// <param name="left">The first scheme.</param>
    /// <param name="right">The second scheme.</param>
    /// <returns>True when both are null or have the same level lengths.</returns>
    public static bool operator ==(CodingScheme? left, CodingScheme? right) => Equals(left, right);

    /// <summary>Inequality by level lengths.</summary>
    /// <param name="left">The first scheme.</param>
    /// <param name="right">The second scheme.</param>
    /// <returns>True when exactly one is null or their level lengths differ.</returns>
    public static bool operator !=(CodingScheme? left, CodingScheme? right) => !Equals(left, right);

    /// <summary>
    /// Parses a scheme within <see cref="CodingLimits.CustomerCategory"/>, written canonically (<c>2-3-4</c>)
    /// or compactly with one digit per level (<c>234</c>). White space around the text is ignored.
    /// </summary>
    /// <param name="text">The scheme as text.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a scheme, or the scheme breaks the limits; the message says which.</exception>
    public static CodingScheme Parse(string text) => Parse(text, CodingLimits.CustomerCategory);

    /// <summary>
    /// Parses a scheme within the given limits, written canonically (<c>2-3-4</c>) or compactly with one
    /// digit per level (<c>234</c>). White space around the text is ignored.
    /// </summary>
    /// <param name="text">The scheme as text.</param>
    /// <param name="limits">The limits the scheme must respect.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a scheme, or the scheme breaks the limits; the message says which.</exception>
    public static CodingScheme Parse(string text, CodingLimits limits)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(limits);
        return Read(text, limits).GetValueOrThrow();
    }

    /// <summary>Parses a scheme within limits into a result that says why the text is not one.</summary>
    internal static ParseResult<CodingScheme> Read(string text, CodingLimits limits) =>
        TryParse(text, limits, out var scheme, out var problem)
            ? ParseResult<CodingScheme>.Ok(scheme)
            : ParseResult<CodingScheme>.Fail(Messages.Format("NotScheme", text, problem.TrimEnd('.')));

    /// <summary>Parses a scheme within <see cref="CodingLimits.CustomerCategory"/> without throwing.</summary>
    /// <param name="text">The scheme as text (<c>2-3-4</c> or <c>234</c>); null gives false.</param>
    /// <param name="scheme">The scheme, or null when the text is not a valid scheme.</param>
    /// <returns>True when the text is a valid scheme.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CodingScheme? scheme) =>
        TryParse(text, CodingLimits.CustomerCategory, out scheme);

    /// <summary>Parses a scheme within the given limits without throwing.</summary>
    /// <param name="text">The scheme as text (<c>2-3-4</c> or <c>234</c>); null gives false.</param>
    /// <param name="limits">The limits the scheme must respect.</param>
    /// <param name="scheme">The scheme, or null when the text is not a valid scheme.</param>
    /// <returns>True when the text is a valid scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, CodingLimits limits, [NotNullWhen(true)] out CodingScheme? scheme)
    {
        Guard.Against.Null(limits);
        return TryParse(text, limits, out scheme, out _);
    }

    /// <summary>
    /// Tells whether a code fits this scheme: its length is the length of one of the levels and every
    /// character is an ASCII letter or digit (no spaces, separators or full-width characters).
    /// </summary>
    /// <param name="code">The code; null gives false.</param>
    /// <returns>True when the code fits.</returns>
    public bool Fits([NotNullWhen(true)] string? code) => code is not null && Misfit(code) is null;

    /// <summary>Gets the 1-based level of a code that fits this scheme.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The level, 1 for a top-level code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code does not fit this scheme; the message says why.</exception>
    public int LevelOf(string code)
    {
        EnsureFits(code);
        return LevelOfLength(code.Length);
    }

    /// <summary>Gets the code of the parent of a code that fits this scheme: the code minus its last level.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The parent code, or null for a level-1 code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The code does not fit this scheme; the message says why.</exception>
    public string? ParentOf(string code)
    {
        EnsureFits(code);
        return ParentOfFitting(code);
    }

    /// <summary>Gets the length of a code at a level: the sum of the lengths of that level and those above it.</summary>
    /// <param name="level">The 1-based level.</param>
    /// <returns>The code length at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not between 1 and <see cref="LevelCount"/>.</exception>
    public int CodeLength(int level)
    {
        Guard.Against.OutOfRange(level, nameof(level), 1, LevelCount);
        return _cumulative[level - 1];
    }

    /// <summary>Returns the canonical text of the scheme, such as <c>2-3-4</c>.</summary>
    /// <returns>The level lengths joined by hyphens.</returns>
    public override string ToString() => string.Join("-", _levels.Select(l => l.ToString(CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public bool Equals(CodingScheme? other) =>
        other is not null && (ReferenceEquals(this, other) || _levels.SequenceEqual(other._levels));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CodingScheme);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var level in _levels)
        {
            hash = unchecked((hash * 31) + level);
        }

        return hash;
    }

    /// <summary>Gets the parent of a code already known to fit, without checking it again.</summary>
    internal string? ParentOfFitting(string code)
    {
        var level = LevelOfLength(code.Length);
        return level == 1 ? null : code.Substring(0, _cumulative[level - 2]);
    }

    /// <summary>Says why a non-null code does not fit, or returns null when it fits.</summary>
    internal string? Misfit(string code)
    {
        if (LevelOfLength(code.Length) == 0)
        {
            var lengths = string.Join(", ", _cumulative.Select(l => l.ToString(CultureInfo.InvariantCulture)));
            return Messages.Format("CodeLength", code, code.Length, this, lengths);
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (!IsCodeCharacter(code[i]))
            {
                return Messages.Format("CodeCharacter", code, code[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>Gets the level whose codes have this length, or 0 when no level has it.</summary>
    internal int LevelOfLength(int length)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (_cumulative[i] == length)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Tells whether a character may stand in a code: an ASCII letter or digit.</summary>
    internal static bool IsCodeCharacter(char c) => c is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static int[] Cumulate(int[] levels)
    {
        var cumulative = new int[levels.Length];
        var total = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            total += levels[i];
            cumulative[i] = total;
        }

        return cumulative;
    }

    private static string? LimitProblem(int[] levels, CodingLimits limits)
    {
        if (levels.Length == 0)
        {
            return Messages.Get("SchemeNoLevels");
        }

        if (levels.Length > limits.MaxLevels)
        {
            return Messages.Format("TooManyLevels", levels.Length, limits.MaxLevels);
        }

        var total = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] < 1 || levels[i] > limits.MaxLevelLength)
            {
                return Messages.Format("LevelLength", i + 1, levels[i], limits.MaxLevelLength);
            }

            total += levels[i];
        }

        return total > limits.MaxTotalLength
            ? Messages.Format("TotalLength", total, limits.MaxTotalLength)
            : null;
    }

    private static bool TryParse(string? text, CodingLimits limits, [NotNullWhen(true)] out CodingScheme? scheme, out string problem)
    {
        scheme = null;
        if (text is null)
        {
            problem = Messages.Get("SchemeNull");
            return false;
        }

        if (ParseLevels(text.Trim(), out problem) is not { } levels)
        {
            return false;
        }

        if (LimitProblem(levels, limits) is { } limitProblem)
        {
            problem = limitProblem;
            return false;
        }

        scheme = new CodingScheme(levels, limits);
        return true;
    }

    private static int[]? ParseLevels(string text, out string problem)
    {
        problem = string.Empty;
        if (text.Length == 0)
        {
            problem = Messages.Get("SchemeEmpty");
            return null;
        }

        // Compact form: one digit per level.
        if (text.IndexOf('-') < 0)
        {
            var compact = new int[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    problem = Messages.Format("SchemeDigit", text[i], i + 1);
                    return null;
                }

                compact[i] = text[i] - '0';
            }

            return compact;
        }

        var parts = text.Split('-');
        var levels = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || part.Length > 2 || part.Any(c => c is < '0' or > '9'))
            {
                problem = part.Length == 0
                    ? Messages.Format("LevelEmpty", i + 1)
                    : Messages.Format("LevelNotLength", i + 1, part, CodingLimits.LevelLengthCeiling);
                return null;
            }

            levels[i] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return levels;
    }

    private void EnsureFits(string code)
    {
        Guard.Against.Null(code);
        if (Misfit(code) is { } problem)
        {
            throw new ArgumentException(Messages.Format("CodeMisfitScheme", this, problem), nameof(code));
        }
    }
}
