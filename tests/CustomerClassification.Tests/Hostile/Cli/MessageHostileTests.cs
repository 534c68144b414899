using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Cli;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Hostile.Cli;

// Issue #28 row 15: messages that misled.
[EnglishMessages]
public sealed class MessageHostileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ccls-messages-");

    private string Model => Path.Combine(_folder.FullName, "model.json");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ANegativeAmount_NamesTheOption_NotTheLibrarysParameter()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

        var (exitCode, _, error) = Ccls.Run("check-credit", "--model", Model, "--customer", "C001", "--amount", "-1");

        Assert.Equal(2, exitCode);
        Assert.Contains("--amount: '-1' is below zero", error);
        Assert.DoesNotContain("orderAmount", error);
    }

    [Fact]
    public void AnOutputIntoAMissingFolder_NamesTheFolder_NotATemporaryFile()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var missing = Path.Combine(_folder.FullName, "nowhere");

        var (exitCode, _, error) = Ccls.Run("export", "--model", Model, "--out", Path.Combine(missing, "out.csv"));

        Assert.Equal(2, exitCode);
        Assert.Contains("the folder " + missing + " does not exist", error);
        Assert.DoesNotContain(".tmp", error);
    }

    [Fact]
    public void AUtf16File_IsNamedAsWhatItIs()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("客户编码,客户名称,所属分类码\nC009,上海,01001\n")).ToArray();

        var report = CustomerCsv.Import(new MemoryStream(bytes), SampleArchive.Create(), "导入");

        Assert.False(report.Readable);
        Assert.Contains("UTF-16", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AYearBeforeOurEra_IsPrintedAsItsYear_NotAsTheYearOfItsEra()
    {
        var day = new NodaTime.LocalDate(-9998, 1, 1);

        Assert.Contains("-9998-01-01", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerClassification.Rules.RuleValue.FromDate(day)).Message, StringComparison.Ordinal);
        Assert.Contains("-9998-01-01", Assert.Throws<ArgumentOutOfRangeException>(() => new CustomerClassification.Customers.Customer("C1", "甲") { DevelopedOn = day }).Message, StringComparison.Ordinal);
        Assert.Equal("-9998-01-01", CustomerClassification.Customers.FieldText.Format(day));
    }
}
