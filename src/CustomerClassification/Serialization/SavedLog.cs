using System.Collections;
using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Serialization;

/// <summary>
/// A snapshot's change log, checked when the snapshot was read but kept as its UTF-8 bytes until an entry is first
/// asked for: then every entry is read at once (by the reader that checked them, so reading cannot fail) and the
/// bytes let go. Loading a million customers for a command that never looks at their history makes no million entries.
/// Safe to read from any number of threads.
/// </summary>
internal sealed class SavedLog(ArraySegment<byte> json, int count) : IReadOnlyList<ChangeLogEntry>
{
#if NET9_0_OR_GREATER
    private readonly System.Threading.Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private ArraySegment<byte>? _json = json;
    private ChangeLogEntry[]? _entries;

    public int Count { get; } = count;

    public ChangeLogEntry this[int index] => Entries()[index];

    public IEnumerator<ChangeLogEntry> GetEnumerator() => ((IEnumerable<ChangeLogEntry>)Entries()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ChangeLogEntry[] Entries()
    {
        if (System.Threading.Volatile.Read(ref _entries) is { } entries)
        {
            return entries;
        }

        lock (_gate)
        {
            if (_entries is null)
            {
                System.Threading.Volatile.Write(ref _entries, SnapshotFastPath.Entries(_json!.Value, Count));
                _json = null;
            }

            return _entries!;
        }
    }
}
