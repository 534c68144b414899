namespace CustomerClassification.Archives;

/// <summary>
/// What a role of an <see cref="AccessPolicy"/> may do (操作权限). Policy files name them in camelCase
/// (<c>maintainCategories</c>, <c>editCustomers</c>, …); a change request's kinds are the rights its changes need.
/// The numeric values are stable.
/// </summary>
public enum AccessRight
{
    /// <summary>Add, rename, describe, disable, enable, remove, merge, split and move categories (<c>maintainCategories</c>); coding schemes and dimensions too.</summary>
    MaintainCategories = 1,

    /// <summary>Add, change, deactivate, reactivate, remove and merge customers (<c>editCustomers</c>), other than their categories and credit values.</summary>
    EditCustomers = 2,

    /// <summary>Move customers to other categories (<c>reclassify</c>).</summary>
    Reclassify = 3,

    /// <summary>Set and clear category profile values and the default profile (<c>changeProfiles</c>).</summary>
    ChangeProfiles = 4,

    /// <summary>Change a customer's credit values: limit, grade, terms, holds, temporary limits, approvals; and the grade scale (<c>changeCredit</c>).</summary>
    ChangeCredit = 5,

    /// <summary>Approve or reject other people's change requests, of the kinds the role names (<c>approve</c>).</summary>
    Approve = 6,

    /// <summary>Import customers, categories and profiles from files (<c>import</c>).</summary>
    Import = 7,

    /// <summary>Export customers and reports (<c>export</c>).</summary>
    Export = 8,

    /// <summary>Apply auto-classification rules to the archive (<c>applyRules</c>).</summary>
    ApplyRules = 9,
}
