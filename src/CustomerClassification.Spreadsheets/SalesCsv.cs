using System.IO;
using System.Text;
using CustomerClassification.Sales;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads sales documents (销售单据) for analysis by category and portfolio metrics, from CSV or .xlsx. Columns, Chinese
/// or English, in any order: 客户编码 (customerCode), 单据日期 (date), 单据号 (documentNumber), 金额 (amount), and
/// optionally 成本 (cost), 数量 (quantity), 类型 (kind: 销售 / sale, the default when empty, or 退货 / return, its amount
/// positive in the file). CSV encoding UTF-8 or GB18030, detected unless given.
/// </summary>
public static class SalesCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("单据日期", "date", Aliases: ["documentDate", "日期"]),
        new("单据号", "documentNumber", Aliases: ["单据编号"]),
        new("金额", "amount", Aliases: ["价税合计", "销售金额"]),
        new("成本", "cost", Required: false, Aliases: ["成本金额"]),
        new("数量", "quantity", Required: false),
        new("类型", "kind", Required: false, Aliases: ["单据类型", "type"]),
    ];

    /// <summary>Reads the sales documents of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid documents and every problem (a missing column, an empty cell, a bad date, amount or kind, a negative amount), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<SalesDocument> Read(Stream csv, Encoding? encoding = null) => CsvTable.Read(csv, encoding, Columns, Document);

    /// <summary>Reads the sales documents of the first sheet of an .xlsx workbook, with the same columns.</summary>
    /// <param name="xlsx">The workbook's bytes; read to the end, not closed.</param>
    /// <returns>The valid documents and every problem, each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public static ReadReport<SalesDocument> ReadWorkbook(Stream xlsx) => CsvTable.ReadWorkbook(xlsx, Columns, Document);

    private static SalesDocument Document(CsvRow row)
    {
        var text = row.OptionalText(6) ?? string.Empty;
        var kind = SalesDocument.ParseKind(text);
        return new SalesDocument(
            row.Text(0),
            row.Date(1),
            row.Text(2),
            row.Number(3),
            kind.Success ? kind.Value : row.Refuse(6, text, kind.Problem!, SalesKind.Sale),
            row.OptionalNumber(4),
            row.OptionalNumber(5));
    }
}
