using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// A receivable that was paid (已核销应收): when it was invoiced, due and paid, and its amount. The input of
/// <see cref="CustomerMetrics.AverageDaysToPay"/> and <see cref="CustomerMetrics.AverageDaysLate"/>. Immutable.
/// </summary>
public sealed record SettledItem
{
    /// <summary>Creates a settled item.</summary>
    /// <param name="customerCode">The customer (客户编码).</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="amount">The amount settled (金额), more than 0.</param>
    /// <param name="invoiceDate">The invoice date (单据日期).</param>
    /// <param name="dueDate">The due date (到期日), on or after the invoice date.</param>
    /// <param name="paidDate">The day it was paid in full (核销日期), on or after the invoice date.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is 0, negative or beyond T3's money range; a date is outside 1753-01-01 to 9999-12-31, or the due or paid date is before the invoice date.</exception>
    public SettledItem(string customerCode, string documentNumber, decimal amount, LocalDate invoiceDate, LocalDate dueDate, LocalDate paidDate)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode);
        DocumentNumber = Guard.Against.NullOrWhiteSpace(documentNumber);
        Amount = amount <= 0m ? throw new ArgumentOutOfRangeException(nameof(amount), amount, Messages.Get("SettledAmountPositive")) : Money.Amount(amount, nameof(amount));
        InvoiceDate = Money.Day(invoiceDate, nameof(invoiceDate));
        DueDate = dueDate < invoiceDate ? throw Before(nameof(dueDate), dueDate, invoiceDate) : Money.Day(dueDate, nameof(dueDate));
        PaidDate = paidDate < invoiceDate ? throw Before(nameof(paidDate), paidDate, invoiceDate) : Money.Day(paidDate, nameof(paidDate));
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the amount settled.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the invoice date.</summary>
    public LocalDate InvoiceDate { get; }

    /// <summary>Gets the due date.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets the day it was paid.</summary>
    public LocalDate PaidDate { get; }

    /// <summary>Gets the days from invoice to payment (回款天数).</summary>
    public int DaysToPay => Period.DaysBetween(InvoiceDate, PaidDate);

    /// <summary>Gets the days paid after the due date (逾期天数), 0 when paid on time.</summary>
    public int DaysLate => PaidDate > DueDate ? Period.DaysBetween(DueDate, PaidDate) : 0;

    private static ArgumentOutOfRangeException Before(string parameter, LocalDate day, LocalDate invoiceDate) =>
        new(parameter, Customers.FieldText.Iso(day), Messages.Format("DateBeforeInvoice", Customers.FieldText.Iso(invoiceDate)));
}
