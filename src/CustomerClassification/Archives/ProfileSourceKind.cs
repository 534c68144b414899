namespace CustomerClassification.Archives;

/// <summary>Where an effective profile value came from. The numeric values are stable.</summary>
public enum ProfileSourceKind
{
    /// <summary>The archive's default profile, or the catalogue's default when the archive sets none.</summary>
    Default = 1,

    /// <summary>A category of a dimension, the customer's own or its nearest ancestor that sets the value.</summary>
    Category = 2,

    /// <summary>The customer's own record (付款条件, 结算方式, 税率, 扣率, 发货地址, 信用额度).</summary>
    Customer = 3,
}
