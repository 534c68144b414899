using System.IO;
using System.Text;
using CustomerClassification.Credit;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads the reminders already sent (催款记录) for a dunning run. Columns, Chinese or English, in any order: 客户编码
/// (customerCode), 级别 (level), 日期 (date); encoding UTF-8 or GB18030, detected unless given.
/// </summary>
public static class ReminderCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        new("级别", "level", Aliases: ["催款级别"]),
        new("日期", "date", Aliases: ["催款日期", "sentOn"]),
    ];

    /// <summary>Reads the reminders of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The valid reminders and every problem (a missing column, an empty cell, a level below 1, a bad date), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<Reminder> Read(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, row => new Reminder(row.Text(0), row.Count(1), row.Date(2)));
}
