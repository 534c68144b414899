using System.IO;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

/// <summary>What a user of any command-line tool expects: help without arguments, the nearest command for a typo, examples, amounts as written, the language asked for.</summary>
[EnglishMessages]
public class CclsConventionTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Ccls.Run(args);

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--lang", "en")]
    public void NoCommand_ShowsTheHelp(params string[] args)
    {
        var (exitCode, output, error) = Run(args);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("check-credit", output, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  ccls demo", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpOfACommand_HasItsExamples()
    {
        var viaHelp = Run("help", "import");
        var viaOption = Run("import", "--help");

        Assert.Equal(0, viaHelp.ExitCode);
        Assert.Equal(viaOption.Output, viaHelp.Output);
        Assert.Contains("--credit-policies", viaHelp.Output, StringComparison.Ordinal);
        Assert.Contains("  ccls import --model model.json --customers edited.csv --update", viaHelp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_InChinese_IsChinese()
    {
        var (exitCode, output, _) = Run("help", "check-credit", "--lang", "zh");

        Assert.Equal(0, exitCode);
        Assert.Contains("按客户的信用检查一笔订单", output, StringComparison.Ordinal);
        Assert.Contains("订单金额。可写 120000、120,000、12万 或 1.2亿。", output, StringComparison.Ordinal);
        Assert.Contains("示例：", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Check an order", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("improt", "import")]
    [InlineData("clasify", "classify")]
    [InlineData("Tree", "tree")]
    [InlineData("check", "check-credit")]
    [InlineData("agin", "aging")]
    public void AMistypedCommand_IsOneLine_NamingTheNearest(string typed, string nearest)
    {
        var (exitCode, output, error) = Run(typed, "--model", "model.json");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal($"ccls: '{typed}' is not a command; did you mean '{nearest}'? Run 'ccls help' for the commands.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AnUnknownCommand_WithNothingNear_IsOneLine()
    {
        var (exitCode, _, error) = Run("xyzzy");

        Assert.Equal(2, exitCode);
        Assert.Equal("ccls: 'xyzzy' is not a command. Run 'ccls help' for the commands.\n", error.ReplaceLineEndings("\n"));
        Assert.Equal("ccls：“xyzzy”不是命令。运行 ccls help 查看命令。\n", Run("xyzzy", "--lang", "zh").Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("tree")]
    [InlineData("audit")]
    [InlineData("classify")]
    [InlineData("explain")]
    [InlineData("aging")]
    [InlineData("check-credit")]
    [InlineData("report")]
    [InlineData("show")]
    [InlineData("category")]
    [InlineData("settings")]
    [InlineData("access")]
    [InlineData("request")]
    public void EveryExample_IsAValidCommandLine(string command)
    {
        var examples = CommandHelp.ExamplesOf(command);

        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var args = example.Split('>')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            Assert.Equal(command, args[0]);
            Assert.Empty(CclsApp.UsageErrors(args));
        }
    }

    [Theory]
    [InlineData("120000", 120000)]
    [InlineData("120,000", 120000)]
    [InlineData("1,200,000.50", 1200000.50)]
    [InlineData("12万", 120000)]
    [InlineData("12万元", 120000)]
    [InlineData("1.2亿", 120000000)]
    [InlineData("３万", 30000)]
    [InlineData(" 8千 ", 8000)]
    [InlineData(".5万", 5000)]
    [InlineData("-3万", -30000)]
    public void Amounts_ReadAsAccountantsWriteThem(string text, decimal expected)
    {
        Assert.True(Amounts.TryParse(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,5")]
    [InlineData("12,00")]
    [InlineData("1e5")]
    [InlineData("万")]
    [InlineData("12万万")]
    [InlineData("twelve")]
    [InlineData("99999999999999999999999999999亿")]
    public void NotAmounts_AreRefused(string text) => Assert.False(Amounts.TryParse(text, out _));

    [Fact]
    public void ABadAmount_IsBadUsage_NamingTheForms()
    {
        var (exitCode, _, error) = Run("check-credit", "--model", "model.json", "--customer", "C1", "--amount", "1,5");

        Assert.Equal(2, exitCode);
        Assert.Contains("--amount: '1,5' is not an amount: write 120000, 120,000, 12万 or 1.2亿.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDemo_InChinese_IsChinese_AndInEnglish_IsEnglish()
    {
        var chinese = Run("demo", "--lang", "zh");
        var english = Run("demo", "--lang", "en");

        Assert.Equal(0, chinese.ExitCode);
        foreach (var text in new[] { "数据检查", "未到期", "365天以上", "余额", "疑似重名", "请清除其信用额度。", "→ 拒绝", "逾期：单据 XS0021-0（到期日 2025-08-07）已逾期 327 天；允许 60 天。", "胜出" })
        {
            Assert.Contains(text, chinese.Output, StringComparison.Ordinal);
        }

        Assert.Contains("not due", english.Output, StringComparison.Ordinal);
        Assert.Contains("→ Blocked", english.Output, StringComparison.Ordinal);
        Assert.Equal(Run("demo").Output, english.Output);
        Assert.Equal(2, Run("demo", "--lang", "fr").ExitCode);
    }

    [Fact]
    public void TheLanguage_HoldsForOneRunOnly()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;

        Run("demo", "--lang", "zh");

        Assert.Equal(before, System.Globalization.CultureInfo.CurrentUICulture);
    }
}
