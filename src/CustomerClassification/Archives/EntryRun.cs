using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// The members of one customer group, sorted by key then code, held in chunks of a few hundred: adding or removing one
/// member copies one chunk and the list of chunks, not the group, so a group of n customers changes in O(n / 256 + 256)
/// and a million single adds into one category stay linear. Immutable; shared between snapshots.
/// </summary>
internal sealed class EntryRun
{
    private const int ChunkSize = 256;

    private readonly CustomerGroups.Entry[][] _chunks;

    private EntryRun(CustomerGroups.Entry[][] chunks, int count)
    {
        _chunks = chunks;
        Count = count;
    }

    public static EntryRun Empty { get; } = new([], 0);

    public int Count { get; }

    /// <summary>Makes a run of entries already sorted.</summary>
    public static EntryRun Of(CustomerGroups.Entry[] sorted)
    {
        var chunks = new CustomerGroups.Entry[(sorted.Length + ChunkSize - 1) / ChunkSize][];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = sorted.AsSpan(i * ChunkSize, Math.Min(ChunkSize, sorted.Length - (i * ChunkSize))).ToArray();
        }

        return new EntryRun(chunks, sorted.Length);
    }

    /// <summary>Gets the entries in order, as one array.</summary>
    public CustomerGroups.Entry[] ToArray()
    {
        var all = new CustomerGroups.Entry[Count];
        var at = 0;
        foreach (var chunk in _chunks)
        {
            chunk.CopyTo(all, at);
            at += chunk.Length;
        }

        return all;
    }

    /// <summary>Adds every member's customer to a list, in order.</summary>
    public void AddCustomersTo(List<Customer> result)
    {
        foreach (var chunk in _chunks)
        {
            foreach (var entry in chunk)
            {
                result.Add(entry.Customer);
            }
        }
    }

    /// <summary>Gets the members from the first whose key is not below <paramref name="key"/>, in order.</summary>
    public IEnumerable<CustomerGroups.Entry> From(string key)
    {
        var probe = new CustomerGroups.Entry(key, null!);
        var first = ChunkOf(probe, byKeyOnly: true);
        for (var c = first; c < _chunks.Length; c++)
        {
            var chunk = _chunks[c];
            for (var i = c == first ? Lower(chunk, probe, byKeyOnly: true) : 0; i < chunk.Length; i++)
            {
                yield return chunk[i];
            }
        }
    }

    /// <summary>Gives the run with the entry put in its place (replacing the entry of the same key and code).</summary>
    public EntryRun With(CustomerGroups.Entry entry)
    {
        if (_chunks.Length == 0)
        {
            return new EntryRun([[entry]], 1);
        }

        var c = Math.Min(ChunkOf(entry, byKeyOnly: false), _chunks.Length - 1);
        var chunk = _chunks[c];
        var at = Lower(chunk, entry, byKeyOnly: false);
        if (at < chunk.Length && CustomerGroups.Compare(chunk[at], entry) == 0)
        {
            var replaced = (CustomerGroups.Entry[])chunk.Clone();
            replaced[at] = entry;
            return new EntryRun(Replace(c, replaced), Count);
        }

        var grown = new CustomerGroups.Entry[chunk.Length + 1];
        Array.Copy(chunk, grown, at);
        grown[at] = entry;
        Array.Copy(chunk, at, grown, at + 1, chunk.Length - at);
        if (grown.Length <= 2 * ChunkSize)
        {
            return new EntryRun(Replace(c, grown), Count + 1);
        }

        // A chunk grown to twice its size is split in two.
        var chunks = new CustomerGroups.Entry[_chunks.Length + 1][];
        Array.Copy(_chunks, chunks, c);
        chunks[c] = grown.AsSpan(0, ChunkSize).ToArray();
        chunks[c + 1] = grown.AsSpan(ChunkSize).ToArray();
        Array.Copy(_chunks, c + 1, chunks, c + 2, _chunks.Length - c - 1);
        return new EntryRun(chunks, Count + 1);
    }

    /// <summary>Gives the run without the entry of the same key and code, or this run when there is none.</summary>
    public EntryRun Without(CustomerGroups.Entry entry)
    {
        var c = ChunkOf(entry, byKeyOnly: false);
        if (c >= _chunks.Length)
        {
            return this;
        }

        var chunk = _chunks[c];
        var at = Lower(chunk, entry, byKeyOnly: false);
        if (at >= chunk.Length || CustomerGroups.Compare(chunk[at], entry) != 0)
        {
            return this;
        }

        if (chunk.Length == 1)
        {
            var chunks = new CustomerGroups.Entry[_chunks.Length - 1][];
            Array.Copy(_chunks, chunks, c);
            Array.Copy(_chunks, c + 1, chunks, c, _chunks.Length - c - 1);
            return new EntryRun(chunks, Count - 1);
        }

        var shrunk = new CustomerGroups.Entry[chunk.Length - 1];
        Array.Copy(chunk, shrunk, at);
        Array.Copy(chunk, at + 1, shrunk, at, chunk.Length - at - 1);
        return new EntryRun(Replace(c, shrunk), Count - 1);
    }

    private static int Compare(CustomerGroups.Entry a, CustomerGroups.Entry b, bool byKeyOnly) =>
        byKeyOnly ? string.CompareOrdinal(a.Key, b.Key) : CustomerGroups.Compare(a, b);

    // The first entry of a chunk not below the probe.
    private static int Lower(CustomerGroups.Entry[] chunk, CustomerGroups.Entry probe, bool byKeyOnly)
    {
        int low = 0, high = chunk.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Compare(chunk[mid], probe, byKeyOnly) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // The first chunk whose last entry is not below the probe (the number of chunks when every entry is below it).
    private int ChunkOf(CustomerGroups.Entry probe, bool byKeyOnly)
    {
        int low = 0, high = _chunks.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Compare(_chunks[mid][_chunks[mid].Length - 1], probe, byKeyOnly) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private CustomerGroups.Entry[][] Replace(int index, CustomerGroups.Entry[] chunk)
    {
        var chunks = (CustomerGroups.Entry[][])_chunks.Clone();
        chunks[index] = chunk;
        return chunks;
    }
}
