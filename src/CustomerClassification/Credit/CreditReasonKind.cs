namespace CustomerClassification.Credit;

/// <summary>Why a credit check did not simply approve an order. The numeric values are stable.</summary>
public enum CreditReasonKind
{
    /// <summary>The customer is deactivated (停用) on the check date.</summary>
    Deactivated = 1,

    /// <summary>Exposure plus the order exceeds the credit limit.</summary>
    OverLimit = 2,

    /// <summary>An open item is more days past due than the policy allows.</summary>
    Overdue = 3,

    /// <summary>The customer's grade is below the policy's minimum, or it has none.</summary>
    GradeBelowMinimum = 4,

    /// <summary>The customer was developed too recently (or its development date is unknown): it is on the watch list.</summary>
    WatchList = 5,

    /// <summary>Exposure plus the order uses more of the limit than the warning threshold.</summary>
    AboveWarningThreshold = 6,

    /// <summary>The customer's credit is on a manual hold (冻结): blocked, with the hold's reason code and text.</summary>
    CreditHold = 7,

    /// <summary>An open item is older than the credit period (信用期限) while the policy controls the period: blocked.</summary>
    CreditPeriodExceeded = 8,

    /// <summary>Prepayment is required (要求预付款) and the order exceeds the unused advance payments: blocked.</summary>
    PrepaymentRequired = 9,

    /// <summary>
    /// The exposure of a head office's group (客户总公司, 集团客户) plus the order exceeds the head office's limit: blocked, or a
    /// warning when its policy says so. <see cref="CreditReason.LimitOf"/> names the head office.
    /// </summary>
    GroupOverLimit = 10,

    /// <summary>An approval was asked (<see cref="CreditCheck.Approve"/>) that cannot lift the block: the name is no approver of the policy, its level is too low, or the block is not an excess.</summary>
    ApprovalRefused = 11,
}
