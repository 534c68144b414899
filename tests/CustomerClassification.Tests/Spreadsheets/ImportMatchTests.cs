using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

/// <summary>Issue #26 item 4: update and upsert rows matched by tax id or normalised name (批量导入匹配), re-keyed customers found.</summary>
[EnglishMessages]
public class ImportMatchTests
{
    private const string TaxA = "91350100M000100Y43";
    private const string TaxB = "9144030071526726XG";

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        var batch = new ChangeBatch()
            .Add(SampleArchive.Customer("C001", "上海华联商贸有限公司") with { TaxId = TaxId.Parse(TaxA) })
            .Add(SampleArchive.Customer("C002", "苏州新星") with { TaxId = TaxId.Parse(TaxB) })
            .Add(SampleArchive.Customer("C003", "苏州 新星公司"));
        Assert.True(archive.Apply(batch, "系统").Succeeded);
        return archive;
    }

    private static ImportReport Import(CustomerArchive archive, string csv, ImportMatch match, ImportMode mode = ImportMode.Update) =>
        CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, "导入", new ImportOptions { Mode = mode, Match = match });

    [Fact]
    public void ByTaxId_ARowUnderANewCode_FindsTheCustomer_AndTheReportSaysHow()
    {
        var archive = Archive();

        var report = Import(archive, $"客户编码,税号,电话\r\n,{TaxA},021-1\r\nC002,,0512-2\r\n", ImportMatch.TaxId);

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal([new RowMatch(2, "C001", ImportMatch.TaxId), new RowMatch(3, "C002", ImportMatch.Code)], report.Matches);
        Assert.Equal(("021-1", "0512-2"), (archive.Get("C001").Phone, archive.Get("C002").Phone));
    }

    [Fact]
    public void ByTaxId_ACustomerWithAnotherCode_IsAProblemNamingBoth_AndNothingChanges()
    {
        var archive = Archive();
        var before = archive.Snapshot;

        var report = Import(archive, $"客户编码,税号,电话\r\nC009,{TaxA},021-1\r\n", ImportMatch.TaxId, ImportMode.AddOrUpdate);

        var problem = Assert.Single(report.Problems);
        Assert.Contains("C001", problem.Message, StringComparison.Ordinal);
        Assert.Contains("C009", problem.Message, StringComparison.Ordinal);
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void ByName_TheNormalisedName_Matches_AndTwoMatchesAreAProblemNamingBoth()
    {
        var archive = Archive();

        var one = Import(archive, "客户编码,客户名称,电话\r\n,上海 华联商贸公司,021-9\r\n", ImportMatch.Name);
        var two = Import(archive, "客户编码,客户名称,电话\r\n,苏州新星有限公司,021-8\r\n", ImportMatch.Name);

        Assert.Equal([new RowMatch(2, "C001", ImportMatch.Name)], one.Matches);
        Assert.Equal("021-9", archive.Get("C001").Phone);
        var problem = Assert.Single(two.Problems);
        Assert.Contains("C002", problem.Message, StringComparison.Ordinal);
        Assert.Contains("C003", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByCode_TheDefault_IgnoresTheTaxId()
    {
        var archive = Archive();

        var report = Import(archive, $"客户编码,电话\r\nC002,0512-2\r\n", ImportMatch.Code);

        Assert.Equal([new RowMatch(2, "C002", ImportMatch.Code)], report.Matches);
    }
}
