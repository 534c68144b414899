namespace CustomerClassification.Rules;

/// <summary>How a scorecard suggests a credit limit (建议信用额度): a multiple of the customer's monthly sales (月均采购额), capped. Immutable.</summary>
public sealed record SuggestedLimit
{
    /// <summary>Creates the rule.</summary>
    /// <param name="multipleOfMonthlySales">The multiple, 0 or more, such as 3 for three months of purchases.</param>
    /// <param name="cap">The highest limit suggested, or null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The multiple is negative or above 1,000, or the cap is negative or beyond T3's money range.</exception>
    public SuggestedLimit(decimal multipleOfMonthlySales, decimal? cap = null)
    {
        MultipleOfMonthlySales = multipleOfMonthlySales is >= 0m and <= 1_000m ? multipleOfMonthlySales : throw new ArgumentOutOfRangeException(nameof(multipleOfMonthlySales), multipleOfMonthlySales, Messages.Get("MultipleRange"));
        Cap = Money.Limit(cap, nameof(cap));
    }

    /// <summary>Gets the multiple of monthly sales.</summary>
    public decimal MultipleOfMonthlySales { get; }

    /// <summary>Gets the cap, or null.</summary>
    public decimal? Cap { get; }

    /// <summary>Gets the limit suggested for a monthly sales figure: the multiple of it (0 for negative sales), at most the cap, rounded to whole yuan.</summary>
    /// <param name="monthlySales">The customer's average monthly purchases.</param>
    /// <returns>The suggested limit.</returns>
    public decimal For(decimal monthlySales)
    {
        var limit = Math.Round(Math.Max(monthlySales, 0m) * MultipleOfMonthlySales, 0, MidpointRounding.AwayFromZero);
        return Cap is { } cap ? Math.Min(limit, cap) : Math.Min(limit, Money.Max);
    }
}
