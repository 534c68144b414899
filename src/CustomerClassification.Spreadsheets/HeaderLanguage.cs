namespace CustomerClassification.Spreadsheets;

/// <summary>The language of a file's column headers.</summary>
public enum HeaderLanguage
{
    /// <summary>T3's Chinese headers: 客户编码, 客户名称, 所属分类码, ….</summary>
    Chinese = 1,

    /// <summary>English headers: code, name, categoryCode, ….</summary>
    English = 2,
}
