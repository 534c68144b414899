using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

// Issue #27 item 6: every keyword and operator has Chinese words, read as the English ones and printed back as written.
public class ChineseRuleWordsTests
{
    [Theory]
    [InlineData("月均采购额 大于 5万", "月均采购额 > 50000")]
    [InlineData("月均采购额 小于 5万", "月均采购额 < 50000")]
    [InlineData("信用等级 等于 'AA'", "信用等级 = 'AA'")]
    [InlineData("信用等级 不等于 'AA'", "信用等级 <> 'AA'")]
    [InlineData("信用等级 不是 'AA'", "信用等级 <> 'AA'")]
    [InlineData("合作年限 大于等于 3", "合作年限 >= 3")]
    [InlineData("合作年限 不小于 3", "合作年限 >= 3")]
    [InlineData("合作年限 小于等于 3", "合作年限 <= 3")]
    [InlineData("合作年限 不大于 3", "合作年限 <= 3")]
    [InlineData("客户名称 包含 '超市'", "客户名称 contains '超市'")]
    [InlineData("客户名称 开头是 '上海'", "客户名称 startswith '上海'")]
    [InlineData("所属分类 属于 '01'", "所属分类 under '01'")]
    [InlineData("信用等级 属于 ('A', 'AA')", "信用等级 in ('A', 'AA')")]
    [InlineData("信用等级 不属于 ('A', 'AA')", "信用等级 not in ('A', 'AA')")]
    [InlineData("电话 为空", "电话 is empty")]
    [InlineData("电话 不为空", "电话 is not empty")]
    [InlineData("电话 非空", "电话 is not empty")]
    [InlineData("有标签 '重点'", "has tag '重点'")]
    [InlineData("a = 1 并且 b = 2", "a = 1 and b = 2")]
    [InlineData("a = 1 而且 b = 2", "a = 1 and b = 2")]
    [InlineData("a = 1 或者 b = 2", "a = 1 or b = 2")]
    [InlineData("不是 (a = 1 或 b = 2)", "not (a = 1 or b = 2)")]
    [InlineData("非空 = 1", "非空 = 1")]
    public void EveryChineseWord_ReadsAsItsEnglishKeyword(string chinese, string english)
    {
        if (chinese == "非空 = 1")
        {
            // A keyword is no field: 非空 at the start of a condition is not a field name.
            Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(chinese));
            return;
        }

        Assert.Equal(RuleCondition.Parse(english), RuleCondition.Parse(chinese));
    }

    [Theory]
    [InlineData("月均采购额 大于 5万 并且 客户名称 包含 '超市'", "月均采购额 大于 50000 且 客户名称 包含 '超市'")]
    [InlineData("合作年限 >= 3 且 月均采购额 > 5万", "合作年限 >= 3 且 月均采购额 > 50000")]
    [InlineData("不是 (电话 为空 或者 地址 不为空)", "非 (电话 为空 或 地址 不为空)")]
    [InlineData("信用等级 不属于 ('A') 且 有标签 '重点'", "信用等级 不属于 ('A') 且 有标签 '重点'")]
    [InlineData("所属分类 属于 '01' and grade in ('A')", "所属分类 属于 '01' and grade in ('A')")]
    [InlineData("years >= 3 and not phone is empty", "years >= 3 and not phone is empty")]
    public void AConditionPrintsBack_InTheWordsItWasWrittenIn_AndParsesBackEqual(string written, string printed)
    {
        var condition = RuleCondition.Parse(written);

        Assert.Equal(printed, condition.ToString());
        Assert.Equal(condition, RuleCondition.Parse(printed));
        Assert.Equal(printed, RuleCondition.Parse(printed).ToString());
    }

    [Fact]
    public void NoChineseWord_CanBeAFieldName_NorIsTheNameOfABuiltInField()
    {
        Assert.All(RuleLexer.ChineseWords, w => Assert.False(RuleLexer.IsFieldName(w), w));
        Assert.Empty(ProfileFields.All.SelectMany(f => f.AllNames).Intersect(RuleLexer.ChineseWords, StringComparer.OrdinalIgnoreCase));
        Assert.Contains("大于等于", RuleLexer.ChineseWords);
    }

    [Theory]
    [InlineData("zh-Hans", "合作年限 >= 3 月均采购额 > 1", "此处应为 且, 或")]
    [InlineData("en", "合作年限 大于 3 月均采购额 > 1", "expected 且, 或")]
    [InlineData("en", "合作年限 >= 3 月均采购额 > 1", "expected and, or")]
    [InlineData("zh-Hans", "合作年限", "此处应为 = (等于)")]
    [InlineData("zh-Hans", "且", "此处应为 字段名, (, 非, 有标签")]
    public void ASyntaxError_NamesWhatWasExpected_InTheWordsOfTheUser(string language, string text, string expected)
    {
        using var _ = new UiCulture(language);

        var error = Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(text));

        Assert.Contains(expected, error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", "本账套没有启用它")]
    [InlineData("en", "which this account set does not use")]
    public void ARegionRule_InAnAccountSetWithoutRegions_SaysWhy(string language, string why)
    {
        using var _ = new UiCulture(language);
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0)));

        var error = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile([new ClassificationRule("r", "地区 属于 '01'", RuleAction.AddTag("x"))], archive.Snapshot));

        Assert.Contains(why, error.Errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("closest", error.Errors[0].Message, StringComparison.Ordinal);
    }
}
