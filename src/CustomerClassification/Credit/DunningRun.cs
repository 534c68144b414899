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
        Guard.Against.Null(openItems);
        Guard.Against.Null(reminders);
        var owed = OwedBy(openItems, asOf);
        var last = LastReminders(reminders);
        var profiles = archive.EffectiveProfiles();
        var field = CategoryProfileFields.Get("collectionPolicy");
        var policies = new Dictionary<string, CollectionPolicy>(StringComparer.Ordinal);
        var (entries, withoutPolicy, unknown) = (new List<DunningEntry>(), new List<string>(), new List<string>());
        foreach (var pair in owed.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var (code, customer) = (pair.Key, pair.Value);
            if (customer.Amount <= 0m || customer.Overdue.Count == 0)
            {
                continue;
            }

            if (archive.Find(code) is not { } found)
            {
                unknown.Add(code);
                continue;
            }

            if (profiles.ValueOf(found, field).Value is not string text)
            {
                withoutPolicy.Add(code);
                continue;
            }

            if (!policies.TryGetValue(text, out var policy))
            {
                policies.Add(text, policy = CollectionPolicy.Parse(text).Value);
            }

            var due = policy.LevelFor(customer.MaxDays);
            var previous = last.TryGetValue(code, out var sent) ? sent : null;
            var level = Math.Min(due, (previous?.Level ?? 0) + 1);
            if (due > 0)
            {
                entries.Add(new DunningEntry(found, policy.Levels[Math.Min(level, policy.Levels.Count) - 1], due, customer.Amount, customer.MaxDays, customer.Documents(), previous));
            }
        }

        return new DunningRun(asOf, entries, withoutPolicy, unknown);
    }

    private static Dictionary<string, Owed> OwedBy(IEnumerable<OpenItem> openItems, LocalDate asOf)
    {
        var owed = new Dictionary<string, Owed>(StringComparer.Ordinal);
        foreach (var item in openItems)
        {
            Guard.Against.Null(item, nameof(openItems));
            var days = item.DaysOverdue(asOf);
            if (item.Amount > 0m && days == 0)
            {
                continue;
            }

            if (!owed.TryGetValue(item.CustomerCode, out var customer))
            {
                owed.Add(item.CustomerCode, customer = new Owed());
            }

            customer.Add(item, days);
        }

        return owed;
    }

    private static Dictionary<string, Reminder> LastReminders(IEnumerable<Reminder> reminders)
    {
        var last = new Dictionary<string, Reminder>(StringComparer.Ordinal);
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

    // What a customer owes overdue: its overdue items and all its credits.
    private sealed class Owed
    {
        public List<OpenItem> Overdue { get; } = [];

        public decimal Amount { get; private set; }

        public int MaxDays { get; private set; }

        public void Add(OpenItem item, int days)
        {
            Amount += item.Amount;
            if (item.Amount > 0m)
            {
                Overdue.Add(item);
                MaxDays = Math.Max(MaxDays, days);
            }
        }

        public string[] Documents() => [.. Overdue.OrderBy(i => i.DueDate).ThenBy(i => i.DocumentNumber, StringComparer.Ordinal).Select(i => i.DocumentNumber)];
    }
}
