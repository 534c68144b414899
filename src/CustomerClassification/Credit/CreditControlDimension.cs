namespace CustomerClassification.Credit;

/// <summary>
/// What a credit check controls (U8's 信用控制纬度), a profile value (<c>creditControlDimension</c>, 信用控制纬度) written
/// 额度 / limit, 期限 / period or 额度和期限 / both. Only customers whose credit is controlled are checked at all.
/// </summary>
public enum CreditControlDimension
{
    /// <summary>The credit limit (信用额度), the default: exposure plus the order must stay within it.</summary>
    Limit = 1,

    /// <summary>The credit period (信用期限): no open item may be older than the customer's period in days.</summary>
    Period = 2,

    /// <summary>Both the limit and the period.</summary>
    Both = 3,
}
