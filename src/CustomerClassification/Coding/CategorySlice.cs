using System.Collections;
using System.Collections.Generic;

namespace CustomerClassification.Coding;

/// <summary>
/// A run of consecutive categories in the pre-order (ordinal code order) of a <see cref="CategoryTree"/>,
/// such as the descendants of one category. It is a view without a copy, and a snapshot: later changes
/// to the tree do not show in it.
/// </summary>
public readonly struct CategorySlice : IReadOnlyList<Category>, IEquatable<CategorySlice>
{
    private readonly Category[]? _items;
    private readonly int _start;

    internal CategorySlice(Category[] items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>Gets the number of categories in the slice.</summary>
    public int Count { get; }

    /// <summary>Gets the category at a position of the slice.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public Category this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {Count - 1}.");
            }

            return _items![_start + index];
        }
    }

    /// <summary>Equality: the same run of the same snapshot of a tree.</summary>
    /// <param name="left">The first slice.</param>
    /// <param name="right">The second slice.</param>
    /// <returns>True when both slices view the same run of the same snapshot.</returns>
    public static bool operator ==(CategorySlice left, CategorySlice right) => left.Equals(right);

    /// <summary>Inequality: not the same run of the same snapshot of a tree.</summary>
    /// <param name="left">The first slice.</param>
    /// <param name="right">The second slice.</param>
    /// <returns>True when the slices view different runs or snapshots.</returns>
    public static bool operator !=(CategorySlice left, CategorySlice right) => !left.Equals(right);

    /// <summary>Returns an enumerator over the slice that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items, _start, Count);

    /// <inheritdoc />
    IEnumerator<Category> IEnumerable<Category>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(CategorySlice other) => ReferenceEquals(_items, other._items) && _start == other._start && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategorySlice other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((_items?.GetHashCode() ?? 0) * 31 * 31) + (_start * 31) + Count);

    /// <summary>Enumerates a <see cref="CategorySlice"/> in pre-order.</summary>
    public struct Enumerator : IEnumerator<Category>
    {
        private readonly Category[]? _items;
        private readonly int _start;
        private readonly int _end;
        private int _index;

        internal Enumerator(Category[]? items, int start, int count)
        {
            _items = items;
            _start = start;
            _index = start - 1;
            _end = start + count;
        }

        /// <summary>Gets the category at the current position.</summary>
        public readonly Category Current => _items![_index];

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next category.</summary>
        /// <returns>False when the slice is exhausted.</returns>
        public bool MoveNext() => ++_index < _end;

        /// <summary>Moves back to before the first category.</summary>
        public void Reset() => _index = _start - 1;

        /// <summary>Does nothing: the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }
}
