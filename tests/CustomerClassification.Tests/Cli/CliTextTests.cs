using System.IO;
using System.Resources;
using System.Text.RegularExpressions;
using CustomerClassification.Cli;
using CustomerClassification.Credit;
using CustomerClassification.Quality;

namespace CustomerClassification.Tests.Cli;

/// <summary>The words of ccls and the import problems of the Spreadsheets package: in both languages, with the same placeholders, and every key the code names.</summary>
public class CliTextTests
{
    private static readonly ResourceManager Cli = new("CustomerClassification.Cli.Resources.CliText", typeof(CliText).Assembly);
    private static readonly ResourceManager Sheets = new("CustomerClassification.Spreadsheets.Resources.SheetText", typeof(CustomerClassification.Spreadsheets.CustomerCsv).Assembly);

    [Fact]
    public void TheToolsWords_AreInBothLanguages() => MessagesTests.AssertBothLanguages(Cli, 70);

    // ccls log names each operation by its own key: an operation added to the library needs its words here.
    [Fact]
    public void EveryChangeOperation_HasItsWords_InBothLanguages()
    {
        foreach (var culture in new[] { "", "zh-Hans" })
        {
            var messages = MessagesTests.MessagesIn(Cli, culture);
            Assert.All(Enum.GetValues<CustomerClassification.Archives.ChangeOperation>(), o => Assert.True(messages.ContainsKey("Operation" + o), $"No words for {o} in '{culture}'."));
        }
    }

    [Fact]
    public void TheImportProblems_AreInBothLanguages() => MessagesTests.AssertBothLanguages(Sheets, 20);

    [Theory]
    [InlineData("CustomerClassification.Cli", "CliText")]
    [InlineData("CustomerClassification.Spreadsheets", "SheetText")]
    public void EveryKeyTheCodeNames_HasAMessage(string project, string type)
    {
        var resources = type == "CliText" ? Cli : Sheets;
        var english = MessagesTests.MessagesIn(resources, "");
        var source = Path.Combine(ReadmeSamples.RepositoryRoot(), "src", project);
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), type + @"\.(?:Get|Format|Plural)\(""(\w+)""[,)]").Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.True(used.Length >= 15);
        Assert.All(used, key => Assert.True(english.ContainsKey(key), $"No message '{key}'."));
    }

    [Fact]
    public void EveryKindTheToolNames_HasAWord()
    {
        var english = MessagesTests.MessagesIn(Cli, "");
        var keys = Enum.GetNames<AuditSeverity>().Select(n => "Severity" + n)
            .Concat(Enum.GetNames<AuditFindingKind>().Select(n => "Finding" + n))
            .Concat(Enum.GetNames<CreditOutcome>().Select(n => "Outcome" + n))
            .Concat(Enum.GetNames<CreditReasonKind>().Select(n => "Reason" + n))
            .Concat(new[] { "finding", "customer", "suggestion", "change", "category", "row" }.Select(n => "Count_" + n));

        Assert.All(keys, key => Assert.True(english.ContainsKey(key), $"No word '{key}'."));
    }

    [Fact]
    public void AnImportProblem_ReadsInChinese()
    {
        using var _ = new UiCulture("zh-CN");
        var archive = Credit.SampleCredit.Archive();
        var csv = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("客户编码,客户名称,所属分类码,发展日期\nN1,新客户,01001,2024-02-30\n"));

        var report = CustomerClassification.Spreadsheets.CustomerCsv.Import(csv, archive, "test");

        Assert.Equal("第 2 行, 发展日期 '2024-02-30': “2024-02-30”不是日期：2024年2月只有 29 天。", Assert.Single(report.Problems).ToString());
    }
}
