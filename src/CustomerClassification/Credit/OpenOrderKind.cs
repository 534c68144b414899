namespace CustomerClassification.Credit;

/// <summary>The kind of an open sales document that is not yet an open item (the 类型 column of an open-orders file).</summary>
public enum OpenOrderKind
{
    /// <summary>An unfinished sales order (订单).</summary>
    Order = 1,

    /// <summary>Goods delivered and not yet invoiced (发货).</summary>
    Delivery = 2,

    /// <summary>An invoice not yet approved into receivables (发票).</summary>
    Invoice = 3,
}
