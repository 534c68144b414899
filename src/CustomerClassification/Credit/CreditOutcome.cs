namespace CustomerClassification.Credit;

/// <summary>The outcome of a credit check, from best to worst; the numeric order is the severity.</summary>
public enum CreditOutcome
{
    /// <summary>Approved automatically (自动放行): the grade is auto-approved and nothing stands against the order.</summary>
    AutoApproved = 1,

    /// <summary>Approved: nothing stands against the order.</summary>
    Approved = 2,

    /// <summary>The order may go ahead, but someone should review the reasons.</summary>
    Warning = 3,

    /// <summary>The order must not go ahead on credit.</summary>
    Blocked = 4,
}
