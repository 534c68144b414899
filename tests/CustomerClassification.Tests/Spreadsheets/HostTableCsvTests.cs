using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using NodaTime;

namespace CustomerClassification.Tests.Spreadsheets;

/// <summary>Open items and trading statistics read from CSV: both header languages, both encodings, every bad cell reported.</summary>
[EnglishMessages]
public class HostTableCsvTests
{
    private static MemoryStream Csv(string text, Encoding? encoding = null) => new((encoding ?? Encoding.UTF8).GetBytes(text));

    [Fact]
    public void OpenItems_InChinese_GB18030_AreRead()
    {
        var report = OpenItemCsv.Read(Csv("到期日期,客户编码,单据号,金额,单据日期\r\n2026/7/30,C001,XS-1,1200.50,2026/6/30\r\n2026-08-15,C002,XS-2,800,2026-07-16\r\n", CustomerCsv.GB18030));

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(("gb18030", 2), (report.Encoding.WebName, report.RowCount));
        var first = report.Items[0];
        Assert.Equal(("C001", "XS-1", 1200.50m, new LocalDate(2026, 6, 30), new LocalDate(2026, 7, 30)), (first.CustomerCode, first.DocumentNumber, first.Amount, first.InvoiceDate, first.DueDate));
        Assert.Equal("C002", report.Items[1].CustomerCode);
    }

    [Fact]
    public void OpenItems_BadCells_AreEachReported_AndTheGoodRowsKept()
    {
        var report = OpenItemCsv.Read(Csv("customerCode,documentNumber,amount,invoiceDate,dueDate\nC001,XS-1,lots,2026-06-30,2026-07-30\nC002,XS-2,100,2026-02-30,2026-03-30\n,XS-3,100,2026-06-30,2026-07-30\nC004,XS-4,100,2026-06-30,2026-05-30\nC005,XS-5,100,2026-06-30,2026-07-30\n"));

        Assert.Equal(["C005"], report.Items.Select(i => i.CustomerCode));
        Assert.Equal([(2, "金额", "lots"), (3, "单据日期", "2026-02-30"), (4, "客户编码", null), (5, null, null)], report.Problems.Select(p => (p.Row, p.Column, p.Value)));
        Assert.Equal("The value is required.", report.Problems[2].Message);
        Assert.Contains("due", report.Problems[3].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void OpenItems_WithoutAColumn_AreRefusedOnRowOne()
    {
        var report = OpenItemCsv.Read(Csv("客户编码,单据号,金额,单据日期\nC001,XS-1,1,2026-06-30\n"));

        var problem = Assert.Single(report.Problems);
        Assert.Equal((1, "到期日期"), (problem.Row, problem.Column));
        Assert.Empty(report.Items);
    }

    [Fact]
    public void TradingStats_OptionalColumnsMayBeLeftOut_OrEmpty()
    {
        var report = TradingStatsCsv.Read(Csv("客户编码,月均采购额,订单数,最后订货日期\nC001,62000,20,2026-06-01\nC002,,,\n"));

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        var (code, stats) = report.Items[0];
        Assert.Equal(("C001", 62000m, 20, new LocalDate(2026, 6, 1), 0m), (code, stats.MonthlyAverage, stats.OrderCount, stats.LastOrderOn!.Value, stats.Sales));
        Assert.Equal(new CustomerClassification.Rules.TradingStats(), report.Items[1].Value);
    }

    [Fact]
    public void TradingStats_NegativeCounts_AndBadNumbers_AreReported()
    {
        var report = TradingStatsCsv.Read(Csv("customerCode,orderCount,maxOverdueDays,sales\nC001,-1,3,1\nC002,2,2.5,1\nC003,2,3,1e5\n"));

        Assert.Empty(report.Items);
        Assert.Equal([(2, "订单数"), (3, "最长逾期天数"), (4, "销售额")], report.Problems.Select(p => (p.Row, p.Column!)));
    }

    [Fact]
    public void Read_NullStream_IsRefused_AndAFileThatIsNotUtf8NorGB18030IsReported()
    {
        Assert.Throws<ArgumentNullException>(() => OpenItemCsv.Read(null!));
        Assert.Throws<ArgumentNullException>(() => TradingStatsCsv.Read(null!));

        var report = TradingStatsCsv.Read(new MemoryStream([0xFF, 0xFE, 0xFD]), new UTF8Encoding(false, true));

        Assert.Equal(1, Assert.Single(report.Problems).Row);
    }
}
