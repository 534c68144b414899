using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

// A real T3 export carries columns the model has no field for (备注, 所属行业) and derived name columns (所属分类名称).
[EnglishMessages]
public class CustomerImportColumnsTests
{
    private static ImportReport Import(CustomerArchive archive, string csv, ImportOptions? options = null) =>
        CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, "导入", options);

    [Fact]
    public void ColumnsWithoutAField_AreIgnored_AndNamedInTheReport()
    {
        var archive = SampleArchive.Create();

        var report = Import(archive, "客户编码,客户名称,备注,所属分类码,所属行业\r\nC009,新客,老客户介绍,01001,零售\r\n");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(["备注", "所属行业"], report.IgnoredColumns);
        Assert.Equal(HeaderLanguage.Chinese, report.Headers);
        Assert.Equal("01001", archive.Snapshot.Get("C009").CategoryCode);
    }

    [Fact]
    public void EveryColumnRead_LeavesNoIgnoredColumns()
    {
        var report = Import(SampleArchive.Create(), "客户编码,客户名称,所属分类码\r\nC009,新客,01001\r\n");

        Assert.True(report.Succeeded);
        Assert.Empty(report.IgnoredColumns);
    }

    [Fact]
    public void AMappedColumn_IsReadAsItsTarget()
    {
        var archive = SampleArchive.Create();
        var options = new ImportOptions { ColumnMap = new Dictionary<string, string>(StringComparer.Ordinal) { ["备注"] = "contact", ["所属类别"] = "category" } };

        var report = Import(archive, "客户编码,客户名称,备注,所属类别\r\nC009,新客,王经理,01002\r\n", options);

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Empty(report.IgnoredColumns);
        Assert.Equal(("王经理", "01002"), (archive.Snapshot.Get("C009").Contact, archive.Snapshot.Get("C009").CategoryCode));
    }

    [Theory]
    [InlineData("备注", "remark", "MapTargetUnknown")]
    [InlineData("微信号", "contact", "MappedColumnAbsent")]
    public void AMapToNothing_OrOfAColumnTheFileLacks_MakesTheFileUnreadable(string header, string target, string what)
    {
        var archive = SampleArchive.Create();
        var options = new ImportOptions { ColumnMap = new Dictionary<string, string>(StringComparer.Ordinal) { [header] = target } };

        var report = Import(archive, "客户编码,客户名称,备注,所属分类码\r\nC009,新客,x,01001\r\n", options);

        Assert.False(report.Readable);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((1, header), (problem.Row, problem.Column));
        Assert.Contains(what == "MapTargetUnknown" ? "'remark'" : "微信号", problem.Message, StringComparison.Ordinal);
        Assert.Empty(archive.Snapshot);
    }

    [Fact]
    public void ABlankMapEntry_IsRefusedBeforeAnythingIsRead()
    {
        var options = new ImportOptions { ColumnMap = new Dictionary<string, string>(StringComparer.Ordinal) { ["备注"] = " " } };

        Assert.Throws<ArgumentException>(() => Import(SampleArchive.Create(), "客户编码,客户名称\r\n", options));
    }

    [Fact]
    public void DerivedNames_ThatAgree_AreAccepted_AndAContradictingOne_IsAProblemOfItsCell()
    {
        var archive = SampleArchive.Create();

        var report = Import(archive, "客户编码,客户名称,所属分类码,所属分类名称,地区编码,所属地区名称\r\nC008,甲,01001,上海,3101,浦东\r\nC009,乙,01001,江苏,3101,\r\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "所属分类名称", "江苏", "categoryName"), (problem.Row, problem.Column, problem.Value, problem.Field));
        Assert.Contains("01001", problem.Message, StringComparison.Ordinal);
        Assert.Contains("上海", problem.Message, StringComparison.Ordinal);
        Assert.Empty(report.IgnoredColumns);
        Assert.Empty(archive.Snapshot);
    }

    [Fact]
    public void ADerivedName_IsCheckedAgainstTheCategoryTheRowLeavesTheCustomerIn_WhenUpdating()
    {
        var archive = CustomerCsvTests.Filled();
        var update = new ImportOptions { Mode = ImportMode.Update };

        Assert.True(Import(archive, "客户编码,所属分类名称,行业名称\r\nC001,上海,零售业\r\n", update).Succeeded);
        var report = Import(archive, "客户编码,所属分类名称\r\nC001,北京\r\n", update);

        Assert.Equal(("所属分类名称", "北京"), (report.Problems.Single().Column, report.Problems.Single().Value));
    }

    [Fact]
    public void AnUnknownCode_IsTheCodeCellsProblem_NotTheNamesToo()
    {
        var report = Import(SampleArchive.Create(), "客户编码,客户名称,所属分类码,所属分类名称\r\nC009,乙,09,某类\r\n");

        Assert.Equal("所属分类码", report.Problems.Single().Column);
    }

    // Issue #27 item 4: the field of an unknown category was its localised dimension name, losing the column and value.
    [Fact]
    public void AnImportUnderAChineseSystemLanguage_KeepsTheColumnAndValueOfAnUnknownCategory()
    {
        using var _ = new UiCulture("zh-Hans");

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes("客户编码,客户名称,所属分类码\r\nC9,甲,09\r\n")), SampleArchive.Create(), "导入");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(("所属分类码", "09", "category"), (problem.Column, problem.Value, problem.Field));
    }
}
