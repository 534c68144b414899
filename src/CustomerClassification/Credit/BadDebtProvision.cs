using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;

namespace CustomerClassification.Credit;

/// <summary>
/// A bad-debt provision (坏账准备) computed from an aging report, per customer and rolled up per category:
/// by the aging method (a rate per bracket, set on categories and inherited) or by the balance-percentage
/// method (余额百分比法, one rate on every balance).
/// </summary>
public sealed class BadDebtProvision
{
    private BadDebtProvision(IReadOnlyList<ProvisionRow> customers, IReadOnlyList<ProvisionRow> categories, ProvisionRow unclassified, ProvisionRow total)
    {
        Customers = ReadOnly.Of(customers);
        Categories = ReadOnly.Of(categories);
        Unclassified = unclassified;
        Total = total;
    }

    /// <summary>Gets a row per customer of the report, with the rates applied and their source.</summary>
    public IReadOnlyList<ProvisionRow> Customers { get; }

    /// <summary>Gets a row per category of the report, in pre-order, each rolled up over its subtree.</summary>
    public IReadOnlyList<ProvisionRow> Categories { get; }

    /// <summary>Gets the row of the customers without a category in the report's dimension.</summary>
    public ProvisionRow Unclassified { get; }

    /// <summary>Gets the grand total.</summary>
    public ProvisionRow Total { get; }

    /// <summary>Computes the provision by the aging method: each bracket's amount times the rate of the customer's category (inherited), summed.</summary>
    /// <param name="report">The aging report.</param>
    /// <param name="archive">The archive snapshot the report was built from (for the customers' categories and the tree).</param>
    /// <param name="rates">The rates.</param>
    /// <returns>The provision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rates have another number of brackets than the report.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/> or <see cref="ClassificationErrorCode.DimensionNotFound"/>: the snapshot does not match the report.</exception>
    public static BadDebtProvision ByAging(AgingReport report, ArchiveSnapshot archive, ProvisionRateSet rates)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(archive);
        Guard.Against.Null(rates);
        if (rates.Defaults.Rates.Count != report.Buckets.Count)
        {
            throw new ArgumentException($"The rates have {rates.Defaults.Rates.Count} brackets; the report has {report.Buckets.Count}.", nameof(rates));
        }

        var root = new PolicyValue<IReadOnlyList<decimal>>(rates.Defaults.Rates, PolicySource.Default);
        var byCategory = CategoryInheritance.Resolve(archive.CategoriesOf(report.Dimension), rates.Rates, root, (_, own, code) => new PolicyValue<IReadOnlyList<decimal>>(own.Rates, PolicySource.Category(code)));
        return Compute(report, archive, row =>
        {
            var customer = archive.Find(row.Code) ?? throw new ClassificationException(ClassificationErrorCode.CustomerNotFound, Messages.Format("ReportCustomerMissing", row.Code), row.Code);
            var applied = customer.CodeIn(report.Dimension) is { } code && byCategory.TryGetValue(code, out var found) ? found : root;
            var provision = 0m;
            for (var i = 0; i < row.Amounts.Count; i++)
            {
                provision += row.Amounts[i] * applied.Value[i];
            }

            return (provision, applied);
        });
    }

    /// <summary>Computes the provision by the balance-percentage method (余额百分比法): every balance times one rate.</summary>
    /// <param name="report">The aging report.</param>
    /// <param name="archive">The archive snapshot the report was built from.</param>
    /// <param name="rate">The rate, from 0 to 1.</param>
    /// <returns>The provision.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is outside 0 to 1.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>: the snapshot does not match the report.</exception>
    public static BadDebtProvision ByBalance(AgingReport report, ArchiveSnapshot archive, decimal rate)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(archive);
        if (rate is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, Messages.Get("ProvisionRateRange"));
        }

        var applied = new PolicyValue<IReadOnlyList<decimal>>(new[] { rate }, PolicySource.Default);
        return Compute(report, archive, row => (row.Balance * rate, applied));
    }

    private static BadDebtProvision Compute(AgingReport report, ArchiveSnapshot archive, Func<AgingRow, (decimal Provision, PolicyValue<IReadOnlyList<decimal>> Rates)> provide)
    {
        var categories = report.Categories;
        var position = CategoryInheritance.Positions(report.Nodes);
        var provisions = new decimal[categories.Count];
        var unclassified = 0m;
        var customers = new List<ProvisionRow>(report.Customers.Count);
        foreach (var row in report.Customers)
        {
            var (provision, rates) = provide(row);
            customers.Add(new ProvisionRow(row.Code, row.Name, row.Balance, provision, rates));
            if (archive.Find(row.Code)?.CodeIn(report.Dimension) is { } code && position.TryGetValue(code, out var at))
            {
                provisions[at] += provision;
            }
            else
            {
                unclassified += provision;
            }
        }

        var total = unclassified;
        CategoryInheritance.RollUp(report.Nodes, position, (child, parent) =>
        {
            if (parent < 0)
            {
                total += provisions[child];
            }
            else
            {
                provisions[parent] += provisions[child];
            }
        });

        return new BadDebtProvision(
            customers,
            categories.Select((c, i) => new ProvisionRow(c.Code, c.Name, c.Balance, provisions[i], null)).ToArray(),
            new ProvisionRow(string.Empty, report.Unclassified.Name, report.Unclassified.Balance, unclassified, null),
            new ProvisionRow(string.Empty, report.Total.Name, report.Total.Balance, total, null));
    }
}
