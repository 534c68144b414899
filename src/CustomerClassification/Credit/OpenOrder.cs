using System.Globalization;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// An open sales document that counts towards a customer's credit exposure without being an open item yet: an order, a
/// delivery not invoiced, or an invoice not approved. Which kinds count is the policy's <c>exposureIncludes</c>.
/// Immutable.
/// </summary>
public sealed record OpenOrder
{
    /// <summary>Creates an open order.</summary>
    /// <param name="customerCode">The customer code (客户编码).</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="amount">The amount (金额): 0 or more, in yuan with at most two decimals.</param>
    /// <param name="date">The document date (单据日期).</param>
    /// <param name="kind">The kind (类型).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative or not a valid amount, the date outside 1753–9999, or the kind not defined.</exception>
    public OpenOrder(string customerCode, string documentNumber, decimal amount, LocalDate date, OpenOrderKind kind)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode);
        DocumentNumber = Guard.Against.NullOrWhiteSpace(documentNumber);
        Amount = amount < 0m ? throw new ArgumentOutOfRangeException(nameof(amount), amount, Messages.Get("OpenOrdersRange")) : Money.Amount(amount, nameof(amount));
        Date = Money.Day(date, nameof(date));
        Kind = kind is >= OpenOrderKind.Order and <= OpenOrderKind.Invoice ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the amount, 0 or more.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the document date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the kind.</summary>
    public OpenOrderKind Kind { get; }

    /// <summary>Gets the exposure part the kind counts in.</summary>
    public CreditExposureParts Part => Kind switch
    {
        OpenOrderKind.Order => CreditExposureParts.Orders,
        OpenOrderKind.Delivery => CreditExposureParts.Deliveries,
        OpenOrderKind.Invoice => CreditExposureParts.Invoices,
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>Reads a kind as an open-orders file writes it: 订单 / order, 发货 / delivery, 发票 / invoice, any case.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The kind, or a failure naming the words accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<OpenOrderKind> ParseKind(string text)
    {
        Guard.Against.Null(text);
        return Archives.CreditWords.Part(text) switch
        {
            (int)CreditExposureParts.Orders => ParseResult<OpenOrderKind>.Ok(OpenOrderKind.Order),
            (int)CreditExposureParts.Deliveries => ParseResult<OpenOrderKind>.Ok(OpenOrderKind.Delivery),
            (int)CreditExposureParts.Invoices => ParseResult<OpenOrderKind>.Ok(OpenOrderKind.Invoice),
            _ => ParseResult<OpenOrderKind>.Fail(Messages.Format("OpenOrderKindUnknown", text.Trim(), "订单, 发货, 发票 (order, delivery, invoice)")),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}", CustomerCode, DocumentNumber, Kind, Amount);
}
