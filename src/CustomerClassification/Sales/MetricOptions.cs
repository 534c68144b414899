using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// How <see cref="PortfolioMetrics"/> are computed: the period, the ABC thresholds, the churn multiple and how far
/// back DSO counts. Immutable; <see cref="Default"/> holds the defaults.
/// </summary>
public sealed record MetricOptions
{
    /// <summary>The defaults: every document up to the as-of day, A up to 80 %, B up to 95 %, churn at twice the usual interval, DSO over 12 months.</summary>
    public static readonly MetricOptions Default = new();

    private readonly decimal _aShare = 0.80m;
    private readonly decimal _bShare = 0.95m;
    private readonly decimal _churnMultiple = 2m;
    private readonly int _countbackMonths = 12;

    /// <summary>Gets the first day of the period, or null to count every document up to the as-of day.</summary>
    public LocalDate? From { get; init; }

    /// <summary>
    /// Gets the share of sales the A customers make (default 0.80): customers ranked by sales, a customer is A when the
    /// customers ranked before it (and those tied with it) make less than this share, B when less than <see cref="BShare"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 (exclusive) to 1 (inclusive); one above <see cref="BShare"/> is refused when metrics are computed.</exception>
    public decimal AShare
    {
        get => _aShare;
        init => _aShare = value > 0m && value <= 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("ShareRange"));
    }

    /// <summary>Gets the share of sales the A and B customers make together (default 0.95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 (exclusive) to 1 (inclusive).</exception>
    public decimal BShare
    {
        get => _bShare;
        init => _bShare = value > 0m && value <= 1m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("ShareRange"));
    }

    /// <summary>
    /// Gets the churn multiple (default 2): a customer is at risk when the days since its last order exceed this many
    /// times its own average interval between orders.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to 1 or less, or more than 100.</exception>
    public decimal ChurnMultiple
    {
        get => _churnMultiple;
        init => _churnMultiple = value > 1m && value <= 100m ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("ChurnMultipleRange"));
    }

    /// <summary>Gets how many calendar months DSO counts back (default 12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 120.</exception>
    public int CountbackMonths
    {
        get => _countbackMonths;
        init => _countbackMonths = value is >= 1 and <= 120 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("CountbackMonthsRange"));
    }
}
