namespace CustomerClassification.Archives;

/// <summary>Where a <see cref="ChangeRequest"/> stands. The numeric values are stable; files write them in camelCase.</summary>
public enum RequestStatus
{
    /// <summary>Submitted and waiting for a decision (待审批).</summary>
    Pending = 1,

    /// <summary>Approved by someone other than the submitter, not yet applied (已审批).</summary>
    Approved = 2,

    /// <summary>Rejected with a reason (已驳回); it is never applied.</summary>
    Rejected = 3,

    /// <summary>Applied to the archive as one batch (已执行).</summary>
    Applied = 4,
}
