namespace CustomerClassification.Customers;

/// <summary>What a <see cref="TaxId"/> is.</summary>
public enum TaxIdKind
{
    /// <summary>An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation.</summary>
    UnifiedSocialCreditCode = 1,

    /// <summary>An 18-character resident identity number (居民身份证号, GB 11643-1999) of an individual customer.</summary>
    ResidentId = 2,

    /// <summary>A 15-character tax registration number (税务登记号) from before the unified codes.</summary>
    Legacy15 = 3,

    /// <summary>A 20-character tax registration number of an individual (the 18-character id plus two digits), from before the unified codes.</summary>
    Legacy20 = 4,
}
