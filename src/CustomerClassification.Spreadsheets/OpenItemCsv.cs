using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Credit;
using NodaTime;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads open receivables (未核销应收单据) from CSV for aging and credit checks. Columns, Chinese or English, in any
/// order: 客户编码 (customerCode), 单据号 (documentNumber), 金额 (amount), 单据日期 (invoiceDate), 到期日期 (dueDate);
/// dates as <c>yyyy-MM-dd</c> or <c>yyyy/M/d</c>; encoding UTF-8 or GB18030, detected unless given. A negative amount is
/// a credit (an unapplied receipt or advance payment, 预收款). Read with a due-date function (such as
/// <see cref="CreditCheck.DueDate"/>), the 到期日期 column may be left out or a cell left empty: the due date then comes
/// from the customer's payment terms and the 单据日期.
/// </summary>
public static class OpenItemCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("单据号", "documentNumber"),
        new("金额", "amount"),
        new("单据日期", "invoiceDate"),
        new("到期日期", "dueDate"),
    ];

    /// <summary>Reads the open items of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid open items and every problem (a missing column, an empty cell, a bad amount or date, a due date before the invoice date), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<OpenItem> Read(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, row => new OpenItem(row.Text(0), row.Text(1), row.Number(2), row.Date(3), row.Date(4)));

    /// <summary>Reads the open items of a CSV file whose due dates may be left out, taking them from <paramref name="dueDate"/>.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="dueDate">The due date of a customer's document of a date, such as <see cref="CreditCheck.DueDate"/>.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid open items and every problem, each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> or <paramref name="dueDate"/> is null.</exception>
    public static ReadReport<OpenItem> ReadWithTerms(Stream csv, System.Func<string, LocalDate, LocalDate> dueDate, Encoding? encoding = null)
    {
        Argument.NotNull(dueDate);
        return CsvTable.Read(csv, encoding, OptionalDue, row =>
        {
            var (code, date) = (row.Text(0), row.Date(3));
            return new OpenItem(code, row.Text(1), row.Number(2), date, row.OptionalDate(4) ?? dueDate(code, date));
        });
    }

    private static readonly TableColumn[] OptionalDue = [.. Columns.Take(4), Columns[4] with { Required = false }];
}
