using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

// Issue #28 row 7: a file of a million problems gave gigabytes of output; a report lists 1,000 and says how many more.
[EnglishMessages]
public sealed class ProblemListHostileTests
{
    [Fact]
    public void AMillionBadRows_AreListedAsAThousand_AndOneLineSayingHowManyMore()
    {
        var csv = new StringBuilder("客户编码,客户名称,所属分类码,信用额度\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append('C').Append(i).Append(",客户,01001,lots\n");
        }

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), SampleArchive.Create(), "导入");

        Assert.Equal(20_000, report.ProblemCount);
        Assert.Equal(20_000, report.RefusedCount);
        Assert.Equal(1_001, report.Problems.Count);
        Assert.Equal("and 19,000 more problems, not listed: mend the first 1,000 and read the file again.", report.Problems[^1].Message);
    }

    [Fact]
    public void AHostsReport_ListsAThousand_AndCountsEveryProblem()
    {
        var problems = Enumerable.Range(2, 1_500).Select(row => new ImportProblem(row, "信用额度", "x", "bad")).ToArray();

        var report = new ImportReport(1_500, 0, 0, 0, problems, Encoding.UTF8, HeaderLanguage.Chinese, readable: true);

        Assert.Equal(1_500, report.ProblemCount);
        Assert.Equal(1_001, report.Problems.Count);
        Assert.Equal(1_002, report.Problems[^1].Row);
    }
}
