using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Persistent groups of customers, each sorted by a key then by code: the customers of one category (no
/// key), or the customers whose mnemonic codes start alike (keyed by mnemonic code). A transaction collects
/// its changes per group and settles each touched group once, when it is read or when it ends: a group whose
/// members only changed versions is copied with the new versions put in place (no sort); any other change
/// merges and sorts.
/// </summary>
internal sealed class CustomerGroups
{
    private static readonly IComparer<Entry> Order = new EntryOrder();

    // Changes by customer code alone, to find a member's change.
    private static readonly IComparer<(string Code, Entry? Entry)> ByCode = Comparer<(string Code, Entry? Entry)>.Create((a, b) => string.CompareOrdinal(a.Code, b.Code));

    private readonly BucketMap<Entry[]> _groups;

    private CustomerGroups(BucketMap<Entry[]> groups) => _groups = groups;

    public static CustomerGroups Empty { get; } = new(BucketMap<Entry[]>.Empty);

    public Entry[] Get(string group) => _groups.TryGetValue(group, out var entries) ? entries : [];

    public Builder ToBuilder() => new(this);

    private static int Compare(Entry a, Entry b) =>
        string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Customer.Code, b.Customer.Code);

    private sealed class EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => CustomerGroups.Compare(x, y);
    }

    /// <summary>A member of a group: its sort key (null to sort by code alone) and the customer.</summary>
    internal readonly record struct Entry(string? Key, Customer Customer);

    internal sealed class Builder(CustomerGroups original)
    {
        private readonly BucketMap<Entry[]>.Builder _groups = original._groups.ToBuilder();

        // Per group, its changes in the order made: a customer's entry now, or (code, null) when it left the group.
        // A list, not a map by code: restoring a million customers appends a million changes and hashes none.
        private readonly Dictionary<string, List<(string Code, Entry? Entry)>> _pending = new(StringComparer.Ordinal);

        public void Put(string group, Entry entry) => Pending(group).Add((entry.Customer.Code, entry));

        public void Remove(string group, string customerCode) => Pending(group).Add((customerCode, null));

        public Entry[] Get(string group)
        {
            Settle(group);
            return _groups.TryGetValue(group, out var entries) ? entries : [];
        }

        public CustomerGroups ToImmutable()
        {
            foreach (var group in new List<string>(_pending.Keys))
            {
                Settle(group);
            }

            return new CustomerGroups(_groups.ToImmutable());
        }

        // The last change of each customer, ordered by code: as made when codes came in order (a restore), else sorted
        // stably so that a later change of a customer wins over an earlier one.
        private static List<(string Code, Entry? Entry)> LastByCode(List<(string Code, Entry? Entry)> changes)
        {
            var increasing = true;
            for (var i = 1; i < changes.Count && increasing; i++)
            {
                increasing = string.CompareOrdinal(changes[i - 1].Code, changes[i].Code) < 0;
            }

            if (increasing)
            {
                return changes;
            }

            var order = new int[changes.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) => string.CompareOrdinal(changes[a].Code, changes[b].Code) is var byCode and not 0 ? byCode : a.CompareTo(b));
            var last = new List<(string Code, Entry? Entry)>(order.Length);
            for (var i = 0; i < order.Length; i++)
            {
                if (i + 1 == order.Length || !string.Equals(changes[order[i]].Code, changes[order[i + 1]].Code, StringComparison.Ordinal))
                {
                    last.Add(changes[order[i]]);
                }
            }

            return last;
        }

        private static Entry[]? ReplacedInPlace(Entry[] existing, List<(string Code, Entry? Entry)> changes)
        {
            var copy = (Entry[])existing.Clone();
            foreach (var change in changes)
            {
                if (change.Entry is not { } entry || Array.BinarySearch(copy, entry, Order) is not (var at and >= 0))
                {
                    return null;
                }

                copy[at] = entry;
            }

            return copy;
        }

        private static bool Sorted(Entry[] entries)
        {
            for (var i = 1; i < entries.Length; i++)
            {
                if (Compare(entries[i - 1], entries[i]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private List<(string Code, Entry? Entry)> Pending(string group)
        {
            if (!_pending.TryGetValue(group, out var changes))
            {
                changes = [];
                _pending.Add(group, changes);
            }

            return changes;
        }

        private void Settle(string group)
        {
            if (!_pending.TryGetValue(group, out var pending))
            {
                return;
            }

            _pending.Remove(group);
            var changes = LastByCode(pending);
            _groups.TryGetValue(group, out var existing);
            if (existing is not null && ReplacedInPlace(existing, changes) is { } replaced)
            {
                _groups.Set(group, replaced);
                return;
            }

            // The members no change touches, then the customers' entries now: each member looked up once.
            var kept = Array.FindAll(existing ?? [], entry => changes.BinarySearch((entry.Customer.Code, null), ByCode) < 0);
            var settled = new Entry[kept.Length + changes.Count(change => change.Entry is not null)];
            if (settled.Length == 0)
            {
                _groups.Remove(group);
                return;
            }

            kept.CopyTo(settled, 0);
            var at = kept.Length;
            foreach (var change in changes)
            {
                if (change.Entry is { } present)
                {
                    settled[at++] = present;
                }
            }

            // A group of a restore comes in order already.
            if (!Sorted(settled))
            {
                Array.Sort(settled, Order);
            }

            _groups.Set(group, settled);
        }
    }
}
