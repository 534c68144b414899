using System.Threading;
using System.Collections.Generic;

namespace CustomerClassification.Customers;

/// <summary>
/// The append-only storage behind an archive's change logs: fixed-size chunks that are never moved, so a
/// reader holding a count reads its entries while the single writer appends more.
/// </summary>
internal sealed class ChangeLogStore
{
    private const int ChunkSize = 4096;

    private ChangeLogEntry[][] _chunks = [];
    private int _count;

    public int Count => _count;

    public ChangeLogEntry this[int index] => Volatile.Read(ref _chunks)[index / ChunkSize][index % ChunkSize];

    /// <summary>Appends entries beyond what any snapshot sees; the writer publishes the new count afterwards.</summary>
    public void Append(IReadOnlyList<ChangeLogEntry> entries)
    {
        foreach (var entry in entries)
        {
            var chunk = _count / ChunkSize;
            if (chunk == _chunks.Length)
            {
                var grown = new ChangeLogEntry[chunk + 1][];
                Array.Copy(_chunks, grown, chunk);
                grown[chunk] = new ChangeLogEntry[ChunkSize];
                Volatile.Write(ref _chunks, grown);
            }

            _chunks[chunk][_count % ChunkSize] = entry;
            _count++;
        }
    }
}
