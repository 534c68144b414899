using System.IO;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

public class WorkbookTests
{
    [Theory]
    [InlineData(HeaderLanguage.Chinese)]
    [InlineData(HeaderLanguage.English)]
    public void ExportThenImport_GivesTheSameCategoriesAndCustomers(HeaderLanguage headers)
    {
        var original = SampleArchive.Create();
        original.Apply(
            new ChangeBatch()
                .Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = 1_000.25m, DevelopedOn = new NodaTime.LocalDate(2019, 3, 1), RegionCode = "3101" })
                .Add(SampleArchive.Customer("C002", "苏州新星", "02001") with { CustomFields = new Dictionary<string, CustomFieldValue> { ["年采购额"] = 12m } }),
            SampleArchive.Actor);
        using var categories = new MemoryStream();
        using var regions = new MemoryStream();
        using var customers = new MemoryStream();
        CategoryWorkbook.Export(original.Snapshot, DimensionNames.Category, categories, headers);
        CategoryWorkbook.Export(original.Snapshot, DimensionNames.Region, regions, headers);
        CustomerWorkbook.Export(original.Snapshot, customers, headers);
        var copy = new CustomerArchive(SampleArchive.Settings(), NodaTime.SystemClock.Instance);
        copy.AddCategory("行业", "01", "制造业", "导入");
        copy.AddCategory("行业", "02", "零售业", "导入");

        var reports = new[]
        {
            CategoryWorkbook.Import(new MemoryStream(categories.ToArray()), copy, DimensionNames.Category, "导入"),
            CategoryWorkbook.Import(new MemoryStream(regions.ToArray()), copy, DimensionNames.Region, "导入"),
            CustomerWorkbook.Import(new MemoryStream(customers.ToArray()), copy, "导入"),
        };

        Assert.All(reports, r => Assert.True(r.Succeeded, string.Join("; ", r.Problems)));
        Assert.Equal(headers, reports[2].Headers);
        Assert.Equal(original.Snapshot.CategoriesOf(DimensionNames.Category).ToArray(), copy.Snapshot.CategoriesOf(DimensionNames.Category).ToArray());
        Assert.Equal(original.Snapshot.ToArray(), copy.Snapshot.ToArray());
    }

    [Fact]
    public void Export_WritesAmountsAsNumbers_DatesAsDates_AndCodesAsText()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = 1_000.25m, DevelopedOn = new NodaTime.LocalDate(2019, 3, 1), CustomFields = new Dictionary<string, CustomFieldValue> { ["年采购额"] = 12m } }, SampleArchive.Actor);
        using var customers = new MemoryStream();

        CustomerWorkbook.Export(archive.Snapshot, customers);

        var row = MiniExcelLibs.MiniExcel.Query(new MemoryStream(customers.ToArray()), useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("C001", row["客户编码"]);
        Assert.Equal("01001", row["所属分类码"]);
        Assert.Equal(1_000.25, row["信用额度"]);
        Assert.Equal(12.0, row["年采购额"]);
        Assert.Equal(new DateTime(2019, 3, 1), row["发展日期"]);
        Assert.Equal("SHHL", row["助记码"]);
    }

    [Fact]
    public void Import_NotAWorkbook_ChangesNothing()
    {
        var archive = SampleArchive.Create();
        var before = archive.Snapshot;

        var report = CustomerWorkbook.Import(new MemoryStream([1, 2, 3, 4]), archive, "导入");

        Assert.Equal(1, Assert.Single(report.Problems).Row);
        Assert.Contains(".xlsx", report.Problems[0].Message, StringComparison.Ordinal);
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void Import_BadRow_IsReportedWithItsSheetRow()
    {
        var source = SampleArchive.Create();
        source.Apply(new ChangeBatch().Add(SampleArchive.Customer("C001", "甲")).Add(SampleArchive.Customer("C002", "乙")), SampleArchive.Actor);
        using var customers = new MemoryStream();
        CustomerWorkbook.Export(source.Snapshot, customers);
        var target = SampleArchive.Create();
        target.Add(SampleArchive.Customer("C002", "已有"), SampleArchive.Actor);

        var report = CustomerWorkbook.Import(new MemoryStream(customers.ToArray()), target, "导入");

        Assert.Equal((3, "客户编码"), (Assert.Single(report.Problems).Row, report.Problems[0].Column));
        Assert.Null(target.Find("C001"));
    }

    [Fact]
    public void Workbooks_RejectBadArguments()
    {
        var archive = SampleArchive.Create();

        Assert.Throws<ArgumentNullException>(() => CustomerWorkbook.Import(null!, archive, "a"));
        Assert.Throws<ArgumentException>(() => CustomerWorkbook.Import(new MemoryStream(), archive, " "));
        Assert.Throws<ArgumentException>(() => CategoryWorkbook.Import(new MemoryStream(), archive, "规模", "a"));
        Assert.Throws<ArgumentNullException>(() => CustomerWorkbook.Export(archive.Snapshot, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryWorkbook.Export(archive.Snapshot, DimensionNames.Category, new MemoryStream(), (HeaderLanguage)0));
    }
}
