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

    private readonly decimal _sales;
    private readonly decimal _monthlyAverage;
    private readonly decimal _openBalance;
    private readonly LocalDate? _lastOrderOn;
    private readonly int _orderCount;
    private readonly int _maxOverdueDays;

    /// <summary>Gets the sales in the period (销售额).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set beyond T3's money range (±922,337,203,685,477.5807).</exception>
    public decimal Sales { get => _sales; init => _sales = Money.Amount(value, nameof(Sales)); }

    /// <summary>Gets the average monthly purchases of the customer (月均采购额).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set beyond T3's money range.</exception>
    public decimal MonthlyAverage { get => _monthlyAverage; init => _monthlyAverage = Money.Amount(value, nameof(MonthlyAverage)); }

    /// <summary>Gets the number of orders in the period (订单数).</summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int OrderCount { get => _orderCount; init => _orderCount = Guard.Against.Negative(value, nameof(OrderCount)); }

    /// <summary>Gets the date of the last order (最近订货日期), or null when there was none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a day outside 1753-01-01 to 9999-12-31 (T3's date range).</exception>
    public LocalDate? LastOrderOn { get => _lastOrderOn; init => _lastOrderOn = Money.Day(value, nameof(LastOrderOn)); }

    /// <summary>Gets the most days any receivable of the customer is or was overdue (最长逾期天数).</summary>
    /// <exception cref="ArgumentException">Set to a negative number.</exception>
    public int MaxOverdueDays { get => _maxOverdueDays; init => _maxOverdueDays = Guard.Against.Negative(value, nameof(MaxOverdueDays)); }

    /// <summary>Gets the open receivable balance (应收余额); negative for a prepayment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set beyond T3's money range.</exception>
    public decimal OpenBalance { get => _openBalance; init => _openBalance = Money.Amount(value, nameof(OpenBalance)); }
}
