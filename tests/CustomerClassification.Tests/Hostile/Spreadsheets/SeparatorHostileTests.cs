using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

// Issue #28 row 16 through a customer file: a credit limit written 1,2,3 was imported as 123.
public sealed class SeparatorHostileTests
{
    [Theory]
    [InlineData("1,2,3")]
    [InlineData("12,34.5")]
    [InlineData("1,234.5,6")]
    public void ACreditLimitWithSeparatorsNotInThrees_IsAProblemOfItsCell_AndNothingIsImported(string limit)
    {
        var archive = SampleArchive.Create();
        var snapshot = archive.Snapshot;
        var csv = "客户编码,客户名称,所属分类码,信用额度\nC001,上海华联,01001,\"" + limit + "\"\n";

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, "导入");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "信用额度", limit), (problem.Row, problem.Column, problem.Value));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void ACreditLimitGroupedInThrees_IsRead()
    {
        var archive = SampleArchive.Create();

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes("客户编码,客户名称,所属分类码,信用额度\nC001,上海华联,01001,\"1,234,567.5\"\n")), archive, "导入");

        Assert.True(report.Succeeded);
        Assert.Equal(1_234_567.5m, archive.Get("C001").CreditLimit);
    }
}
