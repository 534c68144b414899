namespace CustomerClassification.Archives;

/// <summary>What a <see cref="ChangeLogEntry"/> records. The numeric values are stable.</summary>
public enum ChangeOperation
{
    /// <summary>A customer was added.</summary>
    CustomerAdded = 1,

    /// <summary>One field of a customer changed (<see cref="ChangeLogEntry.Field"/> names it).</summary>
    CustomerChanged = 2,

    /// <summary>A customer moved to another category of a dimension, or left or entered one.</summary>
    CustomerReclassified = 3,

    /// <summary>A customer was deactivated (停用).</summary>
    CustomerDeactivated = 4,

    /// <summary>A deactivated customer was made active again.</summary>
    CustomerReactivated = 5,

    /// <summary>A customer was removed.</summary>
    CustomerRemoved = 6,

    /// <summary>A customer was merged into another (并户) and removed.</summary>
    CustomerMerged = 7,

    /// <summary>The host marked a customer as having transactions, which locks its classification.</summary>
    CustomerMarkedTransacted = 8,

    /// <summary>A category was added to a dimension's tree.</summary>
    CategoryAdded = 9,

    /// <summary>A category was renamed.</summary>
    CategoryRenamed = 10,

    /// <summary>A category was removed.</summary>
    CategoryRemoved = 11,

    /// <summary>A custom field (自定义项) was defined on an archive that already existed; the entry's field is its name, after its type.</summary>
    CustomFieldDefined = 12,

    /// <summary>A category's description (描述) was set, changed or cleared; before and after are the descriptions.</summary>
    CategoryDescribed = 13,

    /// <summary>A category was disabled (停用): it keeps its customers and children but takes no new ones.</summary>
    CategoryDisabled = 14,

    /// <summary>A disabled category was enabled again (启用).</summary>
    CategoryEnabled = 15,

    /// <summary>
    /// One value of a category's profile (or of the archive's default profile, with no dimension and category) was set,
    /// changed or cleared; the entry's field is the profile value's name, before and after its values as text.
    /// </summary>
    ProfileChanged = 16,

    /// <summary>A category (and its subtree) was merged into another: its customers moved there and it was removed; before is the source, after the target.</summary>
    CategoryMerged = 17,

    /// <summary>A leaf was split into new children, each of its customers moved to one of them; after lists the children.</summary>
    CategorySplit = 18,

    /// <summary>A category was moved or re-coded with its customers; before is the old code, after the new one (one entry per category of the subtree).</summary>
    CategoryMoved = 19,

    /// <summary>A classification dimension was added to an archive that existed; the entry's dimension and field are its name, after its scheme.</summary>
    DimensionAdded = 20,

    /// <summary>A dimension's coding scheme changed (a level added at the end, the last level lengthened); before and after are the schemes.</summary>
    SchemeChanged = 21,

    /// <summary>The credit grade scale changed (<see cref="ArchiveSettings.CreditGrades"/>); before and after are the grades, best first, joined by <c>" > "</c>.</summary>
    CreditGradesChanged = 22,

    /// <summary>A customer's credit was put on hold (冻结): the field <c>creditHoldCode</c>, the reason code after, the hold text as the reason.</summary>
    CreditHeld = 23,

    /// <summary>A customer's credit hold was released (解冻): the reason code before, the release reason as the reason.</summary>
    CreditReleased = 24,

    /// <summary>A temporary limit (临时额度) was granted: before and after as <c>amount from..to</c>.</summary>
    TemporaryLimitGranted = 25,

    /// <summary>An order over a credit limit was approved (信用审批): the field <c>creditApproval</c>, the order and excess after, the approver as the reason.</summary>
    CreditApproved = 26,

    /// <summary>A change request was submitted (提交申请): the field <c>request</c>, the request's number after, its reason as the reason.</summary>
    RequestSubmitted = 27,

    /// <summary>A change request was approved (审批通过) by the entry's actor: the number after, the approver's note as the reason.</summary>
    RequestApproved = 28,

    /// <summary>A change request was rejected (驳回) by the entry's actor: the number after, the reason given.</summary>
    RequestRejected = 29,

    /// <summary>An approved change request was applied: its changes are the entries just before, written by the same actor with the request as their reason.</summary>
    RequestApplied = 30,
}
