using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Trading statistics of one customer for a period, supplied by the host (the archive holds no transactions):
/// what rules read as <c>sales</c>, <c>monthlyAverage</c>, <c>orderCount</c>, <c>lastOrderOn</c>,
/// <c>maxOverdueDays</c> and <c>openBalance</c>. Immutable; amounts may be negative (returns, prepayments),
/// counts and days may not.
/// </summary>
public sealed record TradingStats
{
    /// <summary>Statistics of a customer without trading in the period: all zero, no last order.</summary>
    public static readonly TradingStats None = new();

    private readonly int _orderCount;
    private readonly int _maxOverdueDays;

    /// <summary>Gets the sales in the period (销售额).</summary>
    public decimal Sales { get; init; }

    /// <summary>Gets the average monthly purchases of the customer (月均采购额).</summary>
    public decimal MonthlyAverage { get; init; }

    /// <summary>Gets the number of orders in the period (订单数).</summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int OrderCount { get => _orderCount; init => _orderCount = Guard.Against.Negative(value, nameof(OrderCount)); }

    /// <summary>Gets the date of the last order (最近订货日期), or null when there was none.</summary>
    public LocalDate? LastOrderOn { get; init; }

    /// <summary>Gets the most days any receivable of the customer is or was overdue (最长逾期天数).</summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int MaxOverdueDays { get => _maxOverdueDays; init => _maxOverdueDays = Guard.Against.Negative(value, nameof(MaxOverdueDays)); }

    /// <summary>Gets the open receivable balance (应收余额); negative for a prepayment.</summary>
    public decimal OpenBalance { get; init; }
}
