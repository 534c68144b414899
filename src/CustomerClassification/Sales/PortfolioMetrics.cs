using System.Collections.Generic;
using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// Portfolio metrics of every customer that traded (客户贡献度排名、RFM、回款周期、流失预警), computed once over all of
/// them as of a day: ranks, shares and ABC classes by net sales, RFM quintile scores, DSO by countback, days to pay and
/// churn warnings (see <see cref="CustomerMetrics"/>). Immutable; deterministic: the same documents in any order give the
/// same metrics.
/// <para>
/// RFM scores are quintiles over the customers with a sale in the period, ranked worst to best (longest since the
/// last order, fewest documents, smallest net sales first): the customer at position p (from 0) of n scores ⌈5(p + 1)/n⌉,
/// so the best always scores 5 and the worst 1 once there are five or more; customers with equal values share the score
/// of the first of them, the lower one.
/// </para>
/// <para>
/// The metrics are held column by column, one slot per customer: a million customers' metrics are computed without an
/// object per customer, and a <see cref="CustomerMetrics"/> is made when one is asked for (it compares by its values).
/// </para>
/// </summary>
public sealed class PortfolioMetrics
{
    private readonly MetricColumns _columns;

    private PortfolioMetrics(LocalDate asOf, MetricOptions options, MetricColumns columns)
    {
        AsOf = asOf;
        Options = options;
        _columns = columns;
        Customers = new CustomerList(columns);
    }

    /// <summary>Gets the columns the metrics are read from.</summary>
    internal MetricColumns Columns => _columns;

    /// <summary>Gets the day the metrics are computed as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options they were computed with.</summary>
    public MetricOptions Options { get; }

    /// <summary>Gets the metrics of every customer with documents, settled items or a balance, by sales rank, then code; each is read from the portfolio's columns when asked for.</summary>
    public IReadOnlyList<CustomerMetrics> Customers { get; }

    /// <summary>Gets the net sales of all customers in the period.</summary>
    public decimal TotalNetSales => _columns.Total;

    /// <summary>Computes the metrics.</summary>
    /// <param name="documents">The sales documents; those after <paramref name="asOf"/> or before <see cref="MetricOptions.From"/> are left out. A <see cref="SalesLedger"/> is read in place; other documents are made into one first.</param>
    /// <param name="asOf">The day the metrics are as of.</param>
    /// <param name="options">The options, or null for <see cref="MetricOptions.Default"/>.</param>
    /// <param name="settled">Settled receivables, or null; those paid after <paramref name="asOf"/> or before <see cref="MetricOptions.From"/> are left out.</param>
    /// <param name="balances">Each customer's open receivable balance on <paramref name="asOf"/>, for DSO, or null.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null, or an input holds null.</exception>
    /// <exception cref="ArgumentException"><see cref="MetricOptions.AShare"/> is above <see cref="MetricOptions.BShare"/>, or <see cref="MetricOptions.From"/> is after <paramref name="asOf"/>.</exception>
    public static PortfolioMetrics Compute(
        IEnumerable<SalesDocument> documents,
        LocalDate asOf,
        MetricOptions? options = null,
        IEnumerable<SettledItem>? settled = null,
        IReadOnlyDictionary<string, decimal>? balances = null)
    {
        Guard.Against.Null(documents);
        options ??= MetricOptions.Default;
        if (options.AShare > options.BShare)
        {
            throw new ArgumentException(Messages.Format("AShareAboveBShare", options.AShare, options.BShare), nameof(options));
        }

        if (options.From > asOf)
        {
            throw new ArgumentException(Messages.Format("PeriodReversed", CustomerClassification.Customers.FieldText.Iso(options.From.Value), CustomerClassification.Customers.FieldText.Iso(asOf)), nameof(options));
        }

        return new PortfolioMetrics(asOf, options, MetricColumns.Compute(documents, asOf, options, settled ?? [], balances));
    }

    /// <summary>Finds a customer's metrics.</summary>
    /// <param name="customerCode">The customer code (ordinal).</param>
    /// <returns>The metrics, or null when the customer had no documents, settled items or balance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public CustomerMetrics? Find(string customerCode) =>
        _columns.SlotOf(Guard.Against.Null(customerCode)) is var slot and >= 0 ? new CustomerMetrics(customerCode, _columns, slot) : null;

    /// <summary>Gets a customer's metrics.</summary>
    /// <param name="customerCode">The customer code (ordinal).</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The customer had no documents, settled items or balance.</exception>
    public CustomerMetrics Get(string customerCode) =>
        Find(customerCode) ?? throw new KeyNotFoundException(Messages.Format("NoMetrics", customerCode));

    /// <summary>Gets a customer's metrics, or those of a customer that did not trade: class C, share 0, every other value empty.</summary>
    /// <param name="customerCode">The customer code (ordinal).</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public CustomerMetrics Of(string customerCode) => Find(customerCode) ?? new CustomerMetrics(customerCode);

    // The customers in rank order, each read from its slot when asked for.
    private sealed class CustomerList(MetricColumns columns) : IReadOnlyList<CustomerMetrics>
    {
        public int Count => columns.Order.Length;

        public CustomerMetrics this[int index]
        {
            get
            {
                var slot = columns.Order[Guard.Against.OutOfRange(index, nameof(index), 0, Count - 1)];
                return new CustomerMetrics(columns.CodeAt(slot), columns, slot);
            }
        }

        public IEnumerator<CustomerMetrics> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
