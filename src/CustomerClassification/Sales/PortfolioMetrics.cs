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

    // One pass over the inputs into per-customer sums held in arrays (the ledger's customers by their index, then other
    // codes met), then the portfolio-wide rankings over indexes: no object per customer until the metrics themselves.
    private sealed class Tally(LocalDate asOf, MetricOptions options, IReadOnlyDictionary<string, decimal>? balances)
    {
        private readonly LocalDate _from = options.From ?? LocalDate.MinIsoValue;
        private readonly Dictionary<string, int> _others = new(StringComparer.Ordinal);
        private SalesLedger _ledger = SalesLedger.Empty;
        private List<string> _codes = [];
        private Totals[] _totals = [];
        private Settlement[]? _settled;
        private decimal[]?[]? _months;
        private decimal?[]? _balances;

        private int Count => _codes.Count;

        public void Add(IEnumerable<SalesDocument> documents)
        {
            _ledger = SalesLedger.Of(documents);
            _codes = [.. _ledger.CustomerCodes];
            _totals = new Totals[Count];
            foreach (var balance in balances ?? new Dictionary<string, decimal>(StringComparer.Ordinal))
            {
                // The index first: finding a code the ledger lacks may grow the arrays.
                var at = IndexOf(Guard.Against.Null(balance.Key, nameof(balances)));
                _totals[at].Present = true;
                (_balances ??= new decimal?[_totals.Length])[at] = balance.Value;
                if (balance.Value > 0m)
                {
                    (_months ??= new decimal[]?[_totals.Length])[at] = new decimal[options.CountbackMonths];
                }
            }

            var (customers, dates, flags, amounts) = (_ledger.Customers, _ledger.Dates, _ledger.Flags, _ledger.Amounts);
            for (var i = 0; i < customers.Length; i++)
            {
                var date = dates[i];
                if (date > asOf || date < _from)
                {
                    continue;
                }

                ref var totals = ref _totals[customers[i]];
                var isReturn = SalesLedger.IsReturn(flags[i]);
                var net = isReturn ? -amounts[i] : amounts[i];
                totals.Net += net;
                totals.Present = totals.HasDocuments = true;
                if (_months?[customers[i]] is { } months && Countback.MonthBack(asOf, date, months.Length) is var back and >= 0)
                {
                    months[back] += net;
                }

                if (!isReturn)
                {
                    totals.First = totals.Orders == 0 || date < totals.First ? date : totals.First;
                    totals.Last = totals.Orders == 0 || date > totals.Last ? date : totals.Last;
                    totals.Orders++;
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
                    var at = IndexOf(item.CustomerCode);
                    _totals[at].Present = true;
                    ref var sums = ref (_settled ??= new Settlement[_totals.Length])[at];
                    sums.Amount += item.Amount;
                    sums.DaysToPay += item.Amount * item.DaysToPay;
                    sums.DaysLate += item.Amount * item.DaysLate;
                }
            }
        }

        // Ranked customers first (by net sales, largest first, then by code), then those without documents by code.
        public CustomerMetrics[] Metrics(out decimal total)
        {
            var present = Enumerable.Range(0, Count).Where(i => _totals[i].Present).ToArray();
            total = present.Sum(i => _totals[i].Net);
            var ranked = SortedBy(present.Where(i => _totals[i].HasDocuments).ToArray(), i => -_totals[i].Net);
            var scores = Score(ranked.Where(i => _totals[i].Orders > 0).ToArray());
            var days = Countback.DaysOfMonths(asOf, options.CountbackMonths);
            var metrics = new List<CustomerMetrics>(present.Length);
            var positive = ranked.Sum(i => Math.Max(_totals[i].Net, 0m));
            var (before, rank, shareBefore) = (0m, 0, 0m);
            for (var r = 0; r < ranked.Length; r++)
            {
                var net = _totals[ranked[r]].Net;
                if (r == 0 || _totals[ranked[r - 1]].Net != net)
                {
                    // Ties share a rank and the share before the first of them.
                    (rank, shareBefore) = (r + 1, positive > 0m ? before / positive : 1m);
                }

                var abc = net <= 0m ? AbcClass.C : shareBefore < options.AShare ? AbcClass.A : shareBefore < options.BShare ? AbcClass.B : AbcClass.C;
                metrics.Add(ToMetrics(ranked[r], rank, total > 0m ? net / total : 0m, abc, scores, days));
                before += Math.Max(net, 0m);
            }

            foreach (var i in SortedBy(present.Where(i => !_totals[i].HasDocuments).ToArray(), _ => 0))
            {
                metrics.Add(ToMetrics(i, null, 0m, AbcClass.C, scores, days));
            }

            return [.. metrics];
        }

        private int IndexOf(string code)
        {
            if (_ledger.IndexOf(code) is var at and >= 0 || _others.TryGetValue(code, out at))
            {
                return at;
            }

            at = Count;
            _codes.Add(code);
            _others.Add(code, at);
            if (at == _totals.Length)
            {
                Array.Resize(ref _totals, Math.Max(16, at * 2));
                if (_settled is not null)
                {
                    Array.Resize(ref _settled, _totals.Length);
                }

                if (_months is not null)
                {
                    Array.Resize(ref _months, _totals.Length);
                }

                if (_balances is not null)
                {
                    Array.Resize(ref _balances, _totals.Length);
                }
            }

            return at;
        }

        // Indexes sorted by a key, equal keys by code: the key array sorted with its indexes, then each run of equal keys.
        private int[] SortedBy<TKey>(int[] indexes, Func<int, TKey> key)
            where TKey : IComparable<TKey>
        {
            var keys = Array.ConvertAll(indexes, i => key(i));
            Array.Sort(keys, indexes);
            for (var start = 0; start < indexes.Length;)
            {
                var end = start + 1;
                while (end < indexes.Length && keys[end].CompareTo(keys[start]) == 0)
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(indexes, start, end - start, Comparer<int>.Create((a, b) => string.CompareOrdinal(_codes[a], _codes[b])));
                }

                start = end;
            }

            return indexes;
        }

        // RFM quintiles of the customers with orders: 1 (worst) to 5; equal values share the score of the first of them.
        private (byte[] Recency, byte[] Frequency, byte[] Monetary) Score(int[] buyers)
        {
            var scores = (new byte[Count], new byte[Count], new byte[Count]);
            Quintiles(buyers, i => -Period.DaysBetween(_totals[i].Last, asOf), scores.Item1);
            Quintiles(buyers, i => _totals[i].Orders, scores.Item2);
            Quintiles(buyers, i => _totals[i].Net, scores.Item3);
            return scores;
        }

        private static void Quintiles<TKey>(int[] buyers, Func<int, TKey> worstFirst, byte[] scores)
        {
            var keys = Array.ConvertAll(buyers, i => worstFirst(i));
            var order = (int[])buyers.Clone();
            Array.Sort(keys, order);
            var score = 0;
            for (var i = 0; i < order.Length; i++)
            {
                if (i == 0 || !EqualityComparer<TKey>.Default.Equals(keys[i - 1], keys[i]))
                {
                    score = (int)(((5L * (i + 1)) + order.Length - 1) / order.Length);
                }

                scores[order[i]] = (byte)score;
            }
        }

        private CustomerMetrics ToMetrics(int i, int? rank, decimal share, AbcClass abc, (byte[] Recency, byte[] Frequency, byte[] Monetary) scores, int[] days)
        {
            var totals = _totals[i];
            var settled = _settled?[i] ?? default;
            var since = totals.Orders > 0 ? Period.DaysBetween(totals.Last, asOf) : (int?)null;
            var interval = totals.Orders > 1 && totals.Last > totals.First ? Math.Round((decimal)Period.DaysBetween(totals.First, totals.Last) / (totals.Orders - 1), 2, MidpointRounding.AwayFromZero) : (decimal?)null;
            return new CustomerMetrics(_codes[i])
            {
                NetSales = totals.Net,
                OrderCount = totals.Orders,
                SalesRank = rank,
                SalesShare = share,
                Abc = abc,
                RecencyScore = Scored(scores.Recency[i]),
                FrequencyScore = Scored(scores.Frequency[i]),
                MonetaryScore = Scored(scores.Monetary[i]),
                Balance = _balances?[i],
                Dso = _balances?[i] is { } balance ? Countback.Days(balance, _months?[i] is { Length: > 0 } months ? months : new decimal[days.Length], days) : null,
                AverageDaysToPay = settled.Amount > 0m ? Math.Round(settled.DaysToPay / settled.Amount, 2, MidpointRounding.AwayFromZero) : null,
                AverageDaysLate = settled.Amount > 0m ? Math.Round(settled.DaysLate / settled.Amount, 2, MidpointRounding.AwayFromZero) : null,
                LastOrderOn = totals.Orders > 0 ? totals.Last : null,
                DaysSinceLastOrder = since,
                AverageOrderInterval = interval,
                ChurnRisk = since is { } s && interval is { } n && s > options.ChurnMultiple * n,
            };
        }

        private static int? Scored(byte score) => score == 0 ? null : score;
    }

    // A customer's sums over its documents: what a document touches, together in 32 bytes.
    private struct Totals
    {
        public decimal Net;
        public int Orders;
        public LocalDate First;
        public LocalDate Last;
        public bool HasDocuments;
        public bool Present;
    }

    private struct Settlement
    {
        public decimal Amount;
        public decimal DaysToPay;
        public decimal DaysLate;
    }
}
