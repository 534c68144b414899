using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Analysis;

/// <summary>
/// Where the customers of a category went over a period (转化率), such as how many 潜在客户 became 经销商: the customers in
/// the category (or under it) on the first day, counted by the category each was in on the last day, from the change
/// log. Only customers that existed on the first day are followed: developed (发展日期) by then, or, without a development
/// date, added to the archive by then. Immutable.
/// </summary>
public sealed class CategoryConversion
{
    private CategoryConversion(string dimension, string categoryCode, LocalDate from, LocalDate to, int start, ConversionTarget[] targets)
    {
        Dimension = dimension;
        CategoryCode = categoryCode;
        From = from;
        To = to;
        StartCount = start;
        Targets = ReadOnly.Of(targets);
    }

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; }

    /// <summary>Gets the category whose customers are followed; its descendants' customers are followed too.</summary>
    public string CategoryCode { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the number of customers in the category on <see cref="From"/>.</summary>
    public int StartCount { get; }

    /// <summary>Gets where they were on <see cref="To"/>: one line per category (code empty for none), most customers first, then by code.</summary>
    public IReadOnlyList<ConversionTarget> Targets { get; }

    /// <summary>Follows the customers of a category over a period.</summary>
    /// <param name="archive">The archive and its change log.</param>
    /// <param name="dimension">The dimension, or a Chinese alias.</param>
    /// <param name="categoryCode">The category, a leaf or not.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="zone">The zone whose calendar day a logged change counts from.</param>
    /// <returns>The conversion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ClassificationException">No such dimension (<see cref="ClassificationErrorCode.DimensionNotFound"/>) or category (<see cref="ClassificationErrorCode.CategoryNotFound"/>).</exception>
    public static CategoryConversion Build(ArchiveSnapshot archive, string dimension, string categoryCode, LocalDate from, LocalDate to, DateTimeZone zone)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(categoryCode);
        Money.Period(from, to, nameof(to));

        var history = CategoryHistory.Of(archive, dimension, zone);
        var tree = archive.CategoriesOf(history.Dimension);
        var followed = tree.Get(categoryCode);
        var added = AddedOn(archive, zone);
        var moved = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var start = 0;
        foreach (var customer in archive)
        {
            if (history.CategoryOn(customer, from) is { } code && (string.Equals(code, followed.Code, StringComparison.Ordinal) || tree.IsUnder(code, followed.Code))
                && (customer.DevelopedOn ?? (added.TryGetValue(customer.Code, out var day) ? day : from)) <= from)
            {
                start++;
                var end = history.CategoryOn(customer, to) ?? string.Empty;
                if (!moved.TryGetValue(end, out var list))
                {
                    moved.Add(end, list = []);
                }

                list.Add(customer.Code);
            }
        }

        var targets = moved
            .Select(m => new ConversionTarget(m.Key, tree.Find(m.Key)?.Name ?? Messages.Get("NoValue"), m.Value.ToArray(), start))
            .OrderByDescending(t => t.Count).ThenBy(t => t.CategoryCode, StringComparer.Ordinal)
            .ToArray();
        return new CategoryConversion(history.Dimension, followed.Code, from, to, start, targets);
    }

    private static Dictionary<string, LocalDate> AddedOn(ArchiveSnapshot archive, DateTimeZone zone)
    {
        var added = new Dictionary<string, LocalDate>(archive.Settings.CodeComparer);
        foreach (var entry in archive.ChangeLog)
        {
            if (entry.Operation == ChangeOperation.CustomerAdded && entry.CustomerCode is { } code)
            {
                added[code] = entry.At.InZone(zone).Date;
            }
        }

        return added;
    }
}
