using System.Collections.Generic;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// Which category of one dimension each customer was in on any day (历史口径), answered from the change log so
/// that statistics of a past period stay with the category in force then. Immutable and thread-safe; built once
/// for a snapshot and a dimension, then each answer is a lookup.
/// <para>
/// A reclassification counts from the day it was logged, in <see cref="Zone"/> (the log keeps instants; the day
/// depends on where the books are kept), so a document of that day is already under the new category; of several
/// changes on one day the last is in force. Before a customer's first recorded change it was in that change's
/// former category; a customer never reclassified was always in its current one (the archive records nothing
/// earlier, so a customer imported later is counted under the category it was imported with).
/// </para>
/// </summary>
public sealed class CategoryHistory
{
    private readonly ArchiveSnapshot _archive;
    private readonly Dictionary<string, List<Change>> _changes;

    private CategoryHistory(ArchiveSnapshot archive, string dimension, DateTimeZone zone)
    {
        _archive = archive;
        Dimension = dimension;
        Zone = zone;
        _changes = new Dictionary<string, List<Change>>(archive.Settings.CodeComparer);
        foreach (var entry in archive.ChangeLog)
        {
            if (entry.Operation == ChangeOperation.CustomerReclassified && string.Equals(entry.Dimension, dimension, StringComparison.Ordinal) && entry.CustomerCode is { } code)
            {
                if (!_changes.TryGetValue(code, out var list))
                {
                    _changes.Add(code, list = []);
                }

                list.Add(new Change(entry.At.InZone(zone).Date, entry.Before, entry.After));
            }
        }
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the time zone whose calendar day a logged change counts from.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the number of customers reclassified in the dimension at least once; with none, every day's answer is today's category.</summary>
    public int ReclassifiedCustomers => _changes.Count;

    /// <summary>Builds the history of a dimension of a snapshot.</summary>
    /// <param name="archive">The snapshot; its change log is read once.</param>
    /// <param name="dimension">The dimension: <see cref="DimensionNames.Category"/>, <see cref="DimensionNames.Region"/>, a further dimension, or a Chinese alias.</param>
    /// <param name="zone">The zone whose calendar day a logged change counts from (for a Chinese account set, <c>Asia/Shanghai</c>).</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException">The archive has no such dimension (<see cref="ClassificationErrorCode.DimensionNotFound"/>).</exception>
    public static CategoryHistory Of(ArchiveSnapshot archive, string dimension, DateTimeZone zone)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(zone);
        var canonical = DimensionNames.Canonical(Guard.Against.Null(dimension));
        _ = archive.CategoriesOf(canonical);
        return new CategoryHistory(archive, canonical, zone);
    }

    /// <summary>Gets the category a customer was in on a day: its code, or null when it had none then or is not in the archive.</summary>
    /// <param name="customerCode">The customer code, compared as the archive compares codes.</param>
    /// <param name="date">The day.</param>
    /// <returns>The category code in force on that day, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public string? CategoryOn(string customerCode, LocalDate date) =>
        _archive.Find(Guard.Against.Null(customerCode)) is { } customer ? CategoryOn(customer, date) : null;

    /// <summary>Gets the category a customer of the archive was in on a day, without looking the customer up.</summary>
    /// <param name="customer">The customer, as the snapshot holds it.</param>
    /// <param name="date">The day.</param>
    /// <returns>The category code in force on that day, or null when it had none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public string? CategoryOn(Customer customer, LocalDate date)
    {
        Guard.Against.Null(customer);
        if (_changes.Count == 0 || !_changes.TryGetValue(customer.Code, out var changes))
        {
            return customer.CodeIn(Dimension);
        }

        // The last change on or before the day; before the first, its former category.
        var low = 0;
        var high = changes.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (changes[middle].Day <= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 ? changes[high].After : changes[0].Before;
    }

    /// <summary>Whether the log reclassified a customer in the dimension, so that its category depends on the day.</summary>
    internal bool Moved(Customer customer) => _changes.ContainsKey(customer.Code);

    private readonly record struct Change(LocalDate Day, string? Before, string? After);
}
