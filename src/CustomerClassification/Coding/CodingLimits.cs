namespace CustomerClassification.Coding;

/// <summary>
/// The bounds a <see cref="CodingScheme"/> must respect: how many levels, how long one level may be,
/// and how long a whole code may be. T3/U8 sets these per kind of archive; <see cref="CustomerCategory"/>
/// holds the values of the customer category (客户分类) scheme.
/// </summary>
public sealed record CodingLimits
{
    /// <summary>The largest length of one level: a level is written as one digit in the compact form (<c>234</c>).</summary>
    public const int LevelLengthCeiling = 9;

    /// <summary>The largest number of levels any scheme may have.</summary>
    public const int LevelCountCeiling = 9;

    /// <summary>
    /// The limits of T3/U8's customer category scheme (客户分类编码级次): at most 5 levels, each 1 to 9
    /// characters, at most 12 characters in all.
    /// </summary>
    public static CodingLimits CustomerCategory { get; } = new(5, 9, 12);

    /// <summary>Creates limits.</summary>
    /// <param name="maxLevels">The most levels a scheme may have, 1 to <see cref="LevelCountCeiling"/>.</param>
    /// <param name="maxLevelLength">The longest one level may be, 1 to <see cref="LevelLengthCeiling"/>.</param>
    /// <param name="maxTotalLength">The longest a whole code may be, 1 to <paramref name="maxLevels"/> × <paramref name="maxLevelLength"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public CodingLimits(int maxLevels, int maxLevelLength, int maxTotalLength)
    {
        MaxLevels = Guard.Against.OutOfRange(maxLevels, nameof(maxLevels), 1, LevelCountCeiling);
        MaxLevelLength = Guard.Against.OutOfRange(maxLevelLength, nameof(maxLevelLength), 1, LevelLengthCeiling);
        MaxTotalLength = Guard.Against.OutOfRange(maxTotalLength, nameof(maxTotalLength), 1, maxLevels * maxLevelLength);
    }

    /// <summary>Gets the most levels a scheme may have.</summary>
    public int MaxLevels { get; }

    /// <summary>Gets the longest one level may be.</summary>
    public int MaxLevelLength { get; }

    /// <summary>Gets the longest a whole code may be (the sum of all level lengths).</summary>
    public int MaxTotalLength { get; }

    /// <summary>Returns the limits as <c>levels ≤ 5, level ≤ 9, total ≤ 12</c>.</summary>
    /// <returns>The limits as text.</returns>
    public override string ToString() => $"levels ≤ {MaxLevels}, level ≤ {MaxLevelLength}, total ≤ {MaxTotalLength}";
}
