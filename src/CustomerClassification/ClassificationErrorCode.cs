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
}
