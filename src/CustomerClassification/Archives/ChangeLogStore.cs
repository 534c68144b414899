using System.Collections.Generic;
using System.Threading;

namespace CustomerClassification.Archives;

/// <summary>
/// The append-only storage behind an archive's change logs: fixed-size chunks that are never moved, so a
/// reader holding a count reads its entries while the single writer appends more.
/// </summary>
internal sealed class ChangeLogStore
{
    private const int ChunkSize = 4096;

    private ChangeLogEntry[][] _chunks = [];
    private int _count;

    // A saved log taken as it is (entries 0 to its count − 1), perhaps still to be read: a restored archive of a million
    // changes reads them when first asked for, not while loading. Later entries go into the chunks.
    private IReadOnlyList<ChangeLogEntry> _saved = [];
    private int _savedCount;

    public int Count => _count;

    public ChangeLogEntry this[int index] =>
        index < _savedCount ? _saved[index] : Volatile.Read(ref _chunks)[(index - _savedCount) / ChunkSize][(index - _savedCount) % ChunkSize];

    /// <summary>Takes a saved log as the first entries of an empty store, without reading it: its count is all it asks of it now.</summary>
    public void Adopt(IReadOnlyList<ChangeLogEntry> saved)
    {
        if (_count > 0)
        {
            throw new InvalidOperationException("Only an empty change log takes a saved one.");
        }

        _saved = saved;
        _savedCount = _count = saved.Count;
    }

    /// <summary>Appends entries beyond what any snapshot sees; the writer publishes the new count afterwards.</summary>
    public void Append(IReadOnlyList<ChangeLogEntry> entries)
    {
        foreach (var entry in entries)
        {
            var chunk = (_count - _savedCount) / ChunkSize;
            if (chunk == _chunks.Length)
            {
                var grown = new ChangeLogEntry[chunk + 1][];
                Array.Copy(_chunks, grown, chunk);
                grown[chunk] = new ChangeLogEntry[ChunkSize];
                Volatile.Write(ref _chunks, grown);
            }

            _chunks[chunk][(_count - _savedCount) % ChunkSize] = entry;
            _count++;
        }
    }
}
