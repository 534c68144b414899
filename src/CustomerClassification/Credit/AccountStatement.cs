using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// A statement of account (往来对账单) of a customer for a period: the opening balance (every entry before the first day),
/// each document and payment of the period in date order (then by document number) with its running balance, and the
/// closing balance — what the customer owes at the end of the last day, the sum of its open items then. Immutable.
/// </summary>
public sealed class AccountStatement
{
    private AccountStatement(string customerCode, string customerName, LocalDate from, LocalDate to, decimal opening, IReadOnlyList<StatementLine> lines)
    {
        CustomerCode = customerCode;
        CustomerName = customerName;
        From = from;
        To = to;
        OpeningBalance = opening;
        Lines = ReadOnly.Of(lines);
        TotalDebit = lines.Sum(l => l.Debit);
        TotalCredit = lines.Sum(l => l.Credit);
        ClosingBalance = opening + TotalDebit - TotalCredit;
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the customer name.</summary>
    public string CustomerName { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the balance brought forward (期初余额): the entries before <see cref="From"/>, summed.</summary>
    public decimal OpeningBalance { get; }

    /// <summary>Gets the period's lines in date order.</summary>
    public IReadOnlyList<StatementLine> Lines { get; }

    /// <summary>Gets the period's debits (本期借方).</summary>
    public decimal TotalDebit { get; }

    /// <summary>Gets the period's credits (本期贷方).</summary>
    public decimal TotalCredit { get; }

    /// <summary>Gets the closing balance (期末余额): the opening balance plus debits less credits.</summary>
    public decimal ClosingBalance { get; }

    /// <summary>Makes a customer's statement for a period.</summary>
    /// <param name="archive">The archive snapshot holding the customer.</param>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="entries">Documents and payments of any customers; the customer's are used, those after <paramref name="to"/> left out.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="entries"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public static AccountStatement Build(ArchiveSnapshot archive, string customerCode, IEnumerable<LedgerEntry> entries, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(customerCode);
        Guard.Against.Null(entries);
        Money.Period(from, to, nameof(to));

        var customer = archive.Find(customerCode)
            ?? throw new ClassificationException(ClassificationErrorCode.CustomerNotFound, Messages.Format("CustomerNotFound", customerCode), customerCode);
        var opening = 0m;
        var period = new List<LedgerEntry>();
        foreach (var entry in entries)
        {
            Guard.Against.Null(entry, nameof(entries));
            if (!archive.Settings.CodeComparer.Equals(entry.CustomerCode, customer.Code) || entry.Date > to)
            {
                continue;
            }

            if (entry.Date < from)
            {
                opening += entry.Amount;
            }
            else
            {
                period.Add(entry);
            }
        }

        var balance = opening;
        var lines = period.OrderBy(e => e.Date).ThenBy(e => e.DocumentNumber, StringComparer.Ordinal).Select(e =>
        {
            balance += e.Amount;
            return new StatementLine(e.Date, e.DocumentNumber, e.Summary, Math.Max(e.Amount, 0m), Math.Max(-e.Amount, 0m), balance);
        }).ToArray();
        return new AccountStatement(customer.Code, customer.Name, from, to, opening, lines);
    }
}
