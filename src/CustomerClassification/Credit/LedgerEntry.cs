using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// A document or a payment on a customer's account (往来明细), for a statement of account: a positive amount is a debit (an
/// invoice, 应收), a negative one a credit (a receipt or a return, 收款). Immutable.
/// </summary>
public sealed record LedgerEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="customerCode">The customer code (客户编码).</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="date">The document date (单据日期).</param>
    /// <param name="amount">The amount (金额): positive a debit, negative a credit; in yuan with at most two decimals.</param>
    /// <param name="summary">A description (摘要), or null.</param>
    /// <exception cref="ArgumentNullException">A code or number is null.</exception>
    /// <exception cref="ArgumentException">A code or number is blank, or the summary has control characters or is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not a valid amount or the date is outside 1753–9999.</exception>
    public LedgerEntry(string customerCode, string documentNumber, LocalDate date, decimal amount, string? summary = null)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode).Trim();
        DocumentNumber = Guard.Against.NullOrWhiteSpace(documentNumber).Trim();
        Date = Money.Day(date, nameof(date));
        Amount = Money.Amount(amount, nameof(amount));
        Summary = Customers.Customer.OptionalText(summary, nameof(summary));
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the document date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the amount: positive a debit, negative a credit.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Summary { get; }
}
