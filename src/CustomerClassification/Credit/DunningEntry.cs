using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>A customer of a dunning run (催款清单): the level it is raised to, what it owes overdue, and the last reminder sent.</summary>
public sealed class DunningEntry
{
    private readonly OpenItem[] _overdue;
    private IReadOnlyList<string>? _documents;
    private IReadOnlyList<OpenItem>? _sorted;

    internal DunningEntry(Customer customer, ReminderLevel level, int dueLevel, decimal overdueAmount, int maxDaysOverdue, OpenItem[] overdue, Reminder? lastReminder)
    {
        _overdue = overdue;
        CustomerCode = customer.Code;
        CustomerName = customer.Name;
        Level = level;
        DueLevel = dueLevel;
        OverdueAmount = overdueAmount;
        MaxDaysOverdue = maxDaysOverdue;
        LastReminder = lastReminder;
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the customer name.</summary>
    public string CustomerName { get; }

    /// <summary>
    /// Gets the level of this run's reminder: the level the oldest overdue item has reached, but never more than one above
    /// the last reminder sent, so no level is skipped.
    /// </summary>
    public ReminderLevel Level { get; }

    /// <summary>Gets the level the days overdue alone would call for; above <see cref="Level"/> when a level had to come first.</summary>
    public int DueLevel { get; }

    /// <summary>Gets whether this run raises the customer (its level is above the last reminder's); false when it repeats the level last sent.</summary>
    public bool IsRaised => Level.Level > (LastReminder?.Level ?? 0);

    /// <summary>Gets the sum of the customer's overdue items (credits included).</summary>
    public decimal OverdueAmount { get; }

    /// <summary>Gets the days the oldest overdue item is past due.</summary>
    public int MaxDaysOverdue { get; }

    /// <summary>Gets the overdue documents' numbers, oldest due date first.</summary>
    public IReadOnlyList<string> Documents => _documents ??= ReadOnly.Of(OverdueItems.Select(i => i.DocumentNumber).ToArray());

    /// <summary>Gets the overdue items, oldest due date first (sorted when first asked: a run of many customers sorts only what is read).</summary>
    public IReadOnlyList<OpenItem> OverdueItems => _sorted ??= ReadOnly.Of(_overdue.OrderBy(i => i.DueDate).ThenBy(i => i.DocumentNumber, StringComparer.Ordinal).ToArray());

    /// <summary>Gets the last reminder sent before the run, or null.</summary>
    public Reminder? LastReminder { get; }
}
