using System.IO;
using System.Text.RegularExpressions;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

/// <summary>Tables at the widths terminals have: no line wider than the terminal, no amount split, no trailing padding.</summary>
public class CclsTableTests
{
    private static string Demo(int width, string language)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, CclsApp.Run(["demo", "--lang", language], output, error, width: width));
        return output.ToString().ReplaceLineEndings("\n");
    }

    // Columns a terminal gives a character: two for Chinese and other East Asian wide forms, one otherwise.
    private static int Columns(string line) => line.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    private static string[] AgingAmounts(string output)
    {
        var aging = output[output.LastIndexOf("──", StringComparison.Ordinal)..];
        return Regex.Matches(aging, @"(?<![\d,.])\d{1,3}(,\d{3})+(?![\d,])").Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();
    }

    [Theory]
    [InlineData(60, "en")]
    [InlineData(80, "en")]
    [InlineData(120, "en")]
    [InlineData(60, "zh")]
    [InlineData(80, "zh")]
    [InlineData(120, "zh")]
    public void NoLine_IsWiderThanTheTerminal_NorEndsInPadding(int width, string language)
    {
        var lines = Demo(width, language).Split('\n');

        Assert.All(lines, line => Assert.True(Columns(line) <= width, $"{Columns(line)} columns: {line}"));
        Assert.DoesNotContain(lines, line => line.EndsWith(' '));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void EveryAmount_IsWhole_AtEveryWidth(string language)
    {
        var wide = AgingAmounts(Demo(120, language));

        Assert.Contains("6,271,750", wide);
        Assert.True(wide.Length > 100);
        Assert.Equal(wide, AgingAmounts(Demo(80, language)));
        Assert.Equal(wide, AgingAmounts(Demo(60, language)));
    }

    [Fact]
    public void ANarrowTerminal_GetsTheAgingVertically_AWideOneAsATable()
    {
        Assert.Contains("\n01 经销商\n  未到期: 154,679 · 1-30天: 121,712", Demo(80, "zh"), StringComparison.Ordinal);
        Assert.Matches(@"\n  01 经销商 +154,679 +121,712", Demo(120, "zh"));
    }
}
