using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// A sales document of a customer as the host's books have it (销售单据): the input of analysis by category and of
/// portfolio metrics (the archive holds no transactions). Amounts are positive; a <see cref="SalesKind.Return"/>
/// counts against sales. Immutable.
/// </summary>
public sealed record SalesDocument
{
    /// <summary>Creates a sales document.</summary>
    /// <param name="customerCode">The customer (客户编码).</param>
    /// <param name="date">The document date (单据日期).</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="amount">The amount (金额), 0 or more.</param>
    /// <param name="kind">Sale or return (类型).</param>
    /// <param name="cost">The cost of the goods (成本), 0 or more, or null when the host has none: gross profit then counts the amount only.</param>
    /// <param name="quantity">The quantity (数量), 0 or more, or null.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount, cost or quantity is negative or beyond T3's money range (922,337,203,685,477.5807), or the date is outside 1753-01-01 to 9999-12-31.</exception>
    public SalesDocument(string customerCode, LocalDate date, string documentNumber, decimal amount, SalesKind kind = SalesKind.Sale, decimal? cost = null, decimal? quantity = null)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode);
        DocumentNumber = Guard.Against.NullOrWhiteSpace(documentNumber);
        Date = Money.Day(date, nameof(date));
        Amount = Positive(amount, nameof(amount));
        Kind = Guard.Against.EnumOutOfRange(kind);
        Cost = cost is { } c ? Positive(c, nameof(cost)) : null;
        Quantity = quantity is { } q ? Positive(q, nameof(quantity)) : null;
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the document date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the amount, positive for a return too.</summary>
    public decimal Amount { get; }

    /// <summary>Gets whether it is a sale or a return.</summary>
    public SalesKind Kind { get; }

    /// <summary>Gets the cost, or null.</summary>
    public decimal? Cost { get; }

    /// <summary>Gets the quantity, or null.</summary>
    public decimal? Quantity { get; }

    /// <summary>Gets the amount as it counts in net sales: the amount of a sale, minus the amount of a return.</summary>
    public decimal NetAmount => Kind == SalesKind.Return ? -Amount : Amount;

    /// <summary>Gets the cost as it counts in net cost: the cost of a sale, minus the cost of a return, 0 without a cost.</summary>
    public decimal NetCost => Cost is { } cost ? (Kind == SalesKind.Return ? -cost : cost) : 0m;

    /// <summary>Reads a document kind as a sales file writes it: 销售 or <c>sale</c> (also an empty cell), 退货 or <c>return</c>; case and surrounding white space ignored.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The kind, or the problem naming the words accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<SalesKind> ParseKind(string text)
    {
        var word = Guard.Against.Null(text).Trim();
        return word.ToUpperInvariant() switch
        {
            "" or "销售" or "SALE" or "销售单" or "发货" => ParseResult<SalesKind>.Ok(SalesKind.Sale),
            "退货" or "RETURN" or "退货单" or "销售退货" => ParseResult<SalesKind>.Ok(SalesKind.Return),
            _ => ParseResult<SalesKind>.Fail(Messages.Format("SalesKindUnknown", word, "销售, 退货 (sale, return)")),
        };
    }

    private static decimal Positive(decimal value, string parameter) =>
        value < 0m ? throw new ArgumentOutOfRangeException(parameter, value, Messages.Get("NegativeAmount")) : Money.Amount(value, parameter);
}
