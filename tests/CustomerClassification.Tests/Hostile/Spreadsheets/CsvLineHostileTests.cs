using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile.Spreadsheets;

// Issue #28 row 10: a 300 MB line peaked at 3 GB; a line past 1 MiB is a problem of its row, never buffered.
[EnglishMessages]
public sealed class CsvLineHostileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    public void ALineLongerThanAMebibyte_IsAProblemOfItsRow_AndTheRowsAroundItAreRead(string quote)
    {
        var csv = "客户编码,客户名称,所属分类码\nC001,上海华联,01001\nC002," + quote + new string('长', 3 << 20) + quote + "\nC003,北京华联,01001\n";

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SampleArchive.Create(), "导入");

        var problem = Assert.Single(report.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains("at most 1,048,576 are read", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, report.RowCount);
    }
}
