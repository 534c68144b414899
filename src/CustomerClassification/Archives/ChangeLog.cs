using System.Collections;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// The change log of a customer archive as of one snapshot: every change in the order it was made, each an
/// immutable <see cref="ChangeLogEntry"/>. Append-only: a later snapshot's log starts with this one's entries.
/// </summary>
public sealed class ChangeLog : IReadOnlyList<ChangeLogEntry>
{
    private readonly ChangeLogStore _store;
    private readonly StringComparer _codes;

    internal ChangeLog(ChangeLogStore store, int count, StringComparer codes)
    {
        _store = store;
        Count = count;
        _codes = codes;
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count { get; }

    /// <summary>Gets an entry by its 0-based position (its <see cref="ChangeLogEntry.Sequence"/> minus one).</summary>
    /// <param name="index">The position.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public ChangeLogEntry this[int index] =>
        index >= 0 && index < Count ? _store[index] : throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {Count - 1}.");

    /// <summary>Gets the entries about one customer, oldest first.</summary>
    /// <param name="customerCode">The customer code, compared as the archive compares codes (<see cref="ArchiveSettings.CodeComparer"/>).</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public IReadOnlyList<ChangeLogEntry> ForCustomer(string customerCode)
    {
        Guard.Against.Null(customerCode);
        return this.Where(e => e.CustomerCode is { } code && _codes.Equals(code, customerCode)).ToArray();
    }

    /// <summary>
    /// Gets the entries about one category of a dimension, oldest first: the category's own changes and the
    /// customers that moved into or out of it.
    /// </summary>
    /// <param name="dimension">The dimension name.</param>
    /// <param name="categoryCode">The category code (ordinal).</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<ChangeLogEntry> ForCategory(string dimension, string categoryCode)
    {
        dimension = Customers.DimensionNames.Canonical(dimension);
        Guard.Against.Null(categoryCode);
        return this.Where(e => string.Equals(e.Dimension, dimension, StringComparison.Ordinal)
            && (string.Equals(e.CategoryCode, categoryCode, StringComparison.Ordinal)
                || (e.Operation == ChangeOperation.CustomerReclassified && string.Equals(e.Before, categoryCode, StringComparison.Ordinal)))).ToArray();
    }

    /// <summary>Gets the entries made from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive), oldest first.</summary>
    /// <param name="start">The first instant included.</param>
    /// <param name="end">The first instant excluded.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public IReadOnlyList<ChangeLogEntry> Between(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end} is before the start {start}.", nameof(end));
        }

        return this.Where(e => e.At >= start && e.At < end).ToArray();
    }

    /// <inheritdoc />
    public IEnumerator<ChangeLogEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _store[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
