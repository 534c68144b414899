namespace CustomerClassification.Sales;

/// <summary>The kind of a sales document (the 类型 column of a sales file).</summary>
public enum SalesKind
{
    /// <summary>A sale (销售): its amount and cost add to the customer's sales.</summary>
    Sale = 1,

    /// <summary>A return (退货): its amount, positive in the document, is deducted from the sales as a return, its cost from the cost.</summary>
    Return = 2,
}
