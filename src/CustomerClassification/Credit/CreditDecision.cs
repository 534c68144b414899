using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>The outcome of a credit check with every reason (not just the first), the exposure and the credit left.</summary>
public sealed class CreditDecision
{
    internal CreditDecision(CreditOutcome outcome, IReadOnlyList<CreditReason> reasons, decimal exposure, decimal? availableCredit, EffectivePolicy policy)
    {
        Outcome = outcome;
        Reasons = ReadOnly.Of(reasons);
        Exposure = exposure;
        AvailableCredit = availableCredit;
        Policy = policy;
    }

    /// <summary>Gets the outcome: the worst severity among the reasons, else approved (automatically for an auto-approved grade).</summary>
    public CreditOutcome Outcome { get; }

    /// <summary>Gets every reason, in a fixed order of kinds; empty when approved.</summary>
    public IReadOnlyList<CreditReason> Reasons { get; }

    /// <summary>Gets the exposure before the order: open items plus other open orders.</summary>
    public decimal Exposure { get; }

    /// <summary>Gets the credit left before the order (limit minus exposure, negative when over), or null when no limit applies.</summary>
    public decimal? AvailableCredit { get; }

    /// <summary>Gets the effective policy the check applied.</summary>
    public EffectivePolicy Policy { get; }

    /// <summary>
    /// Gets the approval a blocked order needs (信用审批): the lowest level of the policy's approvers whose allowance covers
    /// the excess; null when the order is not blocked, when it is blocked for a reason no approval lifts (a hold, overdue
    /// items, prepayment …), or when no approver's allowance covers the excess.
    /// </summary>
    public RequiredApproval? RequiredApproval { get; internal init; }

    /// <summary>Gets the approver who approved the order (<see cref="CreditCheck.Approve"/>), or null.</summary>
    public CreditApprover? ApprovedBy { get; internal init; }

    /// <summary>Gets the temporary increase (临时额度) in force on the day checked and included in <see cref="AvailableCredit"/>; 0 when none.</summary>
    public decimal TemporaryLimit { get; internal init; }
}
