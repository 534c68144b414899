namespace CustomerClassification.Customers;

/// <summary>What the due date of <see cref="PaymentTerms"/> counts from. The numeric values are stable.</summary>
public enum PaymentTermsBasis
{
    /// <summary>The invoice date: due <see cref="PaymentTerms.NetDays"/> after it (<c>n/30</c>, with cash discounts <c>2/10,n/30</c>).</summary>
    InvoiceDate = 1,

    /// <summary>The end of the invoice month (月结): due <see cref="PaymentTerms.NetDays"/> after it (<c>月结30天</c>; <c>月结</c> is the month end itself).</summary>
    MonthEnd = 2,

    /// <summary>The end of the invoice's calendar quarter (季结): due <see cref="PaymentTerms.NetDays"/> after it (<c>季结30天</c>, <c>季结</c>).</summary>
    QuarterEnd = 3,

    /// <summary>A fixed day of the month after the invoice month (次月15日); a day the month lacks is its last day.</summary>
    NextMonthDay = 4,

    /// <summary>Cash in advance (预付款, 款到发货): due before delivery, that is on the invoice date at the latest.</summary>
    CashInAdvance = 5,
}
