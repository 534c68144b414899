using System.Globalization;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>The credit-control operations of a transaction: holds and temporary limits, each logged as one entry.</summary>
internal sealed partial class ArchiveTransaction
{
    private static readonly string HoldField = CustomerFields.Get("creditHoldCode").Name;
    private static readonly string TemporaryLimitField = CustomerFields.Get("temporaryLimit").Name;

    public void HoldCredit(string code, string reasonCode, string? text)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.CreditHoldCode is { } held)
        {
            Fail(ClassificationErrorCode.CustomerOnCreditHold, Messages.Format("AlreadyOnHold", code, held), code, field: HoldField);
            return;
        }

        var updated = old with { CreditHoldCode = reasonCode, CreditHoldText = text };
        Store(old, updated);
        Log(ChangeOperation.CreditHeld, code, field: HoldField, after: updated.CreditHoldCode, reason: updated.CreditHoldText);
        Result = updated;
    }

    public void ReleaseCredit(string code, string? reason)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.CreditHoldCode is not { } held)
        {
            Fail(ClassificationErrorCode.CustomerNotOnCreditHold, Messages.Format("NotOnHold", code), code, field: HoldField);
            return;
        }

        var updated = old with { CreditHoldCode = null, CreditHoldText = null };
        Store(old, updated);
        Log(ChangeOperation.CreditReleased, code, field: HoldField, before: held, reason: Customer.Trimmed(reason));
        Result = updated;
    }

    public void GrantTemporaryLimit(string code, decimal amount, LocalDate from, LocalDate to)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        var updated = old with { TemporaryLimit = amount, TemporaryLimitFrom = from, TemporaryLimitTo = to };
        if (!Check(updated, old))
        {
            return;
        }

        Store(old, updated);
        Log(ChangeOperation.TemporaryLimitGranted, code, field: TemporaryLimitField, before: TemporaryLimitText(old), after: TemporaryLimitText(updated));
        Result = updated;
    }

    public void RecordCreditApproval(string code, string approver, decimal order, decimal excess)
    {
        if (Existing(code) is not null)
        {
            Log(ChangeOperation.CreditApproved, code, field: "creditApproval", after: string.Format(CultureInfo.InvariantCulture, "order {0} excess {1}", order, excess), reason: approver);
        }
    }

    /// <summary>A temporary limit as the log writes it: <c>100000 2026-12-01..2026-12-31</c>; null when there is none.</summary>
    private static string? TemporaryLimitText(Customer customer) =>
        customer is { TemporaryLimit: { } amount, TemporaryLimitFrom: { } from, TemporaryLimitTo: { } to }
            ? string.Format(CultureInfo.InvariantCulture, "{0} {1}..{2}", amount, Iso(from), Iso(to))
            : null;

    // The temporary limit's three values go together, the start not after the end; a hold text needs its reason code.
    private void CheckCreditControl(Customer customer)
    {
        var code = customer.Code;
        if (customer.TemporaryLimit is null != customer.TemporaryLimitFrom is null || customer.TemporaryLimit is null != customer.TemporaryLimitTo is null)
        {
            Fail(ClassificationErrorCode.CreditControlValueInvalid, Messages.Format("TemporaryLimitIncomplete", code), code, field: TemporaryLimitField);
        }
        else if (customer.TemporaryLimitFrom is { } from && customer.TemporaryLimitTo is { } to && from > to)
        {
            Fail(ClassificationErrorCode.CreditControlValueInvalid, Messages.Format("TemporaryLimitReversed", code, Iso(from), Iso(to)), code, field: TemporaryLimitField);
        }

        if (customer.CreditHoldText is not null && customer.CreditHoldCode is null)
        {
            Fail(ClassificationErrorCode.CreditControlValueInvalid, Messages.Format("HoldTextWithoutCode", code), code, field: CustomerFields.Get("creditHoldText").Name);
        }
    }
}
