using System.Collections.Generic;
using System.Linq;
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
/// </summary>
public sealed class PortfolioMetrics
{
    private readonly Dictionary<string, CustomerMetrics> _byCode;

    private PortfolioMetrics(LocalDate asOf, MetricOptions options, CustomerMetrics[] customers, decimal totalSales)
    {
        AsOf = asOf;
        Options = options;
        Customers = ReadOnly.Of(customers);
        TotalNetSales = totalSales;
        _byCode = new Dictionary<string, CustomerMetrics>(customers.Length, StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            _byCode.Add(customer.CustomerCode, customer);
        }
    }

    /// <summary>Gets the day the metrics are computed as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the options they were computed with.</summary>
    public MetricOptions Options { get; }

    /// <summary>Gets the metrics of every customer with documents, settled items or a balance, by sales rank, then code.</summary>
    public IReadOnlyList<CustomerMetrics> Customers { get; }

    /// <summary>Gets the net sales of all customers in the period.</summary>
    public decimal TotalNetSales { get; }

    /// <summary>Computes the metrics.</summary>
    /// <param name="documents">The sales documents; those after <paramref name="asOf"/> or before <see cref="MetricOptions.From"/> are left out.</param>
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

        var tally = new Tally(asOf, options, balances);
        tally.Add(documents);
        tally.Add(settled ?? []);
        var customers = tally.Metrics(out var total);
        return new PortfolioMetrics(asOf, options, customers, total);
    }

    /// <summary>Finds a customer's metrics.</summary>
    /// <param name="customerCode">The customer code (ordinal).</param>
    /// <returns>The metrics, or null when the customer had no documents, settled items or balance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public CustomerMetrics? Find(string customerCode) => _byCode.TryGetValue(Guard.Against.Null(customerCode), out var metrics) ? metrics : null;

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

    // One pass over the inputs into per-customer sums, then the portfolio-wide rankings.
    private sealed class Tally(LocalDate asOf, MetricOptions options, IReadOnlyDictionary<string, decimal>? balances)
    {
        private readonly Dictionary<string, Sums> _sums = new(StringComparer.Ordinal);
        private readonly LocalDate _from = options.From ?? LocalDate.MinIsoValue;

        public void Add(IEnumerable<SalesDocument> documents)
        {
            foreach (var document in documents)
            {
                Guard.Against.Null(document, nameof(documents));
                if (document.Date > asOf || document.Date < _from)
                {
                    continue;
                }

                var sums = Of(document.CustomerCode);
                sums.NetSales += document.NetAmount;
                sums.HasDocuments = true;
                if (sums.Months is { } months && Countback.MonthBack(asOf, document.Date, months.Length) is var back and >= 0)
                {
                    months[back] += document.NetAmount;
                }

                if (document.Kind == SalesKind.Sale)
                {
                    sums.Orders++;
                    sums.First = sums.Orders == 1 || document.Date < sums.First ? document.Date : sums.First;
                    sums.Last = sums.Orders == 1 || document.Date > sums.Last ? document.Date : sums.Last;
                }
            }
        }

        public void Add(IEnumerable<SettledItem> settled)
        {
            foreach (var item in settled)
            {
                Guard.Against.Null(item, nameof(settled));
                if (item.PaidDate <= asOf && item.PaidDate >= _from)
                {
                    var sums = Of(item.CustomerCode);
                    sums.Settled += item.Amount;
                    sums.DaysToPay += item.Amount * item.DaysToPay;
                    sums.DaysLate += item.Amount * item.DaysLate;
                }
            }
        }

        public CustomerMetrics[] Metrics(out decimal total)
        {
            foreach (var balance in balances ?? new Dictionary<string, decimal>(StringComparer.Ordinal))
            {
                Guard.Against.Null(balance.Key, nameof(balances));
                _ = Of(balance.Key);
            }

            var all = _sums.Values.ToArray();
            total = all.Sum(s => s.NetSales);
            RankBySales(all, total);
            Score(all.Where(s => s.Orders > 0).ToArray());
            var days = Countback.DaysOfMonths(asOf, options.CountbackMonths);
            return all.OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => s.ToMetrics(asOf, options, days)).ToArray();
        }

        private Sums Of(string code)
        {
            if (!_sums.TryGetValue(code, out var sums))
            {
                sums = new Sums(code);
                if (balances is not null && balances.TryGetValue(code, out var balance))
                {
                    sums.Balance = balance;
                    sums.Months = balance > 0m ? new decimal[options.CountbackMonths] : [];
                }

                _sums.Add(code, sums);
            }

            return sums;
        }

        // Ranks by net sales, largest first (ties share a rank); ABC over the positive part by the share before each tie group.
        private void RankBySales(Sums[] all, decimal total)
        {
            var ranked = all.Where(s => s.HasDocuments).OrderByDescending(s => s.NetSales).ThenBy(s => s.Code, StringComparer.Ordinal).ToArray();
            var positive = ranked.Where(s => s.NetSales > 0m).Sum(s => s.NetSales);
            var before = 0m;
            for (var i = 0; i < ranked.Length; i++)
            {
                var sums = ranked[i];
                var tied = i > 0 && ranked[i - 1].NetSales == sums.NetSales;
                sums.Rank = tied ? ranked[i - 1].Rank : i + 1;
                sums.Share = total > 0m ? sums.NetSales / total : 0m;
                var shareBefore = tied ? ranked[i - 1].ShareBefore : (positive > 0m ? before / positive : 1m);
                sums.ShareBefore = shareBefore;
                sums.Abc = sums.NetSales <= 0m ? AbcClass.C : shareBefore < options.AShare ? AbcClass.A : shareBefore < options.BShare ? AbcClass.B : AbcClass.C;
                before += Math.Max(sums.NetSales, 0m);
            }
        }

        private void Score(Sums[] buyers)
        {
            Quintiles(buyers, s => -Period.DaysBetween(s.Last, asOf), (s, score) => s.Recency = score);
            Quintiles(buyers, s => s.Orders, (s, score) => s.Frequency = score);
            Quintiles(buyers, s => s.NetSales, (s, score) => s.Monetary = score);
        }

        private static void Quintiles<TKey>(Sums[] buyers, Func<Sums, TKey> worstFirst, Action<Sums, int> set)
        {
            var keys = buyers.Select(worstFirst).ToArray();
            var order = buyers.ToArray();
            Array.Sort(keys, order);
            var score = 0;
            for (var i = 0; i < order.Length; i++)
            {
                if (i == 0 || !EqualityComparer<TKey>.Default.Equals(keys[i - 1], keys[i]))
                {
                    score = (int)(((5L * (i + 1)) + order.Length - 1) / order.Length);
                }

                set(order[i], score);
            }
        }
    }

    private sealed class Sums(string code)
    {
        public string Code { get; } = code;

        public decimal NetSales { get; set; }

        public bool HasDocuments { get; set; }

        public int Orders { get; set; }

        public LocalDate First { get; set; }

        public LocalDate Last { get; set; }

        public decimal? Balance { get; set; }

        public decimal[]? Months { get; set; }

        public decimal Settled { get; set; }

        public decimal DaysToPay { get; set; }

        public decimal DaysLate { get; set; }

        public int? Rank { get; set; }

        public decimal Share { get; set; }

        public decimal ShareBefore { get; set; }

        public AbcClass Abc { get; set; } = AbcClass.C;

        public int? Recency { get; set; }

        public int? Frequency { get; set; }

        public int? Monetary { get; set; }

        public CustomerMetrics ToMetrics(LocalDate asOf, MetricOptions options, int[] days)
        {
            var since = Orders > 0 ? Period.DaysBetween(Last, asOf) : (int?)null;
            var interval = Orders > 1 && Last > First ? Math.Round((decimal)Period.DaysBetween(First, Last) / (Orders - 1), 2, MidpointRounding.AwayFromZero) : (decimal?)null;
            return new CustomerMetrics(Code)
            {
                NetSales = NetSales,
                OrderCount = Orders,
                SalesRank = Rank,
                SalesShare = Share,
                Abc = Abc,
                RecencyScore = Recency,
                FrequencyScore = Frequency,
                MonetaryScore = Monetary,
                Balance = Balance,
                Dso = Balance is { } balance ? Countback.Days(balance, Months is { Length: > 0 } months ? months : new decimal[days.Length], days) : null,
                AverageDaysToPay = Settled > 0m ? Math.Round(DaysToPay / Settled, 2, MidpointRounding.AwayFromZero) : null,
                AverageDaysLate = Settled > 0m ? Math.Round(DaysLate / Settled, 2, MidpointRounding.AwayFromZero) : null,
                LastOrderOn = Orders > 0 ? Last : null,
                DaysSinceLastOrder = since,
                AverageOrderInterval = interval,
                ChurnRisk = since is { } s && interval is { } i && s > options.ChurnMultiple * i,
            };
        }
    }
}
