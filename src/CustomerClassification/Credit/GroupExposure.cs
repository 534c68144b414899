using System.Collections.Generic;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// The credit exposure of group customers (集团客户), kept as documents come: each customer's own, and each customer's with
/// every customer under it (its members, their members …), so a check of a member reads its head offices' exposure
/// without summing the group. Built for one archive snapshot; adding is not thread-safe (one writer, or a lock).
/// </summary>
public sealed class GroupExposure
{
    private readonly ArchiveSnapshot _archive;
    private readonly CreditExposureParts _parts;
    private readonly Dictionary<string, decimal> _own;
    private readonly Dictionary<string, decimal> _group;

    /// <summary>Starts an empty exposure for an archive's groups.</summary>
    /// <param name="archive">The archive snapshot whose head offices (客户总公司) make the groups.</param>
    /// <param name="parts">The documents counted (信用占用); every part by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    public GroupExposure(ArchiveSnapshot archive, CreditExposureParts parts = CreditExposureParts.All)
    {
        _archive = Guard.Against.Null(archive);
        _parts = parts;
        // Codes as the archive compares them: an item of c001 counts for C001.
        _own = new Dictionary<string, decimal>(archive.Settings.CodeComparer);
        _group = new Dictionary<string, decimal>(archive.Settings.CodeComparer);
    }

    /// <summary>Gets the documents counted.</summary>
    public CreditExposureParts Parts => _parts;

    /// <summary>Builds the exposure of open items and open orders of any customers.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="openItems">The open items.</param>
    /// <param name="openOrders">The open orders, deliveries and invoices not yet open items.</param>
    /// <param name="parts">The documents counted; every part by default.</param>
    /// <returns>The exposure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a list holds null.</exception>
    public static GroupExposure Build(ArchiveSnapshot archive, IEnumerable<OpenItem> openItems, IEnumerable<OpenOrder> openOrders, CreditExposureParts parts = CreditExposureParts.All)
    {
        var exposure = new GroupExposure(archive, parts);
        foreach (var item in Guard.Against.Null(openItems))
        {
            exposure.Add(item);
        }

        foreach (var order in Guard.Against.Null(openOrders))
        {
            exposure.Add(order);
        }

        return exposure;
    }

    /// <summary>Adds an open item (as receivables, when counted).</summary>
    /// <param name="item">The item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public void Add(OpenItem item)
    {
        Guard.Against.Null(item);
        if ((_parts & CreditExposureParts.Receivables) != CreditExposureParts.None)
        {
            Add(item.CustomerCode, item.Amount);
        }
    }

    /// <summary>Adds an open order, delivery or invoice (when its kind is counted).</summary>
    /// <param name="order">The order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is null.</exception>
    public void Add(OpenOrder order)
    {
        Guard.Against.Null(order);
        if ((_parts & order.Part) != CreditExposureParts.None)
        {
            Add(order.CustomerCode, order.Amount);
        }
    }

    /// <summary>Gets a customer's own exposure.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <returns>The sum of its documents added; 0 when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public decimal OwnOf(string customerCode) => _own.TryGetValue(Guard.Against.Null(customerCode), out var own) ? own : 0m;

    /// <summary>Gets the exposure of a customer and every customer under it: the group's, for a head office.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <returns>The sum of the documents of the customer and its members at every level; 0 when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public decimal Of(string customerCode) => _group.TryGetValue(Guard.Against.Null(customerCode), out var group) ? group : 0m;

    // The amount counts for the customer and for each head office above it.
    private void Add(string code, decimal amount)
    {
        _own[code] = OwnOf(code) + amount;
        _group[code] = Of(code) + amount;
        foreach (var above in _archive.HeadOfficesAbove(code))
        {
            _group[above.Code] = Of(above.Code) + amount;
        }
    }
}
