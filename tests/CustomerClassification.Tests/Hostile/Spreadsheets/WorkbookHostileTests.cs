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

    // A sheet rewritten by hand: a cell far to the right, a row far below, thousands of shared strings.
    private static byte[] WithSheet(Func<string, string> rewrite) => Rewritten(Workbook(["客户编码", "客户名称", "所属分类码"], ["C001", "上海华联", "01001"]), rewrite);

    private static byte[] Rewritten(byte[] workbook, Func<string, string> rewrite)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(rewrite(xml));
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("column XFC", "r=\"A1\"", "r=\"XFC1\"", "cell XFC1 is in column 16383")]
    [InlineData("row 1048576", "<x:row r=\"2\"", "<x:row r=\"1048576\"", "row 1048576 follows row 1")]
    public void ASheetReachingFarOut_IsRefusedBeforeItIsRead(string what, string find, string replace, string message)
    {
        var bytes = WithSheet(xml => xml.Replace(find, replace, StringComparison.Ordinal));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var report = CustomerWorkbook.Import(new MemoryStream(bytes), SampleArchive.Create(), "导入");

        Assert.False(report.Readable, what);
        Assert.Contains(message, report.Problems.Single().Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void ASharedStringsBomb_IsRefusedBeforeItIsUnpacked()
    {
        using var stream = new MemoryStream();
        stream.Write(Workbook(["客户编码", "客户名称", "所属分类码"], ["C001", "上海华联", "01001"]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/sharedStrings.xml")?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open());
            writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            writer.Write(new string('A', 50_000_000));
            writer.Write("</t></si></sst>");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = CustomerWorkbook.Import(new MemoryStream(stream.ToArray()), SampleArchive.Create(), "导入");

        Assert.True(stream.Length < 1_000_000, stream.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("as a zip bomb does", report.Problems.Single().Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    // Issue #28 rows 1 and 5: the work follows the cells present, not a declared range nor the rows between two far apart.
    private static byte[] Customers(int count, Func<string, string> rewrite)
    {
        var rows = new List<object[]> { new object[] { "客户编码", "客户名称", "所属分类码" } };
        rows.AddRange(Enumerable.Range(1, count).Select(i => new object[] { FormattableString.Invariant($"N{i:D5}"), "新客户" + i, "01001" }));
        return Rewritten(Workbook([.. rows]), rewrite);
    }

    [Fact]
    public void ADeclaredRangeOfTheWholeSheet_CostsNothing_AndMakesNoUnknownColumns()
    {
        var bytes = Customers(1_000, xml => System.Text.RegularExpressions.Regex.Replace(xml, "<(\\w+:)?dimension ref=\"[^\"]*\"", "<$1dimension ref=\"A1:XFD1048576\""));
        Assert.Contains("A1:XFD1048576", System.Text.Encoding.UTF8.GetString(ZipPart(bytes, "xl/worksheets/sheet1.xml")), StringComparison.Ordinal);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var report = CustomerWorkbook.Import(new MemoryStream(bytes), SampleArchive.Create(), "导入");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Take(3)));
        Assert.Equal(1_000, report.ImportedCount);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Fact]
    public void RowsFarApart_AreReadAsThemselves_AndTheEmptyRowsBetweenAreNotRows()
    {
        // Every data row moved 9,999 rows below the one before (just under the gap limit).
        var bytes = Customers(100, xml => System.Text.RegularExpressions.Regex.Replace(
            xml,
            "r=\"([A-Z]*)(\\d+)\"",
            m => FormattableString.Invariant($"r=\"{m.Groups[1].Value}{((int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1) * 9_999) + 1}\"")));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var report = CustomerWorkbook.Import(new MemoryStream(bytes), SampleArchive.Create(), "导入");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems.Take(3)));
        Assert.Equal(100, report.ImportedCount);
        Assert.Empty(report.Problems);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    private static byte[] ZipPart(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var part = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        return copy.ToArray();
    }
}
