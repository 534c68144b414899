using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>A customer of a dunning run (催款清单): the level it is raised to, what it owes overdue, and the last reminder sent.</summary>
public sealed class DunningEntry
{
    internal DunningEntry(Customer customer, ReminderLevel level, int dueLevel, decimal overdueAmount, int maxDaysOverdue, IReadOnlyList<string> documents, Reminder? lastReminder)
    {
        CustomerCode = customer.Code;
        CustomerName = customer.Name;
        Level = level;
        DueLevel = dueLevel;
        OverdueAmount = overdueAmount;
        MaxDaysOverdue = maxDaysOverdue;
        Documents = ReadOnly.Of(documents);
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
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Gets the last reminder sent before the run, or null.</summary>
    public Reminder? LastReminder { get; }
}
