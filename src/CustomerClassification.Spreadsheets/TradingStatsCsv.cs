using System.Collections.Generic;
using System.IO;
using System.Text;
using CustomerClassification.Rules;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads trading statistics per customer (the host's sales figures) from CSV for auto-classification rules.
/// Columns, Chinese or English, in any order: 客户编码 (customerCode) required; 销售额 (sales), 月均采购额
/// (monthlyAverage), 订单数 (orderCount), 最长逾期天数 (maxOverdueDays), 最近订货日期 or 最后订货日期 (lastOrderOn) and 应收余额
/// (openBalance) optional, an empty cell or missing column meaning 0 or none. Headers are the rule fields' names,
/// labels and aliases (<see cref="ProfileFields"/>), so a statistics file and the rules share one vocabulary.
/// </summary>
public static class TradingStatsCsv
{
    private static readonly TableColumn[] Columns =
    [
        TableColumn.CustomerCode,
        TableColumn.Of("sales"),
        TableColumn.Of("monthlyAverage"),
        TableColumn.Of("orderCount"),
        TableColumn.Of("maxOverdueDays"),
        TableColumn.Of("lastOrderOn"),
        TableColumn.Of("openBalance"),
    ];

    /// <summary>Reads the statistics of a CSV file, one row per customer.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The statistics by customer code, and every problem (a missing code column, a bad number or date, a negative count), each with its row.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<KeyValuePair<string, TradingStats>> Read(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, row => new KeyValuePair<string, TradingStats>(row.Text(0), new TradingStats
        {
            Sales = row.Number(1),
            MonthlyAverage = row.Number(2),
            OrderCount = row.Count(3),
            MaxOverdueDays = row.Count(4),
            LastOrderOn = row.OptionalDate(5),
            OpenBalance = row.Number(6),
        }));
}
