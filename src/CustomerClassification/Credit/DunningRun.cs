using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// A dunning run (催款) for a day: every customer with overdue items, at the level of its category's collection policy
/// (催款策略, a profile value) that the oldest overdue item has reached — raised at most one level above the last reminder
/// sent, so no level is skipped. Immutable.
/// </summary>
/// <remarks>
/// An item is overdue from the day after its due date. A customer is listed when its overdue items, less its credits (unapplied
/// receipts and advances, which settle the oldest debts first), still leave something owed, and the days overdue reach at
/// least level 1 of its effective policy. Customers without a policy, and open items of customers the archive does not
/// hold, are counted apart and never dunned.
/// </remarks>
public sealed class DunningRun
{
    private DunningRun(LocalDate asOf, IReadOnlyList<DunningEntry> entries, IReadOnlyList<string> withoutPolicy, IReadOnlyList<string> unknownCustomers)
    {
        AsOf = asOf;
        Entries = ReadOnly.Of(entries);
        WithoutPolicy = ReadOnly.Of(withoutPolicy);
        UnknownCustomers = ReadOnly.Of(unknownCustomers);
        Levels = ReadOnly.Of(entries.GroupBy(e => e.Level.Level).OrderBy(g => g.Key).Select(g => new DunningLevelTotal(g.Key, g.Count(), g.Sum(e => e.OverdueAmount))).ToArray());
    }

    /// <summary>Gets the day of the run.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets a row per customer to remind, by customer code.</summary>
    public IReadOnlyList<DunningEntry> Entries { get; }

    /// <summary>Gets the customers and amount at each level, level 1 first.</summary>
    public IReadOnlyList<DunningLevelTotal> Levels { get; }

    /// <summary>Gets the codes of customers with overdue items whose effective profile holds no collection policy.</summary>
    public IReadOnlyList<string> WithoutPolicy { get; }

    /// <summary>Gets the customer codes of open items the archive does not hold.</summary>
    public IReadOnlyList<string> UnknownCustomers { get; }

    /// <summary>Runs dunning for a day.</summary>
    /// <param name="archive">The archive snapshot: customers and their collection policies.</param>
    /// <param name="openItems">The open items of any customers.</param>
    /// <param name="reminders">The reminders already sent (only each customer's latest counts: the latest date, then the highest level).</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The run.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a list holds null.</exception>
    public static DunningRun Build(ArchiveSnapshot archive, IEnumerable<OpenItem> openItems, IEnumerable<Reminder> reminders, LocalDate asOf)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(reminders);
        var owed = new Owed(Guard.Against.Null(openItems) as IReadOnlyList<OpenItem> ?? [.. openItems], asOf, archive);
        var last = LastReminders(archive.Settings.CodeComparer, reminders);
        var profiles = archive.EffectiveProfiles();
        var field = CategoryProfileFields.Get("collectionPolicy");
        var policies = new Dictionary<string, CollectionPolicy>(StringComparer.Ordinal);
        var (entries, withoutPolicy) = (new List<DunningEntry>(), new List<string>());

        // In the archive's code order; each customer with open items looked up once.
        foreach (var customer in archive)
        {
            if (!owed.TryGetSlot(customer.Code, out var slot))
            {
                continue;
            }

            if (owed.Amount(slot) <= 0m || !owed.HasOverdue(slot))
            {
                continue;
            }

            if (profiles.ValueOf(customer, field).Value is not string text)
            {
                withoutPolicy.Add(customer.Code);
                continue;
            }

            if (!policies.TryGetValue(text, out var policy))
            {
                policies.Add(text, policy = CollectionPolicy.Parse(text).Value);
            }

            var days = owed.MaxDays(slot);
            var due = policy.LevelFor(days);
            var previous = last.TryGetValue(customer.Code, out var sent) ? sent : null;
            var level = Math.Min(due, (previous?.Level ?? 0) + 1);
            if (due > 0)
            {
                entries.Add(new DunningEntry(customer, policy.Levels[Math.Min(level, policy.Levels.Count) - 1], due, owed.Amount(slot), days, owed.Overdue(slot), previous));
            }
        }

        return new DunningRun(asOf, entries, withoutPolicy, owed.Unknown);
    }

    private static Dictionary<string, Reminder> LastReminders(IEqualityComparer<string> codes, IEnumerable<Reminder> reminders)
    {
        var last = new Dictionary<string, Reminder>(codes);
        foreach (var reminder in reminders)
        {
            Guard.Against.Null(reminder, nameof(reminders));
            if (!last.TryGetValue(reminder.CustomerCode, out var seen) || (reminder.Date, reminder.Level).CompareTo((seen.Date, seen.Level)) > 0)
            {
                last[reminder.CustomerCode] = reminder;
            }
        }

        return last;
    }

    // What each customer owes overdue, in one pass and without a list per customer: a slot per customer code as written
    // (its overdue items and credits summed, its earliest due date) and each overdue item chained to the slot's previous one.
    // Codes are hashed ordinally (fast); a code written in another case than the archive's is then joined to the customer's slot.
    private sealed class Owed
    {
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private Slot[] _data;
        private readonly int[] _next;
        private readonly IReadOnlyList<OpenItem> _items;
        private readonly LocalDate _asOf;

        public Owed(IReadOnlyList<OpenItem> items, LocalDate asOf, ArchiveSnapshot archive)
        {
            _items = items;
            _asOf = asOf;
            _next = new int[items.Count];
            _data = new Slot[Math.Min(items.Count, archive.Count) + 1];
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i] ?? throw new ArgumentNullException(nameof(items));
                var overdue = item.Amount > 0m;
                if (overdue && item.DueDate >= asOf)
                {
                    continue;
                }

                if (!_slots.TryGetValue(item.CustomerCode, out var slot))
                {
                    slot = _slots.Count;
                    _slots.Add(item.CustomerCode, slot);
                    if (slot == _data.Length)
                    {
                        Array.Resize(ref _data, _data.Length * 2);
                    }

                    _data[slot] = new Slot { Earliest = LocalDate.MaxIsoValue, Head = -1 };
                }

                ref var sums = ref _data[slot];
                sums.Amount += item.Amount;
                if (overdue)
                {
                    sums.Earliest = item.DueDate < sums.Earliest ? item.DueDate : sums.Earliest;
                    _next[i] = sums.Head;
                    sums.Head = i;
                }
            }

            // Usually every code is written as the archive holds it: counted ordinally, nothing to resolve.
            var matched = 0;
            foreach (var customer in archive)
            {
                matched += _slots.ContainsKey(customer.Code) ? 1 : 0;
            }

            Unknown = matched == _slots.Count ? [] : Resolve(archive);
        }

        public IReadOnlyList<string> Unknown { get; }

        public bool TryGetSlot(string code, out int slot) => _slots.TryGetValue(code, out slot);

        public decimal Amount(int slot) => _data[slot].Amount;

        public bool HasOverdue(int slot) => _data[slot].Head >= 0;

        public int MaxDays(int slot) => Period.DaysBetween(_data[slot].Earliest, _asOf);

        public OpenItem[] Overdue(int slot)
        {
            var count = 0;
            for (var i = _data[slot].Head; i >= 0; i = _next[i])
            {
                count++;
            }

            var items = new OpenItem[count];
            for (int i = _data[slot].Head, at = 0; i >= 0; i = _next[i])
            {
                items[at++] = _items[i];
            }

            return items;
        }

        // Moves another slot's sums and chain into this one.
        private void Join(int slot, int other)
        {
            if (other == slot)
            {
                return;
            }

            ref var into = ref _data[slot];
            ref var from = ref _data[other];
            into.Amount += from.Amount;
            into.Earliest = from.Earliest < into.Earliest ? from.Earliest : into.Earliest;
            var tail = from.Head;
            while (tail >= 0 && _next[tail] >= 0)
            {
                tail = _next[tail];
            }

            if (tail >= 0)
            {
                _next[tail] = into.Head;
                into.Head = from.Head;
            }

            from = new Slot { Earliest = LocalDate.MaxIsoValue, Head = -1 };
        }

        private struct Slot
        {
            public decimal Amount;
            public LocalDate Earliest;
            public int Head;
        }

        // Each code as written resolved once against the archive: unknown codes put apart, another case joined to the customer's.
        private string[] Resolve(ArchiveSnapshot archive)
        {
            var unknown = new List<string>();
            var renamed = new List<(string Written, string Code, int Slot)>();
            foreach (var pair in _slots)
            {
                if (archive.Find(pair.Key) is not { } customer)
                {
                    unknown.Add(pair.Key);
                }
                else if (!string.Equals(customer.Code, pair.Key, StringComparison.Ordinal))
                {
                    renamed.Add((pair.Key, customer.Code, pair.Value));
                }
            }

            foreach (var (written, code, slot) in renamed)
            {
                _slots.Remove(written);
                if (_slots.TryGetValue(code, out var canonical))
                {
                    Join(canonical, slot);
                }
                else
                {
                    _slots.Add(code, slot);
                }
            }

            return [.. unknown.OrderBy(code => code, StringComparer.Ordinal)];
        }
    }
}
