using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>What a merge (并户) moved: the customer removed, the customer kept as it is now, and what moved to it.</summary>
public sealed class MergeResult
{
    internal MergeResult(Customer removed, Customer kept, IReadOnlyList<ChangeLogEntry> entries)
    {
        Removed = removed;
        Kept = kept;
        Entries = entries;
    }

    /// <summary>Gets the customer merged away, as it was before it was removed.</summary>
    public Customer Removed { get; }

    /// <summary>Gets the customer merged into, after the merge.</summary>
    public Customer Kept { get; }

    /// <summary>Gets the change-log entries of the merge: the removal and every field of the kept customer that changed (transactions, tags, ship-to addresses).</summary>
    public IReadOnlyList<ChangeLogEntry> Entries { get; }
}
