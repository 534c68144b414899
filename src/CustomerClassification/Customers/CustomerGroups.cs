using System.Collections.Generic;

namespace CustomerClassification.Customers;

/// <summary>
/// Persistent groups of customers, each sorted by a key then by code: the customers of one category (no
/// key), or the customers whose mnemonic codes start alike (keyed by mnemonic code). A transaction collects
/// its changes per group and settles each touched group once, when it is read or when it ends: a group whose
/// members only changed versions is copied with the new versions put in place (no sort); any other change
/// merges and sorts.
/// </summary>
internal sealed class CustomerGroups
{
    private static readonly IComparer<Entry> Order = Comparer<Entry>.Create(Compare);

    private readonly BucketMap<Entry[]> _groups;

    private CustomerGroups(BucketMap<Entry[]> groups) => _groups = groups;

    public static CustomerGroups Empty { get; } = new(BucketMap<Entry[]>.Empty);

    public Entry[] Get(string group) => _groups.TryGetValue(group, out var entries) ? entries : [];

    public Builder ToBuilder() => new(this);

    private static int Compare(Entry a, Entry b) =>
        string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Customer.Code, b.Customer.Code);

    /// <summary>A member of a group: its sort key (null to sort by code alone) and the customer.</summary>
    internal readonly record struct Entry(string? Key, Customer Customer);

    internal sealed class Builder(CustomerGroups original)
    {
        private readonly BucketMap<Entry[]>.Builder _groups = original._groups.ToBuilder();

        // Per group, by customer code: the entry now, or null when the customer left the group.
        private readonly Dictionary<string, Dictionary<string, Entry?>> _pending = new(StringComparer.Ordinal);

        public void Put(string group, Entry entry) => Pending(group)[entry.Customer.Code] = entry;

        public void Remove(string group, string customerCode) => Pending(group)[customerCode] = null;

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

        private static Entry[]? ReplacedInPlace(Entry[] existing, Dictionary<string, Entry?> changes)
        {
            var copy = (Entry[])existing.Clone();
            foreach (var change in changes.Values)
            {
                var at = change is { } entry ? Array.BinarySearch(copy, entry, Order) : -1;
                if (at < 0)
                {
                    return null;
                }

                copy[at] = change!.Value;
            }

            return copy;
        }

        private Dictionary<string, Entry?> Pending(string group)
        {
            if (!_pending.TryGetValue(group, out var changes))
            {
                changes = new Dictionary<string, Entry?>(StringComparer.Ordinal);
                _pending.Add(group, changes);
            }

            return changes;
        }

        private void Settle(string group)
        {
            if (!_pending.TryGetValue(group, out var changes))
            {
                return;
            }

            _pending.Remove(group);
            _groups.TryGetValue(group, out var existing);
            if (existing is not null && ReplacedInPlace(existing, changes) is { } replaced)
            {
                _groups.Set(group, replaced);
                return;
            }

            var settled = new List<Entry>(changes.Count + (existing?.Length ?? 0));
            foreach (var entry in existing ?? [])
            {
                if (!changes.ContainsKey(entry.Customer.Code))
                {
                    settled.Add(entry);
                }
            }

            foreach (var entry in changes.Values)
            {
                if (entry is { } present)
                {
                    settled.Add(present);
                }
            }

            if (settled.Count == 0)
            {
                _groups.Remove(group);
                return;
            }

            settled.Sort(Order);
            _groups.Set(group, settled.ToArray());
        }
    }
}
