using System.IO;
using System.Text;
using CustomerClassification.Credit;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads open sales documents that are not open items yet (未完成订单、已发货未开票、未审核发票) from CSV for credit checks.
/// Columns, Chinese or English, in any order: 客户编码 (customerCode), 单据号 (documentNumber), 金额 (amount), 单据日期
/// (date), 类型 (kind: 订单 / order, 发货 / delivery, 发票 / invoice); encoding UTF-8 or GB18030, detected unless given.
/// </summary>
public static class OpenOrderCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("单据号", "documentNumber"),
        new("金额", "amount"),
        new("单据日期", "date", Aliases: ["documentDate"]),
        new("类型", "kind", Aliases: ["单据类型", "type"]),
    ];

    /// <summary>Reads the open orders of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid open orders and every problem (a missing column, an empty cell, a bad amount, date or kind, a negative amount), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<OpenOrder> Read(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, row =>
        {
            var kind = row.Text(4);
            var parsed = OpenOrder.ParseKind(kind);
            return new OpenOrder(row.Text(0), row.Text(1), row.Number(2), row.Date(3), parsed.Success ? parsed.Value : row.Refuse(4, kind, parsed.Problem!, OpenOrderKind.Order));
        });
}
