using System.IO;
using System.IO.Compression;
using System.Text;
using CustomerClassification.Spreadsheets;
using NodaTime;

namespace CustomerClassification.Tests.Spreadsheets;

// The public table writing and bounded reading that ccls uses, as a host would.
public class SpreadsheetFilesTests
{
    [Fact]
    public void WriteCsv_WritesUtf8WithBom_InvariantValues_AndGuardsFormulas()
    {
        using var output = new MemoryStream();

        SpreadsheetFiles.WriteCsv(output, ["编码", "金额", "日期", "备注"], [["01001", 1234.5m, new LocalDate(2024, 1, 31), "=1+1"], ["02", null, null, "a,b"]]);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("编码,金额,日期,备注\r\n01001,1234.5,2024-01-31,'=1+1\r\n02,,,\"a,b\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void WriteCsv_InAnotherEncoding_WritesThatEncoding()
    {
        using var output = new MemoryStream();

        SpreadsheetFiles.WriteCsv(output, ["名称"], [["上海"]], CustomerCsv.GB18030);

        Assert.Equal("名称\r\n上海\r\n", CustomerCsv.GB18030.GetString(output.ToArray()));
    }

    [Fact]
    public void WriteWorkbook_WritesAWorkbook()
    {
        using var output = new MemoryStream();

        SpreadsheetFiles.WriteWorkbook(output, ["编码", "金额"], [["01001", 12m]]);

        using var zip = new ZipArchive(new MemoryStream(output.ToArray()));
        Assert.Contains(zip.Entries, e => e.FullName == "xl/worksheets/sheet1.xml");
    }

    [Fact]
    public void Write_ARowOfAnotherWidth_OrNothing_IsRefused()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentException>(() => SpreadsheetFiles.WriteCsv(output, ["a", "b"], [["1"]]));
        Assert.Throws<ArgumentException>(() => SpreadsheetFiles.WriteWorkbook(new MemoryStream(), ["a"], [["1", "2"]]));
        Assert.Throws<ArgumentNullException>(() => SpreadsheetFiles.WriteCsv(null!, ["a"], []));
        Assert.Throws<ArgumentNullException>(() => SpreadsheetFiles.WriteCsv(output, null!, []));
        Assert.Throws<ArgumentNullException>(() => SpreadsheetFiles.ReadAllBytes(null!));
    }

    [Fact]
    public void ReadAllBytes_ReadsTheStreamFromItsPosition()
    {
        using var input = new MemoryStream([1, 2, 3, 4]) { Position = 1 };

        var read = SpreadsheetFiles.ReadAllBytes(input);

        Assert.True(read.Success);
        Assert.Equal(new byte[] { 2, 3, 4 }, read.Value);
    }

    [Fact]
    public void ImportReport_ForAHostsOwnImporter_ChecksItsCounts()
    {
        var problem = new ImportProblem(2, "信用额度", "-5", "A credit limit is 0 or more.");

        var report = new ImportReport(3, 1, 1, 0, [problem], Encoding.UTF8, HeaderLanguage.Chinese, readable: true);

        Assert.Equal((3, 2, 1, false), (report.RowCount, report.ImportedCount, report.RefusedCount, report.Succeeded));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportReport(1, 1, 1, 0, [], Encoding.UTF8, HeaderLanguage.English, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportReport(1, -1, 0, 0, [], Encoding.UTF8, HeaderLanguage.English, true));
        Assert.Throws<ArgumentNullException>(() => new ImportReport(1, 0, 0, 0, [null!], Encoding.UTF8, HeaderLanguage.English, true));
        Assert.Throws<ArgumentNullException>(() => new ImportReport(1, 0, 0, 0, [], null!, HeaderLanguage.English, true));
    }
}
