namespace CustomerClassification.Credit;

/// <summary>One reason of a <see cref="CreditDecision"/>, with the values that led to it.</summary>
public sealed record CreditReason
{
    internal CreditReason(CreditReasonKind kind, CreditOutcome severity, string message)
    {
        Kind = kind;
        Severity = severity;
        Message = message;
    }

    /// <summary>Gets what the reason is.</summary>
    public CreditReasonKind Kind { get; }

    /// <summary>Gets what it makes of the order: <see cref="CreditOutcome.Warning"/> or <see cref="CreditOutcome.Blocked"/>.</summary>
    public CreditOutcome Severity { get; }

    /// <summary>Gets a human-readable English description with the values.</summary>
    public string Message { get; }

    /// <summary>Gets the credit limit, for limit reasons.</summary>
    public decimal? Limit { get; internal init; }

    /// <summary>Gets the exposure before the order (open items plus other open orders), for limit reasons.</summary>
    public decimal? Exposure { get; internal init; }

    /// <summary>Gets by how much exposure plus the order exceeds the limit, for <see cref="CreditReasonKind.OverLimit"/>.</summary>
    public decimal? Excess { get; internal init; }

    /// <summary>Gets the days past due of the oldest overdue item, for <see cref="CreditReasonKind.Overdue"/>.</summary>
    public int? OverdueDays { get; internal init; }

    /// <summary>Gets the allowed days past due, for <see cref="CreditReasonKind.Overdue"/>.</summary>
    public int? AllowedOverdueDays { get; internal init; }

    /// <summary>Gets the document number of the oldest overdue item (the first of equally old ones), for <see cref="CreditReasonKind.Overdue"/>.</summary>
    public string? OverdueDocument { get; internal init; }

    /// <summary>Gets the customer's grade, for <see cref="CreditReasonKind.GradeBelowMinimum"/>.</summary>
    public string? Grade { get; internal init; }

    /// <summary>Gets the minimum grade, for <see cref="CreditReasonKind.GradeBelowMinimum"/>.</summary>
    public string? MinimumGrade { get; internal init; }

    /// <summary>Gets the whole months since development (null when unknown), for <see cref="CreditReasonKind.WatchList"/>.</summary>
    public int? MonthsSinceDeveloped { get; internal init; }

    /// <summary>Gets the warning threshold, for <see cref="CreditReasonKind.AboveWarningThreshold"/>.</summary>
    public decimal? Threshold { get; internal init; }

    /// <summary>
    /// Gets whose limit the reason is about: the customer's own for <see cref="CreditReasonKind.OverLimit"/> and
    /// <see cref="CreditReasonKind.AboveWarningThreshold"/>, a head office's for <see cref="CreditReasonKind.GroupOverLimit"/>.
    /// </summary>
    public string? LimitOf { get; internal init; }

    /// <summary>Gets the temporary increase included in <see cref="Limit"/> (临时额度) on the day checked, or null when none was in force.</summary>
    public decimal? TemporaryLimit { get; internal init; }

    /// <summary>Gets the reason code of a credit hold (冻结原因码), for <see cref="CreditReasonKind.CreditHold"/>.</summary>
    public string? HoldReasonCode { get; internal init; }

    /// <summary>Gets the credit period in days (信用期限), for <see cref="CreditReasonKind.CreditPeriodExceeded"/>.</summary>
    public int? CreditPeriodDays { get; internal init; }

    /// <summary>Gets the days the oldest open item has been open since its document date, for <see cref="CreditReasonKind.CreditPeriodExceeded"/>.</summary>
    public int? DaysOpen { get; internal init; }

    /// <summary>Gets the unused advance payments (预收款) the order was compared with, for <see cref="CreditReasonKind.PrepaymentRequired"/>.</summary>
    public decimal? AdvancePayments { get; internal init; }
}
