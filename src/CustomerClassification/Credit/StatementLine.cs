using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>A line of a statement of account: one document or payment and the balance after it. Immutable.</summary>
/// <param name="Date">The document date.</param>
/// <param name="DocumentNumber">The document number.</param>
/// <param name="Summary">The description, or null.</param>
/// <param name="Debit">The debit (借方, an invoice), or 0.</param>
/// <param name="Credit">The credit (贷方, a receipt or return), or 0.</param>
/// <param name="Balance">The running balance after the line (余额): positive the customer owes.</param>
public sealed record StatementLine(LocalDate Date, string DocumentNumber, string? Summary, decimal Debit, decimal Credit, decimal Balance);
