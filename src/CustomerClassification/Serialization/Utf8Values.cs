namespace CustomerClassification.Serialization;

/// <summary>
/// Remembers the values lately read from a property's raw UTF-8 tokens, so that a value repeated across a million
/// records (a category code, a credit grade, payment terms, a date, the actor of a change) is read and allocated once
/// and then shared: fewer objects to make and for the collector to keep. A slot per hash of the bytes, the last value
/// wins; a property whose values hardly repeat (names, phone numbers) is no longer looked up after a first sample.
/// Values are immutable and read deterministically from their bytes, so sharing one is the same as reading it again.
/// </summary>
internal sealed class Utf8Values
{
    private const int Slots = 4096;
    private const int MaxBytes = 48;
    private const int Sample = 4096;

    private readonly byte[]?[] _keys = new byte[]?[Slots];
    private readonly int[] _lengths = new int[Slots];
    private readonly int[] _kinds = new int[Slots];
    private readonly object?[] _values = new object?[Slots];
    private int _lookups;
    private int _hits;

    /// <summary>Finds the value read before from the same token (its kind and raw bytes); otherwise gives the slot for <see cref="Remember"/>, or -1.</summary>
    public bool TryGet(int kind, ReadOnlySpan<byte> utf8, out object? value, out int slot)
    {
        value = null;
        slot = -1;

        // After the first sample, a property whose values rarely repeat is read directly.
        if (utf8.Length > MaxBytes || (_lookups >= Sample && _hits * 8 < _lookups))
        {
            return false;
        }

        _lookups++;
        slot = Slot(kind, utf8);
        if (_keys[slot] is { } key && _kinds[slot] == kind && utf8.SequenceEqual(key.AsSpan(0, _lengths[slot])))
        {
            _hits++;
            value = _values[slot];
            return true;
        }

        return false;
    }

    /// <summary>Remembers a value read from a token in the slot <see cref="TryGet"/> gave (none when -1, nothing when the value is null).</summary>
    public object? Remember(int slot, int kind, ReadOnlySpan<byte> utf8, object? value)
    {
        if (slot >= 0 && value is not null)
        {
            var bytes = _keys[slot] ??= new byte[MaxBytes];
            utf8.CopyTo(bytes);
            _lengths[slot] = utf8.Length;
            _kinds[slot] = kind;
            _values[slot] = value;
        }

        return value;
    }

    private static int Slot(int kind, ReadOnlySpan<byte> utf8)
    {
        var hash = unchecked(2166136261u + (uint)kind);
        foreach (var b in utf8)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)((hash ^ (hash >> 15)) & (Slots - 1));
    }
}
