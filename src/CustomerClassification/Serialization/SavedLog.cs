using System.Collections;
using System.Collections.Generic;
using CustomerClassification.Archives;

namespace CustomerClassification.Serialization;

/// <summary>
/// A snapshot's change log, checked when the snapshot was read but kept as its UTF-8 bytes until an entry is first
/// asked for: then every entry is read at once (by the reader that checked them, so reading cannot fail) and the
/// bytes let go. Loading a million customers for a command that never looks at their history makes no million entries.
/// Safe to read from any number of threads.
/// </summary>
internal sealed class SavedLog(ArraySegment<byte> json, int count) : IReadOnlyList<ChangeLogEntry>
{
    // Lazy lets its factory, and with it the bytes, go once the entries are made.
    private readonly Lazy<ChangeLogEntry[]> _entries = new(() => SnapshotReader.Entries(json, count));

    public int Count { get; } = count;

    public ChangeLogEntry this[int index] => _entries.Value[index];

    public IEnumerator<ChangeLogEntry> GetEnumerator() => ((IEnumerable<ChangeLogEntry>)_entries.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
