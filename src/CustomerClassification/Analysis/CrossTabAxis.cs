using CustomerClassification.Customers;

namespace CustomerClassification.Analysis;

/// <summary>One side of a <see cref="SalesCrossTab"/>: a dimension and the level its categories are shown at. Immutable.</summary>
public sealed record CrossTabAxis
{
    /// <summary>Creates an axis.</summary>
    /// <param name="dimension">The dimension (客户分类, 地区分类 or a further dimension; Chinese aliases accepted).</param>
    /// <param name="level">The level shown, 1 for the roots: a deeper category counts under its ancestor at this level, a leaf above it as itself.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is less than 1.</exception>
    public CrossTabAxis(string dimension, int level = 1)
    {
        Dimension = DimensionNames.Canonical(Guard.Against.Null(dimension));
        Level = Guard.Against.OutOfRange(level, nameof(level), 1, int.MaxValue);
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the level shown.</summary>
    public int Level { get; }
}
