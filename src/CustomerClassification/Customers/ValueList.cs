using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>An immutable list of strings with value equality, so that records holding one compare by content.</summary>
internal sealed class ValueList : IReadOnlyList<string>, IEquatable<ValueList>
{
    public static readonly ValueList Empty = new([]);

    private readonly string[] _items;

    private ValueList(string[] items) => _items = items;

    public int Count => _items.Length;

    public string this[int index] => _items[index];

    /// <summary>Trims each item and drops the blank ones, keeping order and duplicates.</summary>
    public static ValueList Of(IEnumerable<string?> items) => Create(Trimmed(items).ToArray());

    /// <summary>Trims each item, drops the blank ones and duplicates, and sorts ordinally.</summary>
    public static ValueList SetOf(IEnumerable<string?> items) =>
        Create(Trimmed(items).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToArray());

    public bool Contains(string item) => Array.IndexOf(_items, item) >= 0;

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ValueList? other) => other is not null && _items.SequenceEqual(other._items, StringComparer.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ValueList);

    public override int GetHashCode() => _items.Aggregate(17, (hash, item) => unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(item)));

    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    private static IEnumerable<string> Trimmed(IEnumerable<string?> items) =>
        Guard.Against.Null(items).Select(s => s?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);

    private static ValueList Create(string[] items) => items.Length == 0 ? Empty : new ValueList(items);
}
