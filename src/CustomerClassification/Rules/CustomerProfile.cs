using System.Globalization;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// What a rule sees of one customer on one day: the archive record, the host's trading statistics and the
/// values derived from them as of that day (<see cref="Years"/> of cooperation, <see cref="MonthsSinceDeveloped"/>,
/// <see cref="DaysSinceLastOrder"/>). Immutable; the derived values are computed once, here, so that
/// evaluating rules reads fields only.
/// </summary>
public sealed class CustomerProfile
{
    // With metrics: the customer's standing (what most metric fields read) and, for the rest, its metrics, made from the
    // portfolio's slot when first read, so that a run over a million customers makes no metrics object for rules that
    // read standings only.
    private readonly PortfolioMetrics? _portfolio;
    private readonly int _slot;
    private CustomerMetrics? _metrics;

    /// <summary>Creates a profile.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="stats">The customer's trading statistics; <see cref="TradingStats.None"/> when it did not trade.</param>
    /// <param name="asOf">The day the rules are evaluated on: it decides derived values and which rules are in their validity period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="stats"/> is null.</exception>
    /// <exception cref="ArgumentException">The last order is after <paramref name="asOf"/>.</exception>
    public CustomerProfile(Customer customer, TradingStats stats, LocalDate asOf)
    {
        Customer = Guard.Against.Null(customer);
        Stats = Guard.Against.Null(stats);
        AsOf = asOf;
        if (stats.LastOrderOn is { } lastOrder)
        {
            DaysSinceLastOrder = lastOrder <= asOf
                ? Period.DaysBetween(lastOrder, asOf)
                : throw new ArgumentException(Messages.Format("LastOrderAfterAsOf", customer.Code, lastOrder.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), nameof(stats));
        }

        if (customer.DevelopedOn is { } developed && developed <= asOf)
        {
            MonthsSinceDeveloped = Period.Between(developed, asOf, PeriodUnits.Months).Months;
            Years = MonthsSinceDeveloped / 12;
        }

        IsDeactivated = customer.IsDeactivatedOn(asOf);
    }

    /// <summary>Creates a profile with the customer's portfolio metrics, for rule sets compiled with metrics.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="stats">The customer's trading statistics; <see cref="TradingStats.None"/> when it did not trade.</param>
    /// <param name="asOf">The day the rules are evaluated on.</param>
    /// <param name="metrics">The customer's metrics (<see cref="PortfolioMetrics.Of"/>), computed as of the same day.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The last order is after <paramref name="asOf"/>, or the metrics are of another customer.</exception>
    public CustomerProfile(Customer customer, TradingStats stats, LocalDate asOf, CustomerMetrics metrics)
        : this(customer, stats, asOf)
    {
        _metrics = Guard.Against.Null(metrics);
        (HasMetrics, MetricStanding) = (true, metrics.Standing);
        if (!string.Equals(metrics.CustomerCode, customer.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException(Messages.Format("MetricsOfAnotherCustomer", metrics.CustomerCode, customer.Code), nameof(metrics));
        }
    }

    /// <summary>Creates a profile with the customer's metrics when there are any: what a run with or without portfolio metrics evaluates.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="stats">The customer's trading statistics; <see cref="TradingStats.None"/> when it did not trade.</param>
    /// <param name="asOf">The day the rules are evaluated on.</param>
    /// <param name="metrics">The portfolio metrics of the run, or null for a profile without them.</param>
    /// <returns>The profile, carrying <see cref="PortfolioMetrics.Of"/> of the customer's code when <paramref name="metrics"/> is given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> or <paramref name="stats"/> is null.</exception>
    /// <exception cref="ArgumentException">The last order is after <paramref name="asOf"/>.</exception>
    public static CustomerProfile Of(Customer customer, TradingStats stats, LocalDate asOf, PortfolioMetrics? metrics) =>
        metrics is null ? new CustomerProfile(customer, stats, asOf) : new CustomerProfile(customer, stats, asOf, metrics, metrics.Columns.SlotOf(Guard.Against.Null(customer).Code));

    // A profile of a run with metrics: the customer's slot in them, or -1 when it did not trade.
    private CustomerProfile(Customer customer, TradingStats stats, LocalDate asOf, PortfolioMetrics metrics, int slot)
        : this(customer, stats, asOf)
    {
        (_portfolio, _slot, HasMetrics) = (metrics, slot, true);
        MetricStanding = slot >= 0 ? metrics.Columns.StandingAt(slot) : default;
    }

    /// <summary>Gets the customer.</summary>
    public Customer Customer { get; }

    /// <summary>Gets the trading statistics.</summary>
    public TradingStats Stats { get; }

    /// <summary>Gets the day the rules are evaluated on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the whole years of cooperation since <see cref="Customer.DevelopedOn"/> (合作年限), or null without a development date or before it.</summary>
    public int? Years { get; }

    /// <summary>Gets the whole months since <see cref="Customer.DevelopedOn"/> (合作月数), or null without a development date or before it.</summary>
    public int? MonthsSinceDeveloped { get; }

    /// <summary>Gets the days since the last order (未订货天数), or null when there was none.</summary>
    public int? DaysSinceLastOrder { get; }

    /// <summary>Gets the customer's portfolio metrics, or null for a profile made without them (metric fields then read empty).</summary>
    public CustomerMetrics? Metrics => _metrics ??= _portfolio is null ? null : _slot >= 0 ? new CustomerMetrics(Customer.Code, _portfolio.Columns, _slot) : new CustomerMetrics(Customer.Code);

    /// <summary>Gets a value indicating whether the profile carries metrics (<see cref="Metrics"/> is not null).</summary>
    internal bool HasMetrics { get; }

    /// <summary>Gets the customer's standing among the metrics: rank, class, RFM scores and churn, read by rules without <see cref="Metrics"/>.</summary>
    internal MetricColumns.Standing MetricStanding { get; }

    /// <summary>Gets a value indicating whether the customer is deactivated on <see cref="AsOf"/> (已停用).</summary>
    public bool IsDeactivated { get; }
}
