namespace CustomerClassification.Spreadsheets;

/// <summary>How an update or upsert finds the customer a row is about (批量导入匹配). The numeric values are stable.</summary>
public enum ImportMatch
{
    /// <summary>By customer code (客户编码), as T3 does.</summary>
    Code = 0,

    /// <summary>By tax id (税号) when the row gives one that a customer has, else by code: re-keyed customers are found under their new code.</summary>
    TaxId = 1,

    /// <summary>By normalised name (全半角、空格、标点、公司后缀不计; see <c>ArchiveAudit.NormalizedName</c>) when a customer has it, else by code.</summary>
    Name = 2,
}
