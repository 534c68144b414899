using System.IO;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

[EnglishMessages]
public class CclsTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Ccls.Run(args);

    [Fact]
    public void Demo_PrintsEverySection_AndSucceeds()
    {
        var (exitCode, output, error) = Run("demo");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.True(output.Split('\n').Length >= 40);
        foreach (var section in new[] { "客户分类 — 301 customers in 40 categories", "Audit (数据检查)", "Classification by the rule file", "Credit check", "Aging by category" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }

        Assert.Contains("Merge C0000 上海华联商贸有限公司 into C0300", output, StringComparison.Ordinal);
        Assert.Contains("重点经销商 [category := 010302, priority 10]: won", output, StringComparison.Ordinal);
        Assert.Contains("→ Blocked", output, StringComparison.Ordinal);
        Assert.Contains("(total)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_WithJson_WritesEverySectionAsJson()
    {
        var (exitCode, output, error) = Run("demo", "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(40, root.GetProperty("tree").GetProperty("categories").GetArrayLength());
        Assert.Equal("Blocked", root.GetProperty("creditChecks")[1].GetProperty("outcome").GetString());
        Assert.Equal("(total)", root.GetProperty("aging").GetProperty("rows").EnumerateArray().Last().GetProperty("name").GetString());
        Assert.Equal(root.GetProperty("suggestions").GetArrayLength(), root.GetProperty("applied").GetInt32() + root.GetProperty("suggestions").EnumerateArray().Count(s => s.GetProperty("needsOverride").GetBoolean()));
        Assert.True(root.GetProperty("findings").GetArrayLength() > 0);
        Assert.Contains(root.GetProperty("explanation").GetProperty("rules").EnumerateArray(), r => r.GetProperty("verdict").GetString() == "Won");
    }

    [Fact]
    public void Demo_PrintsTheSameEveryTime() => Assert.Equal(Run("demo").Output, Run("demo").Output);

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (exitCode, output, _) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("demo", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("demo", "--nonsense")]
    public void BadUsage_ExitsWithTwo_AndSaysWhy(params string[] args)
    {
        var (exitCode, output, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("ccls: ", error, StringComparison.Ordinal);
    }
}
