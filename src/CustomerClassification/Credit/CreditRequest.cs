using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>An order to check against credit: the customer, the amount, what the customer already owes, and the date.</summary>
public sealed record CreditRequest
{
    private readonly IReadOnlyList<OpenOrder> _openOrders = [];

    /// <summary>Creates a request.</summary>
    /// <param name="customerCode">The customer ordering.</param>
    /// <param name="orderAmount">The order amount, 0 or more.</param>
    /// <param name="openItems">The customer's open receivables; every item must be the customer's.</param>
    /// <param name="asOf">The date of the check.</param>
    /// <param name="otherOpenOrders">The amount of the customer's other orders not yet invoiced, 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> or <paramref name="openItems"/> is null, or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerCode"/> is blank, or an item belongs to another customer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or beyond T3's money range (922,337,203,685,477.5807).</exception>
    public CreditRequest(string customerCode, decimal orderAmount, IEnumerable<OpenItem> openItems, LocalDate asOf, decimal otherOpenOrders = 0m)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode);
        OrderAmount = orderAmount < 0m ? throw new ArgumentOutOfRangeException(nameof(orderAmount), orderAmount, Messages.Get("OrderRange")) : Money.Amount(orderAmount, nameof(orderAmount));
        OtherOpenOrders = otherOpenOrders < 0m ? throw new ArgumentOutOfRangeException(nameof(otherOpenOrders), otherOpenOrders, Messages.Get("OpenOrdersRange")) : Money.Amount(otherOpenOrders, nameof(otherOpenOrders));
        OpenItems = OfCustomer(openItems, customerCode, static i => (i.CustomerCode, i.DocumentNumber), nameof(openItems));
        AsOf = asOf;
    }

    /// <summary>Gets the customer ordering.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the order amount.</summary>
    public decimal OrderAmount { get; }

    /// <summary>Gets the customer's open receivables.</summary>
    public IReadOnlyList<OpenItem> OpenItems { get; }

    /// <summary>Gets the amount of the customer's other orders not yet invoiced.</summary>
    public decimal OtherOpenOrders { get; }

    /// <summary>
    /// Gets the exposure of the customer's group (集团客户), or null: when given, the limit of every head office above the
    /// customer (客户总公司) is checked against its group's exposure plus the order, as well as the customer's own.
    /// </summary>
    public GroupExposure? GroupExposure { get; init; }

    /// <summary>
    /// Gets the customer's open sales documents that are not open items yet (orders, deliveries not invoiced, invoices not
    /// approved), each counted as exposure when the policy's <see cref="EffectivePolicy.ExposureIncludes"/> has its kind.
    /// Empty by default; set with an object initializer.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a list holding null.</exception>
    /// <exception cref="ArgumentException">Set to a list with a document of another customer.</exception>
    public IReadOnlyList<OpenOrder> OpenOrders
    {
        get => _openOrders;
        init => _openOrders = OfCustomer(value, CustomerCode, static o => (o.CustomerCode, o.DocumentNumber), nameof(value));
    }

    /// <summary>Gets the date of the check.</summary>
    public LocalDate AsOf { get; }

    // A copy of the documents, each checked to be the customer's.
    private static T[] OfCustomer<T>(IEnumerable<T> documents, string customerCode, Func<T, (string Customer, string Number)> of, string parameter)
        where T : class
    {
        var copy = Guard.Against.Null(documents, parameter).ToArray();
        foreach (var document in copy)
        {
            var (customer, number) = of(Guard.Against.Null(document, parameter));
            if (!string.Equals(customer, customerCode, StringComparison.Ordinal))
            {
                throw new ArgumentException(Messages.Format("ItemOfOtherCustomer", number, customer, customerCode), parameter);
            }
        }

        return copy;
    }
}
