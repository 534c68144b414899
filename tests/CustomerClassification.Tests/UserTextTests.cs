using System.Globalization;
using System.Resources;

namespace CustomerClassification.Tests;

// The language choice of every message, public so that a host's own resources follow it too.
public class UserTextTests
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Resources.Messages", typeof(ClassificationException).Assembly);

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("en-US", false)]
    [InlineData("", false)]
    public void IsChinese_IsAnyChineseCulture(string culture, bool chinese) => Assert.Equal(chinese, UserText.IsChinese(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Get_FollowsTheUiCulture_ForAHostsResourcesToo()
    {
        (bool, string, string) chinese, english;
        using (new UiCulture("zh-CN"))
        {
            chinese = (UserText.InChinese, UserText.DimensionLabel("category"), UserText.Format(Resources, "NotANumber", "x"));
        }

        using (new UiCulture("en-US"))
        {
            english = (UserText.InChinese, UserText.DimensionLabel("category"), UserText.Format(Resources, "NotANumber", "x"));
        }

        Assert.Equal((true, "客户分类", "“x”不是数字"), chinese);
        Assert.Equal((false, "'x' is not a number"), (english.Item1, english.Item3));
        Assert.NotEqual("客户分类", english.Item2);
        Assert.Equal("行业", UserText.DimensionLabel("行业"));
    }

    [Fact]
    public void Get_BadArguments_AreRefused()
    {
        Assert.Throws<MissingManifestResourceException>(() => UserText.Get(Resources, "NoSuchMessage"));
        Assert.Throws<ArgumentNullException>(() => UserText.Get(null!, "NotANumber"));
        Assert.Throws<ArgumentNullException>(() => UserText.Get(Resources, null!));
        Assert.Throws<ArgumentNullException>(() => UserText.IsChinese(null!));
        Assert.Throws<ArgumentNullException>(() => UserText.DimensionLabel(null!));
    }

    [Fact]
    public void ParseResult_IsAValueOrAProblem()
    {
        var ok = ParseResult<int>.Ok(3).Select(n => n * 2);
        var failed = ParseResult<int>.Fail("not a number").Then(n => ParseResult<string>.Ok(n.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal((true, 6, "6"), (ok.Success, ok.Value, ok.ToString()));
        Assert.Equal((false, "not a number"), (failed.Success, failed.Problem));
        Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Throws<FormatException>(() => failed.GetValueOrThrow());
        Assert.Throws<ArgumentNullException>(() => ParseResult<int>.Fail(null!));
    }
}
