using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Persistent groups of customers, each sorted by a key then by code: the customers of one category (no
/// key), or the customers whose mnemonic codes start alike (keyed by mnemonic code). A transaction collects
/// its changes per group and settles each touched group once, when it is read or when it ends: a few changes
/// are put into the group's chunked run one by one (O(log n) and a chunk each, see <see cref="EntryRun"/>); many
/// changes to a group whose members only changed versions put the new versions in place (no sort); any other
/// change merges and sorts.
/// </summary>
internal sealed class CustomerGroups
{
    private static readonly IComparer<Entry> Order = new EntryOrder();

    // Changes by customer code alone, to find a member's change.
    private static readonly IComparer<Change> ByCode = Comparer<Change>.Create((a, b) => string.CompareOrdinal(a.Code, b.Code));

    private readonly BucketMap<EntryRun> _groups;

    private CustomerGroups(BucketMap<EntryRun> groups) => _groups = groups;

    public static CustomerGroups Empty { get; } = new(BucketMap<EntryRun>.Empty);

    public EntryRun Get(string group) => _groups.TryGetValue(group, out var entries) ? entries : EntryRun.Empty;

    public Builder ToBuilder() => new(this);

    /// <summary>These groups without the members a test drops (a user's view): each group's run filtered, empty groups left out.</summary>
    public CustomerGroups Where(Func<Entry, bool> keep)
    {
        var groups = BucketMap<EntryRun>.Empty.ToBuilder();
        foreach (var pair in _groups.Pairs())
        {
            var kept = Array.FindAll(pair.Value.ToArray(), e => keep(e));
            if (kept.Length > 0)
            {
                groups.Add(pair.Key, EntryRun.Of(kept));
            }
        }

        return new CustomerGroups(groups.ToImmutable());
    }

    internal static int Compare(Entry a, Entry b) =>
        string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Customer.Code, b.Customer.Code);

    private sealed class EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => CustomerGroups.Compare(x, y);
    }

    /// <summary>A member of a group: its sort key (null to sort by code alone) and the customer.</summary>
    internal readonly record struct Entry(string? Key, Customer Customer);

    // A change of a group: the customer's entry before (none when it was not in the group) and now (none when it left).
    private readonly record struct Change(string Code, Entry? Old, Entry? Entry);

    internal sealed class Builder(CustomerGroups original)
    {
        private readonly BucketMap<EntryRun>.Builder _groups = original._groups.ToBuilder();

        // Per group, its changes in the order made: a customer's entry now, or (code, null) when it left the group.
        // A list, not a map by code: restoring a million customers appends a million changes and hashes none.
        private readonly Dictionary<string, List<Change>> _pending = new(StringComparer.Ordinal);

        /// <summary>Puts a customer's entry into a group; <paramref name="old"/> is its entry there before, if it was there.</summary>
        public void Put(string group, Entry entry, Entry? old) => Pending(group).Add(new(entry.Customer.Code, old, entry));

        /// <summary>Takes a customer's entry out of a group.</summary>
        public void Remove(string group, Entry old) => Pending(group).Add(new(old.Customer.Code, old, null));

        public EntryRun Get(string group)
        {
            Settle(group);
            return _groups.TryGetValue(group, out var entries) ? entries : EntryRun.Empty;
        }

        public CustomerGroups ToImmutable()
        {
            foreach (var group in new List<string>(_pending.Keys))
            {
                Settle(group);
            }

            return new CustomerGroups(_groups.ToImmutable());
        }

        // The change of each customer, ordered by code: its last entry, with its entry before its first change. As
        // made when codes came in order (a restore), else sorted stably so that a later change of a customer wins.
        private static List<Change> LastByCode(List<Change> changes)
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
            var last = new List<Change>(order.Length);
            for (var i = 0; i < order.Length; i++)
            {
                var first = changes[order[i]];
                while (i + 1 < order.Length && string.Equals(changes[order[i]].Code, changes[order[i + 1]].Code, StringComparison.Ordinal))
                {
                    i++;
                }

                last.Add(changes[order[i]] with { Old = first.Old });
            }

            return last;
        }

        private static Entry[]? ReplacedInPlace(Entry[] existing, List<Change> changes)
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

        private List<Change> Pending(string group)
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
            _groups.TryGetValue(group, out var run);
            if (run is not null && changes.Count * 8 <= run.Count)
            {
                // A few changes to a large group: each taken out and put in where it belongs, a chunk copied each.
                foreach (var change in changes)
                {
                    run = change.Old is { } old ? run.Without(old) : run;
                    run = change.Entry is { } entry ? run.With(entry) : run;
                }

                Set(group, run);
                return;
            }

            var existing = run?.ToArray();
            if (existing is not null && ReplacedInPlace(existing, changes) is { } replaced)
            {
                _groups.Set(group, EntryRun.Of(replaced));
                return;
            }

            // The members no change touches, then the customers' entries now: each member looked up once.
            var kept = Array.FindAll(existing ?? [], entry => changes.BinarySearch(new Change(entry.Customer.Code, null, null), ByCode) < 0);
            var settled = new Entry[kept.Length + changes.Count(change => change.Entry is not null)];
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

            Set(group, EntryRun.Of(settled));
        }

        private void Set(string group, EntryRun run)
        {
            if (run.Count == 0)
            {
                _groups.Remove(group);
            }
            else
            {
                _groups.Set(group, run);
            }
        }
    }
}
