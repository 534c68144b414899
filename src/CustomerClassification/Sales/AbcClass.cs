namespace CustomerClassification.Sales;

/// <summary>A customer's ABC class (ABC分类) by its cumulative share of sales: see <see cref="MetricOptions.AShare"/>.</summary>
public enum AbcClass
{
    /// <summary>The customers that make the first part of sales (80 % by default).</summary>
    A = 1,

    /// <summary>The customers that make the next part (up to 95 % by default).</summary>
    B = 2,

    /// <summary>The rest, and every customer without positive sales.</summary>
    C = 3,
}
