using System.IO;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

public class CategoryCsvTests
{
    private static (ImportReport Report, CustomerArchive Archive) Import(string text, ImportOptions? options = null, CustomerArchive? archive = null)
    {
        archive ??= new CustomerArchive(SampleArchive.Settings(), NodaTime.SystemClock.Instance);
        return (CategoryCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), archive, DimensionNames.Category, "导入", options), archive);
    }

    [Theory]
    [InlineData(HeaderLanguage.Chinese)]
    [InlineData(HeaderLanguage.English)]
    public void ExportThenImport_GivesTheSameTree(HeaderLanguage headers)
    {
        var original = SampleArchive.Create().Snapshot;
        using var stream = new MemoryStream();
        CategoryCsv.Export(original, DimensionNames.Category, stream, headers, CustomerCsv.GB18030);
        var archive = new CustomerArchive(SampleArchive.Settings(), NodaTime.SystemClock.Instance);

        var report = CategoryCsv.Import(new MemoryStream(stream.ToArray()), archive, DimensionNames.Category, "导入");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(("gb18030", headers, 5), (report.Encoding.WebName, report.Headers, report.ImportedCount));
        Assert.Equal(original.CategoriesOf(DimensionNames.Category).ToArray(), archive.Snapshot.CategoriesOf(DimensionNames.Category).ToArray());
    }

    [Fact]
    public void Import_ChildrenBeforeParents_IsFine()
    {
        var (report, archive) = Import("类别编码,类别名称\r\n01001,上海\r\n01,华东\r\n");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(new[] { "01", "01001" }, archive.Snapshot.CategoriesOf(DimensionNames.Category).Select(c => c.Code));
    }

    [Fact]
    public void Import_BadRows_AreAllReported_AndNothingIsImported()
    {
        var (report, archive) = Import("类别编码,类别名称\r\n01,华东\r\n,无编码\r\n02,\r\n01,重复\r\n0101,不合编码方案\r\n03001,没有上级\r\n");

        Assert.Equal(new[] { 3, 4, 5, 6, 7 }, report.Problems.Select(p => p.Row));
        Assert.Equal(0, report.ImportedCount);
        Assert.Empty(archive.Snapshot.CategoriesOf(DimensionNames.Category));
    }

    [Fact]
    public void Import_ValidRowsOnly_ImportsTheRest()
    {
        var (report, archive) = Import("类别编码,类别名称\r\n01,华东\r\n01001,上海\r\n03001,没有上级\r\n", new ImportOptions { ImportValidRows = true });

        Assert.Equal(4, Assert.Single(report.Problems).Row);
        Assert.Equal(2, report.ImportedCount);
        Assert.Equal(2, archive.Snapshot.CategoriesOf(DimensionNames.Category).Count);
    }

    [Fact]
    public void Import_And_Export_RejectBadArguments()
    {
        var archive = SampleArchive.Create();

        Assert.Equal(1, Import("编码,名称\r\n01,华东\r\n").Report.Problems[0].Row);
        Assert.Throws<ArgumentException>(() => CategoryCsv.Import(new MemoryStream(), archive, "规模", "a"));
        Assert.Throws<ArgumentNullException>(() => CategoryCsv.Import(null!, archive, DimensionNames.Category, "a"));
        Assert.Throws<ArgumentException>(() => CategoryCsv.Import(new MemoryStream(), archive, DimensionNames.Category, ""));
        Assert.Throws<ClassificationException>(() => CategoryCsv.Export(archive.Snapshot, "规模", new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => CategoryCsv.Export(archive.Snapshot, DimensionNames.Category, null!));
    }

    [Theory]
    [InlineData("地区编码,地区名称")]
    [InlineData("地区分类编码,地区分类名称")]
    [InlineData("客户分类编码,客户分类名称")]
    [InlineData("分类编码,分类名称")]
    public void Import_T3AndU8HeaderVariants_AreRead(string header)
    {
        var (report, archive) = Import(header + "\r\n01,华东\r\n01001,上海\r\n");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(2, archive.Snapshot.CategoriesOf(DimensionNames.Category).Count);
    }

    [Fact]
    public void Import_AMissingColumn_ListsTheHeadersAccepted()
    {
        var (report, _) = Import("地区编码,名字\r\n01,华东\r\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((1, "类别名称"), (problem.Row, problem.Column));
        Assert.Contains("类别名称, 分类名称, 客户分类名称, 地区名称, 地区分类名称, name", problem.Message, StringComparison.Ordinal);
    }
}
