namespace CustomerClassification.Rules;

/// <summary>What one characteristic gave a customer: the value read, the bin it fell in and the points. Immutable.</summary>
public sealed record CharacteristicScore
{
    internal CharacteristicScore(string field, decimal? value, ScorecardBin? bin)
    {
        Field = field;
        Value = value;
        Bin = bin;
    }

    /// <summary>Gets the field, as the scorecard names it.</summary>
    public string Field { get; }

    /// <summary>Gets the value read, or null when the field was empty.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the bin the value fell in, or null.</summary>
    public ScorecardBin? Bin { get; }

    /// <summary>Gets the points: the bin's, or 0.</summary>
    public decimal Points => Bin?.Points ?? 0m;
}
