namespace CustomerClassification.Credit;

/// <summary>
/// The documents a credit check counts as exposure (信用占用), a profile value (<c>exposureIncludes</c>, 信用占用) written as
/// a list of 应收 / receivables, 订单 / orders, 发货 / deliveries, 发票 / invoices; every part by default.
/// </summary>
[Flags]
public enum CreditExposureParts
{
    /// <summary>Nothing: only the order itself is checked against the limit.</summary>
    None = 0,

    /// <summary>The receivable balance: the open items passed with the request (应收).</summary>
    Receivables = 1,

    /// <summary>Unfinished sales orders (订单): <see cref="OpenOrderKind.Order"/> and <see cref="CreditRequest.OtherOpenOrders"/>.</summary>
    Orders = 2,

    /// <summary>Goods delivered and not yet invoiced (发货): <see cref="OpenOrderKind.Delivery"/>.</summary>
    Deliveries = 4,

    /// <summary>Invoices not yet approved into receivables (发票): <see cref="OpenOrderKind.Invoice"/>.</summary>
    Invoices = 8,

    /// <summary>Every part, the default.</summary>
    All = Receivables | Orders | Deliveries | Invoices,
}
