using System.IO;
using System.Text;
using CustomerClassification.Credit;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Cli;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Spreadsheets;

[EnglishMessages]
public sealed class CreditPolicyCsvTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("policies-");

    public void Dispose() => _work.Delete(recursive: true);

    private static ReadReport<KeyValuePair<string, CreditPolicy>> Read(string csv) =>
        CreditPolicyCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive: Archive().Snapshot);

    [Fact]
    public void ThePolicies_AreReadByCategory_WithTheDefaultsRow()
    {
        // Also: 默认 for the defaults, a percent, a grouped amount in quotes, grades separated by 、.
        var report = Read("分类编码,信用额度,预警比例,超额控制,允许逾期天数,最低信用等级,自动审批等级,付款条件,观察期月数\n默认,,,,90,,,,\n01,\"100,000\",90%,,,A,AAA、AA,,\n01002,50000,,,,,,\"2/10,n/30\",6\n02,20000,,否,,,,,\n");

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        var set = CreditPolicyCsv.ToSet(report.Items);
        Assert.Equal(Policies().Defaults, set.Defaults);
        Assert.Equal(Policies().Policies.OrderBy(p => p.Key, StringComparer.Ordinal), set.Policies.OrderBy(p => p.Key, StringComparer.Ordinal));
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
        var report = Read("分类编码,信用额度,预警比例,超额控制,允许逾期天数,最低信用等级,自动审批等级,付款条件,观察期月数\n" + row + "\n");

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
        Assert.Contains("row 3, 分类编码 '09': The model has no 客户分类 '09'.", csvError, StringComparison.Ordinal);
        Assert.Equal(2, jsonExit);
        Assert.Contains("bad.json: the model has no category '09'.", jsonError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--credit-policies", Ccls.Sample("credit-policies.csv")).ExitCode);
        Assert.NotEqual(before, File.ReadAllBytes(model));
    }
}
