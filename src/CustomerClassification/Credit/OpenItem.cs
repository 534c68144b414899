using System.Globalization;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// An open receivable of a customer, as the host's ledger has it: document, open amount, invoice date and
/// due date. A negative amount is an open credit (a credit note or an advance).
/// </summary>
public sealed record OpenItem
{
    /// <summary>Creates an open item.</summary>
    /// <param name="customerCode">The customer who owes it.</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="amount">The open amount.</param>
    /// <param name="invoiceDate">The invoice date.</param>
    /// <param name="dueDate">The due date, on or after the invoice date.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueDate"/> is before <paramref name="invoiceDate"/>; the amount is beyond T3's money range (±922,337,203,685,477.5807) or a date outside 1753-01-01 to 9999-12-31.</exception>
    public OpenItem(string customerCode, string documentNumber, decimal amount, LocalDate invoiceDate, LocalDate dueDate)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode);
        DocumentNumber = Guard.Against.NullOrWhiteSpace(documentNumber);
        if (dueDate < invoiceDate)
        {
            throw new ArgumentOutOfRangeException(nameof(dueDate), dueDate, Messages.Format("DueBeforeInvoice", invoiceDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }

        Amount = Money.Amount(amount, nameof(amount));
        InvoiceDate = Money.Day(invoiceDate, nameof(invoiceDate));
        DueDate = Money.Day(dueDate, nameof(dueDate));
    }

    /// <summary>Gets the customer who owes it.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the document number.</summary>
    public string DocumentNumber { get; }

    /// <summary>Gets the open amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the invoice date.</summary>
    public LocalDate InvoiceDate { get; }

    /// <summary>Gets the due date.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Gets how many days past due the item is on a date: 0 when not yet due.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The days past due.</returns>
    public int DaysOverdue(LocalDate asOf) => asOf > DueDate ? Period.DaysBetween(DueDate, asOf) : 0;
}
