using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// The portfolio's metrics held column by column: per-customer sums by slot (the ledger's customers by their index, then
/// other codes met), then ranks, classes and scores computed over the slots. A <see cref="CustomerMetrics"/> reads its
/// slot from here, so no object per customer is made until one is asked for.
/// </summary>
internal sealed class MetricColumns
{
    private readonly LocalDate _asOf;
    private readonly MetricOptions _options;
    private readonly LocalDate _from;
    private readonly int _asOfDay;
    private readonly int _fromDay;
    private readonly int[] _days;
    private readonly decimal[] _noMonths;
    private SalesLedger _ledger = SalesLedger.Empty;
    private CustomerSlots _slots = new(SalesLedger.Empty);
    private Totals[] _totals = [];
    private Settlement[]? _settled;
    private decimal[]?[]? _months;
    private decimal?[]? _balances;
    private decimal[]? _nets;
    private Standing[] _standings = [];

    private MetricColumns(LocalDate asOf, MetricOptions options)
    {
        (_asOf, _options, _from) = (asOf, options, options.From ?? LocalDate.MinIsoValue);
        (_asOfDay, _fromDay) = (SalesLedger.DayNumber(_asOf), SalesLedger.DayNumber(_from));
        _days = Countback.DaysOfMonths(asOf, options.CountbackMonths);
        _noMonths = new decimal[_days.Length];
    }

    /// <summary>Gets the slots of the customers present, ranked ones first (by net sales, largest first, then by code), then those without documents by code.</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>Gets the net sales of all customers present.</summary>
    public decimal Total { get; private set; }

    private int Count => _slots.Count;

    public static MetricColumns Compute(IEnumerable<SalesDocument> documents, LocalDate asOf, MetricOptions options, IEnumerable<SettledItem> settled, IReadOnlyDictionary<string, decimal>? balances)
    {
        var columns = new MetricColumns(asOf, options);
        columns.Add(documents, balances);
        columns.Add(settled);
        columns.Rank();
        return columns;
    }

    /// <summary>The slot of a customer with documents, settled items or a balance, or -1: what the readers below take.</summary>
    public int SlotOf(string code) => _slots.Find(code) is var at and >= 0 && _standings[at].Present ? at : -1;

    public string CodeAt(int slot) => _slots.CodeAt(slot);

    /// <summary>The standing of a slot, copied into the metrics made of it: what rules read, read from there.</summary>
    public Standing StandingAt(int slot) => _standings[slot];

    public decimal NetSales(int slot) => _nets?[slot] ?? _ledger.FromUnits(_totals[slot].Units, _totals[slot].Scale);

    public int OrderCount(int slot) => _totals[slot].Orders;

    public decimal SalesShare(int slot) => Total > 0m ? NetSales(slot) / Total : 0m;

    public decimal? Balance(int slot) => _balances?[slot];

    public decimal? Dso(int slot) => Balance(slot) is { } balance ? Countback.Days(balance, _months?[slot] ?? _noMonths, _days) : null;

    public decimal? AverageDaysToPay(int slot) => _settled?[slot] is { Amount: > 0m } s ? Math.Round(s.DaysToPay / s.Amount, 2, MidpointRounding.AwayFromZero) : null;

    public decimal? AverageDaysLate(int slot) => _settled?[slot] is { Amount: > 0m } s ? Math.Round(s.DaysLate / s.Amount, 2, MidpointRounding.AwayFromZero) : null;

    public LocalDate? LastOrderOn(int slot) => _totals[slot] is { Orders: > 0 } totals ? SalesLedger.DayOf(totals.Last) : null;

    public int? DaysSinceLastOrder(int slot) => _totals[slot] is { Orders: > 0 } totals ? _asOfDay - totals.Last : null;

    public decimal? AverageOrderInterval(int slot)
    {
        var totals = _totals[slot];
        return totals.Orders > 1 && totals.Last > totals.First
            ? Math.Round((decimal)(totals.Last - totals.First) / (totals.Orders - 1), 2, MidpointRounding.AwayFromZero)
            : null;
    }

    // The quintile of the worst-first position p of n: ⌈5(p + 1)/n⌉.
    private static byte Quintile(int position, int count) => (byte)(((5L * (position + 1)) + count - 1) / count);

    // One pass over the documents into per-customer sums, no object per customer.
    private void Add(IEnumerable<SalesDocument> documents, IReadOnlyDictionary<string, decimal>? balances)
    {
        _ledger = SalesLedger.Of(documents);
        _slots = new CustomerSlots(_ledger);
        _totals = new Totals[Count];
        foreach (var balance in balances ?? new Dictionary<string, decimal>(StringComparer.Ordinal))
        {
            // The index first: finding a code the ledger lacks may grow the arrays.
            var at = IndexOf(Guard.Against.Null(balance.Key, nameof(balances)));
            _totals[at].Present = true;
            (_balances ??= new decimal?[_totals.Length])[at] = balance.Value;
            if (balance.Value > 0m)
            {
                (_months ??= new decimal[]?[_totals.Length])[at] = new decimal[_options.CountbackMonths];
            }
        }

        // Two halves of the customers at once when there are many documents: each pass reads every document and adds
        // only those of its own slots, so the two never write the same memory and the sums do not depend on the split.
        var count = _ledger.CustomerCount;
        _nets = _ledger.Units is null ? new decimal[_totals.Length] : null;
        Both(_ledger.Count >= 1_000_000, () => Add(0, count / 2), () => Add(count / 2, count));
    }

    // The documents of the slots from first to end (excluded) into their sums. Dates as day numbers and amounts as whole
    // units when the ledger has them: a decimal sum or a date comparison per document would cost more than the rest.
    private void Add(int first, int end)
    {
        var (customers, days, flags, amounts, units) = (_ledger.Customers, _ledger.Days, _ledger.Flags, _ledger.Amounts, _ledger.Units);
        for (var i = 0; i < customers.Length; i++)
        {
            var (customer, day) = (customers[i], days[i]);
            if (customer < first || customer >= end || day > _asOfDay || day < _fromDay)
            {
                continue;
            }

            ref var totals = ref _totals[customer];
            var isReturn = SalesLedger.IsReturn(flags[i]);
            if (units is null)
            {
                _nets![customer] += isReturn ? -amounts[i] : amounts[i];
            }
            else
            {
                // Unchecked: the ledger's units are bounded so that no sum of them overflows.
                totals.Units = unchecked(totals.Units + (isReturn ? -units[i] : units[i]));
                totals.Scale = Math.Max(totals.Scale, SalesLedger.AmountScale(flags[i]));
            }

            totals.Present = totals.HasDocuments = true;
            if (_months?[customer] is { } months && Countback.MonthBack(_asOf, _ledger.Dates[i], months.Length) is var back and >= 0)
            {
                months[back] += isReturn ? -amounts[i] : amounts[i];
            }

            if (!isReturn)
            {
                // Maxima only, so that a zeroed slot needs no first-time test: day numbers of documents are positive.
                totals.Last = Math.Max(totals.Last, day);
                totals.FirstFromEnd = Math.Max(totals.FirstFromEnd, int.MaxValue - day);
                totals.Orders = unchecked(totals.Orders + 1);
            }
        }
    }

    private void Add(IEnumerable<SettledItem> settled)
    {
        foreach (var item in settled)
        {
            Guard.Against.Null(item, nameof(settled));
            if (item.PaidDate <= _asOf && item.PaidDate >= _from)
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

    // Ranks, classes and RFM scores into the standings, and the order of the customers.
    private void Rank()
    {
        var present = new List<int>(Count);
        var absent = new List<int>();
        _standings = new Standing[Count];
        var (total, units, scale) = (0m, 0L, 0);
        for (var i = 0; i < Count; i++)
        {
            if (_totals[i].Present)
            {
                (total, units, scale) = _nets is null ? (0m, units + _totals[i].Units, Math.Max(scale, _totals[i].Scale)) : (total + _nets[i], 0L, 0);
                (_totals[i].HasDocuments ? present : absent).Add(i);
                _standings[i].Present = true;
            }
        }

        Total = _nets is null ? _ledger.FromUnits(units, scale) : total;
        var (ranked, nets, sortTies) = ByNetSales([.. present]);

        // Ranks, classes and scores are the same for every order of tied customers: they are computed on a copy while
        // the ties are put in order of their codes, at once when there are many.
        var byNet = (int[])ranked.Clone();
        Both(ranked.Length >= 100_000, sortTies, () =>
        {
            Classify(byNet, nets);
            Score(byNet, nets);
        });
        var unranked = absent.ToArray();
        SortTiesByCode(unranked, new int[unranked.Length]);
        Order = [.. ranked, .. unranked];
    }

    // Two actions that touch different memory, on two threads when it pays.
    private static void Both(bool parallel, Action first, Action second)
    {
        if (parallel)
        {
            System.Threading.Tasks.Parallel.Invoke(first, second);
        }
        else
        {
            first();
            second();
        }
    }

    // Ranks and ABC classes by net sales, the slots in order of their sales with the sales beside them.
    private void Classify(int[] ranked, decimal[] nets)
    {
        var positive = 0m;
        foreach (var net in nets)
        {
            positive += Math.Max(net, 0m);
        }

        // A class by the share before a customer, before / positive < AShare, compared without dividing.
        var (aLimit, bLimit) = (_options.AShare * positive, _options.BShare * positive);
        var (before, rank, abc) = (0m, 0, AbcClass.C);
        for (var r = 0; r < ranked.Length; r++)
        {
            var net = nets[r];
            if (r == 0 || nets[r - 1] != net)
            {
                // Ties share a rank and the class of the share before the first of them.
                rank = r + 1;
                abc = net <= 0m ? AbcClass.C : before < aLimit ? AbcClass.A : before < bLimit ? AbcClass.B : AbcClass.C;
            }

            ref var standing = ref _standings[ranked[r]];
            (standing.Rank, standing.Abc) = (rank, (byte)abc);
            before += Math.Max(net, 0m);
        }
    }

    // Slots by net sales, largest first, with their net sales in that order (in the ledger's whole units when it has
    // them: they sort far faster than decimals, and compare and add as the sales do), and the action that puts equal
    // sales in order of their codes.
    private (int[] Slots, decimal[] Nets, Action SortTies) ByNetSales(int[] slots)
    {
        if (_nets is null)
        {
            var units = Array.ConvertAll(slots, i => -_totals[i].Units);
            Array.Sort(units, slots);
            return (slots, Array.ConvertAll(units, u => -(decimal)u), () => SortTiesByCode(slots, units));
        }

        var nets = Array.ConvertAll(slots, i => -_nets[i]);
        Array.Sort(nets, slots);
        return (slots, Array.ConvertAll(nets, n => -n), () => SortTiesByCode(slots, nets));
    }

    // Within each run of equal keys (the slots sorted by them), the slots by code.
    private void SortTiesByCode<TKey>(int[] slots, TKey[] keys)
        where TKey : IEquatable<TKey>
    {
        var byCode = Comparer<int>.Create((a, b) => string.CompareOrdinal(_slots.CodeAt(a), _slots.CodeAt(b)));
        for (var start = 0; start < slots.Length;)
        {
            var end = start + 1;
            while (end < slots.Length && keys[end].Equals(keys[start]))
            {
                end++;
            }

            if (end - start > 16)
            {
                Array.Sort(slots, start, end - start, byCode);
            }
            else
            {
                // Runs of a few ties are the common case: an insertion sort without a comparer per run.
                for (var k = start + 1; k < end; k++)
                {
                    var (slot, at) = (slots[k], k);
                    for (; at > start && string.CompareOrdinal(_slots.CodeAt(slots[at - 1]), _slots.CodeAt(slot)) > 0; at--)
                    {
                        slots[at] = slots[at - 1];
                    }

                    slots[at] = slot;
                }
            }

            start = end;
        }
    }

    // RFM quintiles of the customers with orders, 1 (worst) to 5, equal values sharing the score of the first of them;
    // and their churn warnings.
    private void Score(int[] ranked, decimal[] nets)
    {
        // One read of each customer's sums: its position among the ranked, its last sale, its orders and its churn.
        var (positions, lasts, orders, churn) = (new List<int>(ranked.Length), new List<int>(ranked.Length), new List<int>(ranked.Length), new List<bool>(ranked.Length));
        for (var r = 0; r < ranked.Length; r++)
        {
            if (_totals[ranked[r]] is { Orders: > 0 } totals)
            {
                positions.Add(r);
                lasts.Add(totals.Last);
                orders.Add(totals.Orders);
                churn.Add(IsChurning(_asOfDay - totals.Last, totals.Last - totals.First, totals.Orders));
            }
        }

        var recency = Quintiles([.. lasts]);
        var frequency = Quintiles([.. orders]);

        // Buyers ranked by net sales, read from the smallest: the worst-first position is the count of smaller sales.
        var below = 0;
        for (var k = positions.Count - 1; k >= 0; k--)
        {
            if (k == positions.Count - 1 || nets[positions[k]] != nets[positions[k + 1]])
            {
                below = positions.Count - 1 - k;
            }

            ref var standing = ref _standings[ranked[positions[k]]];
            (standing.Recency, standing.Frequency, standing.Monetary, standing.Churn) = (recency[k], frequency[k], Quintile(below, positions.Count), churn[k]);
        }
    }

    // Days since the last order above ChurnMultiple times the average interval rounded to two places, in whole
    // hundredths: the rounding of span / (orders − 1) half away from zero is exact in integers.
    private bool IsChurning(int since, int span, int orders)
    {
        if (orders < 2 || span <= 0)
        {
            return false;
        }

        var hundredths = ((200L * span) + orders - 1) / (2L * (orders - 1));
        return since * 100m > _options.ChurnMultiple * hundredths;
    }

    // Whole-number values, larger better: each scores by the count of values smaller than it, counted in one pass over
    // their range (sorted when the range is far wider than the values).
    private static byte[] Quintiles(int[] values)
    {
        var scores = new byte[values.Length];
        if (values.Length == 0)
        {
            return scores;
        }

        var (min, max) = (values.Min(), values.Max());
        if ((long)max - min > (4L * values.Length) + 4096)
        {
            var order = Enumerable.Range(0, values.Length).ToArray();
            var sorted = (int[])values.Clone();
            Array.Sort(sorted, order);
            var below = 0;
            for (var k = 0; k < order.Length; k++)
            {
                below = k == 0 || sorted[k] != sorted[k - 1] ? k : below;
                scores[order[k]] = Quintile(below, order.Length);
            }

            return scores;
        }

        var smaller = new int[max - min + 2];
        foreach (var value in values)
        {
            smaller[value - min + 1]++;
        }

        for (var v = 1; v < smaller.Length; v++)
        {
            smaller[v] += smaller[v - 1];
        }

        for (var k = 0; k < values.Length; k++)
        {
            scores[k] = Quintile(smaller[values[k] - min], values.Length);
        }

        return scores;
    }

    private int IndexOf(string code)
    {
        if (_slots.Find(code) is var at and >= 0)
        {
            return at;
        }

        at = _slots.Add(code);
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

            if (_nets is not null)
            {
                Array.Resize(ref _nets, _totals.Length);
            }

            if (_balances is not null)
            {
                Array.Resize(ref _balances, _totals.Length);
            }
        }

        return at;
    }

    // A customer's sums over its documents, what a document touches, together in 24 bytes: net sales in the ledger's
    // units with the most decimals among them, and the first and last sale as day numbers (the first counted from the
    // end, so that both are maxima).
    private struct Totals
    {
        public long Units;
        public int Orders;
        public int FirstFromEnd;
        public int Last;
        public byte Scale;
        public bool HasDocuments;
        public bool Present;

        public readonly int First => int.MaxValue - FirstFromEnd;
    }

    /// <summary>A customer's place in the portfolio, what rules read, in 12 bytes; the default is a customer without documents.</summary>
    internal struct Standing
    {
        public int Rank;
        public byte Abc;
        public byte Recency;
        public byte Frequency;
        public byte Monetary;
        public bool Churn;
        public bool Present;

        public readonly int? SalesRank => Rank == 0 ? null : Rank;

        public readonly AbcClass Class => Abc == 0 ? AbcClass.C : (AbcClass)Abc;

        public readonly int? RecencyScore => Scored(Recency);

        public readonly int? FrequencyScore => Scored(Frequency);

        public readonly int? MonetaryScore => Scored(Monetary);

        public readonly int? Rfm => Recency > 0 && Frequency > 0 && Monetary > 0 ? (Recency * 100) + (Frequency * 10) + Monetary : null;

        private static int? Scored(byte score) => score == 0 ? null : score;
    }

    private struct Settlement
    {
        public decimal Amount;
        public decimal DaysToPay;
        public decimal DaysLate;
    }
}
