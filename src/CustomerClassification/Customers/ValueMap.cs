using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>An immutable map from names (ordinal, sorted) to values, with value equality.</summary>
internal sealed class ValueMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<ValueMap<TValue>>
    where TValue : IEquatable<TValue>
{
    public static readonly ValueMap<TValue> Empty = new([]);

    private readonly KeyValuePair<string, TValue>[] _pairs;

    private ValueMap(KeyValuePair<string, TValue>[] pairs) => _pairs = pairs;

    public int Count => _pairs.Length;

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<TValue> Values => _pairs.Select(p => p.Value);

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No value for '{key}'.");

    /// <summary>Copies the pairs; a key given twice keeps its last value.</summary>
    public static ValueMap<TValue> Of(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        if (Guard.Against.Null(pairs) is ValueMap<TValue> map)
        {
            return map;
        }

        var given = pairs.ToArray();
        foreach (var pair in given)
        {
            Guard.Against.Null(pair.Key, nameof(pairs));
        }

        return given.Length == 0 ? Empty : new ValueMap<TValue>(given.Length <= 16 ? Few(given) : Many(given));
    }

    // Most maps hold a value or two: sorted by insertion in place, without a tree per map. A key given twice keeps its last value.
    private static KeyValuePair<string, TValue>[] Few(KeyValuePair<string, TValue>[] given)
    {
        var count = 0;
        foreach (var pair in given)
        {
            var at = count;
            while (at > 0 && string.CompareOrdinal(given[at - 1].Key, pair.Key) > 0)
            {
                at--;
            }

            if (at > 0 && string.Equals(given[at - 1].Key, pair.Key, StringComparison.Ordinal))
            {
                given[at - 1] = pair;
                continue;
            }

            Array.Copy(given, at, given, at + 1, count - at);
            given[at] = pair;
            count++;
        }

        Array.Resize(ref given, count);
        return given;
    }

    // Many keys: a tree, so that no input costs a square of its length.
    private static KeyValuePair<string, TValue>[] Many(KeyValuePair<string, TValue>[] given)
    {
        var byKey = new SortedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var pair in given)
        {
            byKey[pair.Key] = pair.Value;
        }

        return [.. byKey];
    }

    public ValueMap<TValue> With(string key, TValue value) =>
        Of(_pairs.Where(p => !string.Equals(p.Key, key, StringComparison.Ordinal)).Append(new KeyValuePair<string, TValue>(key, value)));

    /// <summary>A copy without the key; this map when it has none.</summary>
    public ValueMap<TValue> Without(string key) =>
        ContainsKey(key) ? Of(_pairs.Where(p => !string.Equals(p.Key, key, StringComparison.Ordinal))) : this;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out TValue value)
    {
        foreach (var pair in _pairs)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueMap<TValue>? other) =>
        other is not null && _pairs.Length == other._pairs.Length
        && _pairs.Zip(other._pairs, (a, b) => string.Equals(a.Key, b.Key, StringComparison.Ordinal) && a.Value.Equals(b.Value)).All(same => same);

    public override bool Equals(object? obj) => Equals(obj as ValueMap<TValue>);

    public override int GetHashCode() =>
        _pairs.Aggregate(17, (hash, pair) => unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key) + pair.Value.GetHashCode()));

    public override string ToString() => "{" + string.Join(", ", _pairs.Select(p => $"{p.Key}={p.Value}")) + "}";
}
