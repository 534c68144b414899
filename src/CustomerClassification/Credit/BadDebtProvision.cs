using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;

namespace CustomerClassification.Credit;

/// <summary>
/// A bad-debt provision (坏账准备) computed from an aging report, per customer and rolled up per category:
/// by the aging method (a rate per bracket, set on categories and inherited) or by the balance-percentage
/// method (余额百分比法, one rate on every balance), or by the rates the customers' category profiles hold (计提比例,
/// saved with the account set). Only a debit balance is provided for: a customer whose open items net to a credit
/// balance (预收, more received than invoiced) or to nothing gets a provision of 0.
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

    /// <summary>Rolls the customers' rows up by group (集团客户): a row per head of a group with its members' balances and provisions.</summary>
    /// <param name="archive">The archive snapshot the provision was computed from.</param>
    /// <returns>A row per group, by the head's code; the rows add up to <see cref="Total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    public IReadOnlyList<ProvisionRow> ByGroup(ArchiveSnapshot archive)
    {
        Guard.Against.Null(archive);
        var groups = new SortedDictionary<string, (decimal Balance, decimal Provision)>(StringComparer.Ordinal);
        foreach (var row in Customers)
        {
            var head = archive.HeadOfficeOf(row.Code);
            var (balance, provision) = groups.TryGetValue(head, out var sums) ? sums : default;
            groups[head] = (balance + row.Balance, provision + row.Provision);
        }

        return ReadOnly.Of(groups.Select(g => new ProvisionRow(g.Key, archive.Find(g.Key)?.Name ?? string.Empty, g.Value.Balance, g.Value.Provision, null)).ToArray());
    }

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
            return (Applied(row, applied.Value), applied);
        });
    }

    /// <summary>
    /// Computes the provision by the aging method with the rates of each customer's effective profile (计提比例,
    /// <c>provisionRates</c>: its own categories', nearest first, else the defaults). A customer whose profile holds no
    /// rates gets none.
    /// </summary>
    /// <param name="report">The aging report.</param>
    /// <param name="archive">The archive snapshot the report was built from.</param>
    /// <returns>The provision; each customer row names where its rates come from.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A profile's rates have another number of brackets than the report, naming where they are set.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>: a customer of the report is not in the archive.</exception>
    public static BadDebtProvision ByProfiles(AgingReport report, ArchiveSnapshot archive)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(archive);
        var profiles = archive.EffectiveProfiles();
        var field = CategoryProfileFields.Get("provisionRates");
        var read = new Dictionary<string, IReadOnlyList<decimal>>(StringComparer.Ordinal);
        return Compute(report, archive, row =>
        {
            var customer = archive.Find(row.Code) ?? throw new ClassificationException(ClassificationErrorCode.CustomerNotFound, Messages.Format("ReportCustomerMissing", row.Code), row.Code);
            var value = profiles.ValueOf(customer, field);
            if (value.Value is not string text)
            {
                return (0m, null);
            }

            if (!read.TryGetValue(text, out var rates))
            {
                rates = ProvisionRates.Parse(text).Value.Rates;
                read.Add(text, rates);
            }

            if (rates.Count != report.Buckets.Count)
            {
                throw new ArgumentException(Messages.Format("ProvisionRatesCount", value.Source, rates.Count, report.Buckets.Count), nameof(archive));
            }

            return (Applied(row, rates), new PolicyValue<IReadOnlyList<decimal>>(rates, PolicySource.Of(value.Source)));
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

    private static decimal Applied(AgingRow row, IReadOnlyList<decimal> rates)
    {
        var provision = 0m;
        for (var i = 0; i < row.Amounts.Count; i++)
        {
            provision += row.Amounts[i] * rates[i];
        }

        return provision;
    }

    private static BadDebtProvision Compute(AgingReport report, ArchiveSnapshot archive, Func<AgingRow, (decimal Provision, PolicyValue<IReadOnlyList<decimal>>? Rates)> provide)
    {
        var categories = report.Categories;
        var position = CategoryInheritance.Positions(report.Nodes);
        var provisions = new decimal[categories.Count];
        var unclassified = 0m;
        var customers = new List<ProvisionRow>(report.Customers.Count);
        foreach (var row in report.Customers)
        {
            // A net credit balance (预收) or none is no debt that could go bad.
            var (provision, rates) = row.Balance > 0m ? provide(row) : (0m, null);
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
