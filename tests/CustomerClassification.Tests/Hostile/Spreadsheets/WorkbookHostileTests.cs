using System.IO;
using System.IO.Compression;
using System.Linq;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;
using MiniExcelLibs;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

// Workbooks that are not what they claim: numbers beyond any amount, NaN, parts missing. A report, never an exception.
public sealed class WorkbookHostileTests
{
    private static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        var records = rows.Select(r => r.Select((cell, i) => (Key: "c" + i, cell)).ToDictionary(p => p.Key, p => p.cell)).ToList();
        MiniExcel.SaveAs(stream, records, printHeader: false);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void ANumberNoAmountCanBe_IsAProblemOfItsCell(double number)
    {
        var archive = SampleArchive.Create();
        var snapshot = archive.Snapshot;

        var report = CustomerWorkbook.Import(new MemoryStream(Workbook(["客户编码", "客户名称", "所属分类码", "信用额度"], ["C001", "上海华联", "01001", number])), archive, "导入");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "信用额度"), (problem.Row, problem.Column));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Theory]
    [InlineData("xl/styles.xml")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("[Content_Types].xml")]
    public void AWorkbookWithAPartMissing_IsUnreadable_NotAnException(string part)
    {
        using var stream = new MemoryStream();
        stream.Write(Workbook(["客户编码", "客户名称", "所属分类码"], ["C001", "上海华联", "01001"]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
        }

        var report = CustomerWorkbook.Import(new MemoryStream(stream.ToArray()), SampleArchive.Create(), "导入");

        Assert.True(report.Succeeded || !report.Readable, string.Join("; ", report.Problems));
    }
}
