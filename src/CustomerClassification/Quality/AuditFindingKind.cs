namespace CustomerClassification.Quality;

/// <summary>What an audit finding is about.</summary>
public enum AuditFindingKind
{
    /// <summary>Two or more customers share a tax id (税号): the same company entered twice.</summary>
    DuplicateTaxId = 1,

    /// <summary>Two or more customers have the same name once normalised (width, spaces, punctuation and company-form suffixes ignored).</summary>
    ProbableDuplicateName = 2,

    /// <summary>A deactivated customer still holds its own credit limit.</summary>
    DeactivatedWithCreditLimit = 3,

    /// <summary>A deactivated customer still has an open receivable balance.</summary>
    DeactivatedWithOpenBalance = 4,

    /// <summary>A customer's tax id is a legacy 15- or 20-character number, not the 18-character unified social credit code.</summary>
    LegacyTaxId = 5,

    /// <summary>A customer's given mnemonic code (助记码) does not match the one its name generates.</summary>
    MnemonicMismatch = 6,

    /// <summary>A leaf category holds no customer.</summary>
    EmptyLeafCategory = 7,

    /// <summary>
    /// Two or more customers have the same normalised name but different 18-character tax ids (unified social credit
    /// codes or resident ids): different legal entities, so not duplicates; their names should tell them apart.
    /// </summary>
    SameNameDistinctTaxIds = 8,

    /// <summary>A customer is in a disabled category (停用): it may stay, but the category should be emptied or enabled again.</summary>
    CustomerInDisabledCategory = 9,

    /// <summary>Two or more categories under one parent have the same name: users cannot tell them apart.</summary>
    DuplicateCategoryName = 10,

    /// <summary>A customer lacks a value its profile requires (the <c>requiredFields</c> profile value, 必填项).</summary>
    MissingRequiredValue = 11,

    /// <summary>A customer is not classified in a dimension in use (地区分类, a further one, or 客户分类 when customers need not be classified).</summary>
    Unclassified = 12,

    /// <summary>A category lies deeper than the host's limit (<see cref="AuditLimits.MaxDepth"/>).</summary>
    CategoryTooDeep = 13,

    /// <summary>A category has more children than the host's limit (<see cref="AuditLimits.MaxChildren"/>).</summary>
    CategoryTooBroad = 14,

    /// <summary>A leaf category holds a single customer: a category for one customer is usually one too many.</summary>
    SingleCustomerLeaf = 15,
}
