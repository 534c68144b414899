using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// An aging report of open receivables (账龄分析): every customer's open items by age bracket, rolled up
/// the tree of one dimension (each category holds its own customers plus all its descendants'), with the
/// unclassified customers and the grand total. The brackets of every row add up to its balance; amounts are
/// summed exactly and rounded only for display (<see cref="Round"/>).
/// </summary>
public sealed class AgingReport
{
    private readonly Dictionary<string, AgingRow> _categoryRows;

    private AgingReport(
        LocalDate asOf,
        AgingBasis basis,
        AgingBuckets buckets,
        string dimension,
        IReadOnlyList<AgingRow> customers,
        IReadOnlyList<AgingRow> categories,
        AgingRow unclassified,
        AgingRow total,
        IReadOnlyList<Category> nodes)
    {
        Nodes = nodes;
        AsOf = asOf;
        Basis = basis;
        Buckets = buckets;
        Dimension = dimension;
        Customers = ReadOnly.Of(customers);
        Categories = ReadOnly.Of(categories);
        Unclassified = unclassified;
        Total = total;
        _categoryRows = categories.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets the date the ages are counted to.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets what the ages count from.</summary>
    public AgingBasis Basis { get; }

    /// <summary>Gets the brackets.</summary>
    public AgingBuckets Buckets { get; }

    /// <summary>Gets the dimension the report rolls up.</summary>
    public string Dimension { get; }

    /// <summary>Gets a row per customer with open items, in customer code order.</summary>
    public IReadOnlyList<AgingRow> Customers { get; }

    /// <summary>Gets a row per category of the dimension's tree, in pre-order, each rolled up over its subtree.</summary>
    public IReadOnlyList<AgingRow> Categories { get; }

    /// <summary>Gets the row of the customers that have no category in the dimension.</summary>
    public AgingRow Unclassified { get; }

    /// <summary>Gets the grand total: every level-1 category plus the unclassified customers.</summary>
    public AgingRow Total { get; }

    /// <summary>Gets the categories of the rows of <see cref="Categories"/>, in the same order.</summary>
    internal IReadOnlyList<Category> Nodes { get; }

    /// <summary>Rounds an amount for display: 2 places, half away from zero (四舍五入). Never round running sums.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The rounded amount.</returns>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Rolls the customers' rows up by group (集团客户): a row per head of a group (<see cref="ArchiveSnapshot.HeadOfficeOf"/>)
    /// with the amounts of every customer under it, a customer without head office or members being a group of its own.
    /// </summary>
    /// <param name="archive">The archive snapshot the report was built from.</param>
    /// <returns>A row per group, by the head's code; the rows add up to <see cref="Total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    public IReadOnlyList<AgingRow> ByGroup(ArchiveSnapshot archive)
    {
        Guard.Against.Null(archive);
        var groups = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var row in Customers)
        {
            var head = archive.HeadOfficeOf(row.Code);
            if (!groups.TryGetValue(head, out var amounts))
            {
                groups.Add(head, amounts = new decimal[Buckets.Count]);
            }

            for (var i = 0; i < amounts.Length; i++)
            {
                amounts[i] += row.Amounts[i];
            }
        }

        return ReadOnly.Of(groups.Select(g => new AgingRow(g.Key, archive.Find(g.Key)?.Name ?? string.Empty, g.Value)).ToArray());
    }

    /// <summary>Builds the report.</summary>
    /// <param name="archive">The archive snapshot the customers and the tree come from.</param>
    /// <param name="openItems">The open items; every customer must be in the archive.</param>
    /// <param name="asOf">The date the ages are counted to.</param>
    /// <param name="dimension">The dimension to roll up.</param>
    /// <param name="buckets">The brackets; <see cref="AgingBuckets.Default"/> when null.</param>
    /// <param name="basis">What the ages count from.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.DimensionNotFound"/>, or <see cref="ClassificationErrorCode.CustomerNotFound"/> with one violation per unknown customer.
    /// </exception>
    public static AgingReport Build(
        ArchiveSnapshot archive,
        IEnumerable<OpenItem> openItems,
        LocalDate asOf,
        string dimension = DimensionNames.Category,
        AgingBuckets? buckets = null,
        AgingBasis basis = AgingBasis.DueDate)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(openItems);
        Guard.Against.EnumOutOfRange(basis);
        var tree = archive.CategoriesOf(dimension);
        buckets ??= AgingBuckets.Default;

        var byCustomer = SumByCustomer(archive, openItems, asOf, buckets, basis);

        // Categories in pre-order; each customer's amounts go to its own category, then every node adds into its parent, deepest first.
        var categories = tree.ToArray();
        var position = CategoryInheritance.Positions(categories);

        var categoryAmounts = categories.Select(_ => new decimal[buckets.Count]).ToArray();
        var unclassified = new decimal[buckets.Count];
        var customerRows = new List<AgingRow>(byCustomer.Count);
        foreach (var pair in byCustomer.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var customer = archive.Find(pair.Key)!;
            customerRows.Add(new AgingRow(customer.Code, customer.Name, pair.Value));
            var target = customer.CodeIn(dimension) is { } code && position.TryGetValue(code, out var at) ? categoryAmounts[at] : unclassified;
            AddInto(target, pair.Value);
        }

        var total = (decimal[])unclassified.Clone();
        CategoryInheritance.RollUp(categories, position, (child, parent) => AddInto(parent < 0 ? total : categoryAmounts[parent], categoryAmounts[child]));

        return new AgingReport(
            asOf,
            basis,
            buckets,
            dimension,
            customerRows,
            categories.Select((c, i) => new AgingRow(c.Code, c.Name, categoryAmounts[i])).ToArray(),
            new AgingRow(string.Empty, Messages.Get("AgingUnclassified"), unclassified),
            new AgingRow(string.Empty, Messages.Get("AgingTotal"), total),
            categories);
    }

    /// <summary>Gets the rolled-up row of a category.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public AgingRow CategoryRow(string categoryCode)
    {
        Guard.Against.Null(categoryCode);
        return _categoryRows.TryGetValue(categoryCode, out var row)
            ? row
            : throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("NotInReport", categoryCode), categoryCode);
    }

    // Sums each customer's items into brackets; refuses items of customers the archive does not hold.
    private static Dictionary<string, decimal[]> SumByCustomer(ArchiveSnapshot archive, IEnumerable<OpenItem> openItems, LocalDate asOf, AgingBuckets buckets, AgingBasis basis)
    {
        var byCustomer = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in openItems)
        {
            Guard.Against.Null(item, nameof(openItems));
            if (!byCustomer.TryGetValue(item.CustomerCode, out var amounts))
            {
                if (archive.Find(item.CustomerCode) is null)
                {
                    unknown.Add(item.CustomerCode);
                    continue;
                }

                amounts = new decimal[buckets.Count];
                byCustomer.Add(item.CustomerCode, amounts);
            }

            var days = basis == AgingBasis.DueDate ? Period.DaysBetween(item.DueDate, asOf) : Period.DaysBetween(item.InvoiceDate, asOf);
            amounts[buckets.IndexOf(days)] += item.Amount;
        }

        if (unknown.Count > 0)
        {
            throw new ClassificationException(
                ClassificationErrorCode.CustomerNotFound,
                Messages.Format("OpenItemsUnknownCustomers", unknown.Count, string.Join(", ", unknown.Take(10))),
                unknown.Select(code => new Violation(ClassificationErrorCode.CustomerNotFound, Messages.Format("CustomerNotFound", code), code: code)));
        }

        return byCustomer;
    }

    private static void AddInto(decimal[] target, decimal[] amounts)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += amounts[i];
        }
    }
}
