using System.IO;
using System.Text;
using CustomerClassification.Credit;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads a customer ledger (往来明细) for statements of account: documents with a positive 金额 (debits, invoices) and
/// payments with a negative one (credits, receipts). Columns, Chinese or English, in any order: 客户编码 (customerCode),
/// 单据号 (documentNumber), 单据日期 (date), 金额 (amount), and optionally 摘要 (summary); encoding UTF-8 or GB18030,
/// detected unless given. An open-items file (with its 到期日期, ignored) reads as a ledger too.
/// </summary>
public static class LedgerCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("单据号", "documentNumber"),
        new("单据日期", "date", Aliases: ["documentDate", "invoiceDate", "日期"]),
        new("金额", "amount"),
        new("摘要", "summary", Required: false, Aliases: ["说明"]),
    ];

    /// <summary>Reads the entries of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid entries and every problem (a missing column, an empty cell, a bad amount or date), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<LedgerEntry> Read(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, row => new LedgerEntry(row.Text(0), row.Text(1), row.Date(2), row.Number(3), row.OptionalText(4)));
}
