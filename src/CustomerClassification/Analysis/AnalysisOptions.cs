using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Analysis;

/// <summary>
/// How documents are grouped for analysis by category: the dimension, whether each document counts under the
/// category in force on its date or today's, the time zone whose days the change log's instants fall on, and how far
/// back DSO counts. Immutable; <see cref="Default"/> holds the defaults.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: 客户分类, in force on each document's date, China Standard Time, DSO over 12 months.</summary>
    public static readonly AnalysisOptions Default = new();

    private readonly string _dimension = DimensionNames.Category;
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly CategoryBasis _basis = CategoryBasis.InForce;
    private readonly int _countbackMonths = 12;

    /// <summary>Gets the dimension analysed (default <see cref="DimensionNames.Category"/>); a Chinese alias is accepted.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Dimension { get => _dimension; init => _dimension = DimensionNames.Canonical(Guard.Against.Null(value)); }

    /// <summary>Gets the category basis (default <see cref="CategoryBasis.InForce"/>).</summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    public CategoryBasis Basis { get => _basis; init => _basis = Guard.Against.EnumOutOfRange(value); }

    /// <summary>Gets the zone whose calendar day a logged reclassification counts from (default <c>Asia/Shanghai</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone Zone { get => _zone; init => _zone = Guard.Against.Null(value); }

    /// <summary>Gets how many calendar months DSO counts back from the end of the period (default 12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 120.</exception>
    public int CountbackMonths
    {
        get => _countbackMonths;
        init => _countbackMonths = value is >= 1 and <= 120 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("CountbackMonthsRange"));
    }
}
