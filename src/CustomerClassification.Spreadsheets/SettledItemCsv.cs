using System.IO;
using System.Text;
using CustomerClassification.Sales;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads settled receivables (已核销应收) for days to pay and days late, from CSV or .xlsx. Columns, Chinese or English, in
/// any order: 客户编码 (customerCode), 单据号 (documentNumber), 金额 (amount), 单据日期 (invoiceDate), 到期日期 (dueDate),
/// 核销日期 (paidDate). CSV encoding UTF-8 or GB18030, detected unless given.
/// </summary>
public static class SettledItemCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("单据号", "documentNumber"),
        new("金额", "amount"),
        new("单据日期", "invoiceDate"),
        new("到期日期", "dueDate", Aliases: ["到期日"]),
        new("核销日期", "paidDate", Aliases: ["收款日期", "回款日期"]),
    ];

    /// <summary>Reads the settled items of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid items and every problem (a missing column, an empty cell, a bad amount or date, a due or paid date before the invoice), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<SettledItem> Read(Stream csv, Encoding? encoding = null) => CsvTable.Read(csv, encoding, Columns, Item);

    /// <summary>Reads the settled items of the first sheet of an .xlsx workbook, with the same columns.</summary>
    /// <param name="xlsx">The workbook's bytes; read to the end, not closed.</param>
    /// <returns>The valid items and every problem, each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public static ReadReport<SettledItem> ReadWorkbook(Stream xlsx) => CsvTable.ReadWorkbook(xlsx, Columns, Item);

    private static SettledItem Item(CsvRow row) => new(row.Text(0), row.Text(1), row.Number(2), row.Date(3), row.Date(4), row.Date(5));
}
