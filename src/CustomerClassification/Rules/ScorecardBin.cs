namespace CustomerClassification.Rules;

/// <summary>
/// One bin of a scorecard characteristic: values from <see cref="From"/> (inclusive) up to <see cref="To"/> (exclusive)
/// score <see cref="Points"/>; either end may be open. Immutable.
/// </summary>
public sealed record ScorecardBin
{
    /// <summary>Creates a bin.</summary>
    /// <param name="from">The lowest value in the bin (inclusive), or null for no lower end.</param>
    /// <param name="to">The first value above the bin (exclusive), or null for no upper end.</param>
    /// <param name="points">The points a value in the bin scores.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not above <paramref name="from"/>.</exception>
    public ScorecardBin(decimal? from, decimal? to, decimal points)
    {
        From = from;
        To = to;
        Points = from is { } f && to is { } t && t <= f ? throw new ArgumentException(Messages.Format("BinReversed", f, t), nameof(to)) : points;
    }

    /// <summary>Gets the lowest value in the bin, or null.</summary>
    public decimal? From { get; }

    /// <summary>Gets the first value above the bin, or null.</summary>
    public decimal? To { get; }

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }

    /// <summary>Gets a value indicating whether a value falls in the bin.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when <see cref="From"/> ≤ value &lt; <see cref="To"/>.</returns>
    public bool Holds(decimal value) => (From is not { } f || value >= f) && (To is not { } t || value < t);

    /// <summary>Returns the bin as <c>[50,000, 100,000)</c>, an open end as <c>(-∞</c> or <c>∞)</c>.</summary>
    /// <returns>The bin as text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{(From is { } f ? "[" + f.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "(-∞")}, {(To is { } t ? t.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "∞")})");
}
