using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification.Archives;

/// <summary>
/// A persistent map from strings (ordinal, or ordinal ignoring ASCII case for customer codes compared as T3 compares
/// them) to values: a fixed array of small dictionaries. A change copies
/// only the buckets it touches (once per transaction, through <see cref="Builder"/>), so a snapshot that
/// readers hold is never changed and a write costs a bucket, not the whole map.
/// </summary>
internal sealed class BucketMap<TValue>
{
    private const int BucketCount = 1024;

    private readonly Dictionary<string, TValue>?[] _buckets;

    private readonly StringComparer _comparer;

    private BucketMap(Dictionary<string, TValue>?[] buckets, int count, StringComparer comparer)
    {
        _buckets = buckets;
        Count = count;
        _comparer = comparer;
    }

    public static BucketMap<TValue> Empty { get; } = new(new Dictionary<string, TValue>?[BucketCount], 0, StringComparer.Ordinal);

    /// <summary>Gets an empty map whose keys ignore ASCII case (keys such as customer codes are ASCII letters and digits).</summary>
    public static BucketMap<TValue> EmptyIgnoringCase { get; } = new(new Dictionary<string, TValue>?[BucketCount], 0, StringComparer.OrdinalIgnoreCase);

    public int Count { get; }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => TryGet(_buckets, key, out value, _comparer);

    /// <summary>Enumerates the pairs in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Pairs() => PairsOf(_buckets);

    private static IEnumerable<KeyValuePair<string, TValue>> PairsOf(Dictionary<string, TValue>?[] buckets)
    {
        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            foreach (var pair in bucket)
            {
                yield return pair;
            }
        }
    }

    public Builder ToBuilder() => new(this);

    private static bool TryGet(Dictionary<string, TValue>?[] buckets, string key, [MaybeNullWhen(false)] out TValue value, StringComparer comparer)
    {
        if (buckets[IndexOf(key, comparer)] is { } bucket)
        {
            return bucket.TryGetValue(key, out value);
        }

        value = default;
        return false;
    }

    private static int IndexOf(string key, StringComparer comparer)
    {
        // A cheap hash of its own: the buckets' dictionaries hash the key again with their comparer. Ignoring case,
        // ASCII letters hash as upper case; such maps hold ASCII keys only (customer codes).
        var fold = !ReferenceEquals(comparer, StringComparer.Ordinal);
        var hash = 0;
        foreach (var c in key)
        {
            hash = unchecked((hash * 31) + (fold && c is >= 'a' and <= 'z' ? c - 32 : c));
        }

        return hash & (BucketCount - 1);
    }

    /// <summary>A transaction's view of a map: reads see its own writes; the original is never changed.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, TValue>?[] _buckets;
        private readonly bool[] _owned = new bool[BucketCount];

        private readonly StringComparer _comparer;
        private int _capacity;

        public Builder(BucketMap<TValue> original)
        {
            _buckets = (Dictionary<string, TValue>?[])original._buckets.Clone();
            Count = original.Count;
            _comparer = original._comparer;
        }

        public int Count { get; private set; }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => TryGet(_buckets, key, out value, _comparer);

        /// <summary>The pairs as they are now (in no order); not to be changed while enumerated.</summary>
        public IEnumerable<KeyValuePair<string, TValue>> Pairs() => PairsOf(_buckets);

        /// <summary>Makes room for this many more keys: a bucket made from now on is sized for its share, once, instead of growing step by step.</summary>
        public void Expect(int more) => _capacity = Math.Max(_capacity, (int)(((long)Count + more) * 9 / 8 / BucketCount));

        public void Set(string key, TValue value)
        {
            var bucket = Own(IndexOf(key, _comparer));
            if (!bucket.ContainsKey(key))
            {
                Count++;
            }

            bucket[key] = value;
        }

        /// <summary>Adds a key the map does not hold (one lookup, where <see cref="Set"/> makes two).</summary>
        /// <exception cref="ArgumentException">The map holds the key.</exception>
        public void Add(string key, TValue value)
        {
            Own(IndexOf(key, _comparer)).Add(key, value);
            Count++;
        }

        public void Remove(string key)
        {
            var index = IndexOf(key, _comparer);
            if (_buckets[index]?.ContainsKey(key) == true && Own(index).Remove(key))
            {
                Count--;
            }
        }

        /// <summary>Freezes the builder's state into a map; the builder must not be used afterwards.</summary>
        public BucketMap<TValue> ToImmutable() => new(_buckets, Count, _comparer);

        private Dictionary<string, TValue> Own(int index)
        {
            if (!_owned[index])
            {
                var original = _buckets[index];
                _buckets[index] = original is null ? new Dictionary<string, TValue>(_capacity, _comparer) : new Dictionary<string, TValue>(original, _comparer);
                _owned[index] = true;
            }

            return _buckets[index]!;
        }
    }
}
