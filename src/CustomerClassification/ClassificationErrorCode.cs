namespace CustomerClassification;

/// <summary>
/// The stable identifier of a broken domain rule. A host application maps these values to its own UI
/// text; the numeric values never change once shipped, and new rules only ever add values.
/// </summary>
public enum ClassificationErrorCode
{
    /// <summary>A code is not of a length the coding scheme allows, or contains a character other than an ASCII letter or digit.</summary>
    CodeDoesNotFitScheme = 1,

    /// <summary>A category's parent (its code minus the last level) does not exist.</summary>
    ParentCategoryMissing = 2,

    /// <summary>A category code is already taken in the tree.</summary>
    DuplicateCategoryCode = 3,

    /// <summary>No category has the given code.</summary>
    CategoryNotFound = 4,

    /// <summary>The category has children, so it cannot be removed.</summary>
    CategoryHasChildren = 5,

    /// <summary>Changing the coding scheme would leave existing codes that do not fit it, or would give them another parent.</summary>
    SchemeChangeBreaksCodes = 6,

    /// <summary>Under the new coding scheme the code would have another parent than it has now.</summary>
    CategoryParentWouldChange = 7,

    /// <summary>A category code is missing (null, empty or white space).</summary>
    CategoryCodeRequired = 8,

    /// <summary>A category name is missing (null, empty or white space).</summary>
    CategoryNameRequired = 9,

    /// <summary>A category name is longer than <see cref="Coding.CategoryTree.MaxNameLength"/> characters.</summary>
    CategoryNameTooLong = 10,

    /// <summary>A category name contains a control character such as a line break or a tab.</summary>
    CategoryNameInvalid = 11,

    /// <summary>No longer raised: trees are immutable (<see cref="Coding.CategoryTree"/>), changed through a <see cref="Coding.CategoryTreeBuilder"/> or the archive. Kept so that the numbers of the other codes stay.</summary>
    TreeIsReadOnly = 12,

    /// <summary>No customer has the given code.</summary>
    CustomerNotFound = 13,

    /// <summary>A customer code is already taken in the archive.</summary>
    DuplicateCustomerCode = 14,

    /// <summary>Customers are classified (客户是否分类), but the customer has no customer category.</summary>
    CategoryRequired = 15,

    /// <summary>A customer would be in a category that has children; customers belong to leaf (末级) categories.</summary>
    CategoryNotLeaf = 16,

    /// <summary>The archive has no dimension of that name (or regions are not used).</summary>
    DimensionNotFound = 17,

    /// <summary>A custom field value names no defined custom field.</summary>
    CustomFieldUnknown = 18,

    /// <summary>A custom field value is not of the type its definition gives.</summary>
    CustomFieldTypeMismatch = 19,

    /// <summary>A required custom field has no value.</summary>
    CustomFieldRequired = 20,

    /// <summary>The customer has transactions, so its classification is locked; reclassifying it needs an explicit override with a reason.</summary>
    ClassificationLocked = 21,

    /// <summary>The customer has transactions, so it cannot be removed.</summary>
    CustomerHasTransactions = 22,

    /// <summary>The category has customers, so it cannot get children or be removed.</summary>
    CategoryInUse = 23,

    /// <summary>An update tried to change a customer's code, which never changes.</summary>
    CustomerCodeChanged = 24,

    /// <summary>The change reaches a customer or category outside the caller's data scope (数据权限).</summary>
    OutsideDataScope = 25,

    /// <summary>The customer is deactivated already.</summary>
    CustomerAlreadyDeactivated = 26,

    /// <summary>The customer is not deactivated, so it cannot be reactivated.</summary>
    CustomerNotDeactivated = 27,

    /// <summary>A customer cannot be merged into itself.</summary>
    MergeIntoItself = 28,

    /// <summary>A customer cannot be merged into a deactivated customer.</summary>
    MergeTargetDeactivated = 29,

    /// <summary>The deactivation date is before the development date.</summary>
    DeactivatedBeforeDeveloped = 30,

    /// <summary>A classification suggestion no longer fits the customer: its current value changed since the suggestion was made.</summary>
    SuggestionOutdated = 31,

    /// <summary>A change function of a running batch called back into the same archive to change it; every change belongs in the batch.</summary>
    ReentrantChange = 32,

    /// <summary>A custom field is defined under a name a dimension or another custom field has (ordinal, case-insensitive).</summary>
    CustomFieldNameTaken = 33,

    /// <summary>A disabled category (停用) was given a new customer or a new child; enable it first.</summary>
    CategoryDisabled = 34,

    /// <summary>A category profile names a value the profile catalogue does not have, or gives a value it cannot hold.</summary>
    ProfileValueInvalid = 35,

    /// <summary>A merge, split or move cannot be made as asked: categories of other levels or shapes, a category into itself, a child not under the split leaf, an assignment to no child.</summary>
    CategoryReorganisationInvalid = 36,

    /// <summary>
    /// A credit grade is not on the account set's grade scale (<see cref="Archives.ArchiveSettings.CreditGrades"/>): a
    /// customer's 信用等级, or a new scale that leaves out a grade a customer or a profile holds.
    /// </summary>
    CreditGradeNotOnScale = 37,

    /// <summary>A customer put on credit hold (冻结) is on hold already.</summary>
    CustomerOnCreditHold = 38,

    /// <summary>A customer released from credit hold is not on hold.</summary>
    CustomerNotOnCreditHold = 39,

    /// <summary>
    /// A customer's temporary limit (临时额度) lacks its amount or one of its dates, or starts after it ends; or a hold
    /// text (冻结说明) is given without a reason code.
    /// </summary>
    CreditControlValueInvalid = 40,

    /// <summary>
    /// A group reference is broken (集团客户): a head office (客户总公司) or invoice-to customer (开票单位) that is not in the
    /// archive, a deactivated head office, a customer that is its own head office through a cycle, or a customer removed or
    /// deactivated while others name it.
    /// </summary>
    CustomerGroupInvalid = 41,

    /// <summary>A user may not make a change (a right their roles lack, or a customer or category outside their data scope), or is not known to the access policy.</summary>
    AccessDenied = 42,

    /// <summary>The access policy requires this change to go through a change request approved by another person.</summary>
    RequestRequired = 43,

    /// <summary>No change request has the number given.</summary>
    RequestNotFound = 44,

    /// <summary>A change request cannot be decided or applied in its state: approving one that is not pending, applying one not approved, approving one's own (four eyes).</summary>
    RequestNotAllowed = 45,

    /// <summary>The archive changed since a request was submitted in a value the request changes: applying it would overwrite the newer value.</summary>
    RequestStale = 46,

    /// <summary>A batch holds an operation a change request cannot carry (a customer merge, a category merge, split or move, a settings change): make it directly.</summary>
    RequestUnsupported = 47,
}
