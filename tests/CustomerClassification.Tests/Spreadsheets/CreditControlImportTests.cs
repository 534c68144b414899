using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

/// <summary>Issue #24 item 1: a T3 customer file has no 控制信用额度 column; its 信用额度 of 0 means not controlled.</summary>
public class CreditControlImportTests
{
    private static CustomerClassification.Archives.CustomerArchive Import(string csv)
    {
        var archive = SampleArchive.Create();
        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, "导入");
        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        return archive;
    }

    [Fact]
    public void AT3File_ReadsALimitOf0_AsNotControlled_AndAnEmptyLimitAsInherited()
    {
        var archive = Import("客户编码,客户名称,所属分类码,信用额度\nC001,上海华联,01001,0\nC002,苏州新星,01001,\nC003,杭州百货,01001,50000\n");

        Assert.Equal((false, 0m), (archive.Get("C001").CreditControlled, archive.Get("C001").CreditLimit));
        Assert.Equal((null, null), (archive.Get("C002").CreditControlled, archive.Get("C002").CreditLimit));
        Assert.Equal((null, 50_000m), (archive.Get("C003").CreditControlled, archive.Get("C003").CreditLimit));
    }

    [Fact]
    public void AFileWithTheColumn_IsTakenAsItSays_SoAControlledLimitOf0IsCashOnly()
    {
        var archive = Import("客户编码,客户名称,所属分类码,信用额度,控制信用额度\nC001,上海华联,01001,0,是\nC002,苏州新星,01001,0,\nC003,杭州百货,01001,50000,否\n");

        Assert.True(archive.Get("C001").CreditControlled);
        Assert.Null(archive.Get("C002").CreditControlled);
        Assert.False(archive.Get("C003").CreditControlled);
    }

    [Fact]
    public void AFlagThatIsNoYesOrNo_IsAProblemOfItsCell_AndNothingIsImported()
    {
        var archive = SampleArchive.Create();
        var snapshot = archive.Snapshot;

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes("客户编码,客户名称,所属分类码,控制信用额度\nC001,上海华联,01001,也许\n")), archive, "导入");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "控制信用额度", "也许"), (problem.Row, problem.Column, problem.Value));
        Assert.Same(snapshot, archive.Snapshot);
    }
}
