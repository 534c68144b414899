using System.IO;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Cli;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Spreadsheets;

/// <summary>A credit-policy table (U8's 信用控制 per customer category) is a profile table of the credit columns.</summary>
[EnglishMessages]
public sealed class CreditPolicyTableTests : IDisposable
{
    private const string Header = "分类编码,信用额度,预警比例,超额控制,允许逾期天数,最低信用等级,自动审批等级,付款条件,观察期月数\n";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("policies-");

    public void Dispose() => _work.Delete(recursive: true);

    private static ReadReport<CategoryProfileRow> Read(string csv) =>
        CategoryProfileCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Archive().Snapshot);

    [Fact]
    public void ThePolicies_AreReadAsProfileValues_WithTheDefaultsRow()
    {
        // Also: 默认 for the defaults, a percent, a grouped amount in quotes, grades separated by 、.
        var report = Read(Header + "默认,,,,90,,,,\n01,\"100,000\",90%,,,A,AAA、AA,,\n01002,50000,,,,,,\"2/10,n/30\",6\n02,20000,,否,,,,,\n");
        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        var fromTable = Archive();
        var fromSet = Archive();

        Assert.True(fromTable.Apply(CategoryProfileCsv.ToBatch(report.Items), "tester").Succeeded);
        Assert.True(fromSet.Apply(Policies().ToBatch(), "tester").Succeeded);

        Assert.Equal(fromSet.Snapshot.ProfileDefaults, fromTable.Snapshot.ProfileDefaults);
        foreach (var code in new[] { "01", "01002", "02" })
        {
            Assert.Equal(fromSet.Snapshot.ProfileOf(DimensionNames.Category, code), fromTable.Snapshot.ProfileOf(DimensionNames.Category, code));
        }

        Assert.NotEqual(CategoryProfile.Empty, fromTable.Snapshot.ProfileOf(DimensionNames.Category, "01"));
    }

    [Theory]
    [InlineData("01,-5,,,,,,,", "信用额度", "-5")]
    [InlineData("01,,1.5,,,,,,", "预警比例", "1.5")]
    [InlineData("01,,,也许,,,,,", "超额控制", "也许")]
    [InlineData("01,,,,-1,,,,", "允许逾期天数", "-1")]
    [InlineData("01,,,,,,,2/10,", "付款条件", "2/10")]
    [InlineData("99,1000,,,,,,,", "分类编码", "99")]
    [InlineData("01,lots,,,,,,,", "信用额度", "lots")]
    public void ABadCell_IsAProblemOfItsRowAndColumn(string row, string column, string value)
    {
        var report = Read(Header + row + "\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, column, value), (problem.Row, problem.Column, problem.Value));
        Assert.Empty(report.Items);
    }

    [Fact]
    public void ACategoryTwice_IsAProblemOfTheSecondRow()
    {
        var report = Read("分类编码,信用额度\n01,1000\n01,2000\n");

        Assert.Equal(3, Assert.Single(report.Problems).Row);
    }

    [Fact]
    public void ccls_ImportsPolicies_AsLoggedProfileValues()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        Assert.Equal(0, Ccls.ImportSamples(model).ExitCode);

        Assert.Equal(0, Ccls.Run("import", "-m", model, "--credit-policies", Ccls.Sample("credit-policies.csv")).ExitCode);

        var (exit, output, _) = Ccls.Run("log", "-m", model, "--json");
        Assert.Equal(0, exit);
        Assert.Contains("\"profileChanged\"", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"creditLimit\"", output, StringComparison.Ordinal);
        var saved = File.ReadAllText(model);
        Assert.DoesNotContain("\"defaults\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void ccls_RefusesABadPolicyFile_AndKeepsTheModel()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        Assert.Equal(0, Ccls.ImportSamples(model).ExitCode);
        var before = File.ReadAllBytes(model);
        var csv = Path.Combine(_work.FullName, "bad.csv");
        var json = Path.Combine(_work.FullName, "bad.json");
        File.WriteAllText(csv, "分类编码,信用额度\n01,-1\n09,1000\n", Encoding.UTF8);
        File.WriteAllText(json, "{\"categories\":{\"09\":{\"creditLimit\":1000}}}", Encoding.UTF8);

        var (csvExit, _, csvError) = Ccls.Run("import", "-m", model, "--credit-policies", csv);
        var (jsonExit, _, jsonError) = Ccls.Run("import", "-m", model, "--credit-policies", json);

        Assert.Equal(1, csvExit);
        Assert.Contains("bad.csv: row 2, 信用额度 '-1'", csvError, StringComparison.Ordinal);
        Assert.Contains("row 3, 分类编码 '09'", csvError, StringComparison.Ordinal);
        Assert.Equal(2, jsonExit);
        Assert.Contains("bad.json: the model has no category '09'.", jsonError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }
}
