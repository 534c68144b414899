using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

[EnglishMessages]
public class RuleConditionTests
{
    [Theory]
    [InlineData("years = 3", ComparisonOperator.Equal)]
    [InlineData("years == 3", ComparisonOperator.Equal)]
    [InlineData("years <> 3", ComparisonOperator.NotEqual)]
    [InlineData("years != 3", ComparisonOperator.NotEqual)]
    [InlineData("years ≠ 3", ComparisonOperator.NotEqual)]
    [InlineData("years < 3", ComparisonOperator.LessThan)]
    [InlineData("years <= 3", ComparisonOperator.LessThanOrEqual)]
    [InlineData("years ≤ 3", ComparisonOperator.LessThanOrEqual)]
    [InlineData("years > 3", ComparisonOperator.GreaterThan)]
    [InlineData("years >= 3", ComparisonOperator.GreaterThanOrEqual)]
    [InlineData("years ＞＝ 3", ComparisonOperator.GreaterThanOrEqual)]
    [InlineData("years ≥ 3", ComparisonOperator.GreaterThanOrEqual)]
    public void Parse_ComparisonOperators_GiveTheirOperator(string text, ComparisonOperator expected)
    {
        var comparison = Assert.IsType<ComparisonCondition>(RuleCondition.Parse(text));

        Assert.Equal("years", comparison.Field);
        Assert.Equal(expected, comparison.Operator);
        Assert.Equal(RuleValue.FromNumber(3), comparison.Value);
    }

    [Theory]
    [InlineData("name contains '公司'", ComparisonOperator.Contains)]
    [InlineData("name startswith '上海'", ComparisonOperator.StartsWith)]
    [InlineData("region under '01'", ComparisonOperator.Under)]
    public void Parse_TextOperators_TakeAText(string text, ComparisonOperator expected) =>
        Assert.Equal(expected, Assert.IsType<ComparisonCondition>(RuleCondition.Parse(text)).Operator);

    [Theory]
    [InlineData("monthlyAverage > 50000", "50000")]
    [InlineData("monthlyAverage > 5万", "50000")]
    [InlineData("monthlyAverage > 1.2亿", "120000000")]
    [InlineData("monthlyAverage > 0.5万", "5000")]
    [InlineData("monthlyAverage > 12.75", "12.75")]
    [InlineData("openBalance < -100", "-100")]
    [InlineData("monthlyAverage > ５万", "50000")]
    public void Parse_NumberLiterals_ReadChineseMultipliers(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ((ComparisonCondition)RuleCondition.Parse(text)).Value.Number);

    [Theory]
    [InlineData("类型 = '经销商'")]
    [InlineData("类型 = ‘经销商’")]
    [InlineData("类型 = “经销商”")]
    [InlineData("类型 = \"经销商\"")]
    [InlineData("类型＝'经销商'")]
    public void Parse_TextLiterals_AcceptEveryQuoteStyle(string text) =>
        Assert.Equal(RuleValue.FromText("经销商"), ((ComparisonCondition)RuleCondition.Parse(text)).Value);

    [Fact]
    public void Parse_DoubledQuote_IsOneQuote() =>
        Assert.Equal("O'Brien", ((ComparisonCondition)RuleCondition.Parse("name = 'O''Brien'")).Value.Text);

    [Fact]
    public void Parse_DatesAndBooleans_AreLiterals()
    {
        Assert.Equal(RuleValue.FromDate(new LocalDate(2024, 1, 1)), ((ComparisonCondition)RuleCondition.Parse("lastOrderOn < 2024-01-01")).Value);
        Assert.Equal(RuleValue.FromDate(new LocalDate(2024, 2, 9)), ((ComparisonCondition)RuleCondition.Parse("lastOrderOn < 2024-2-9")).Value);
        Assert.Equal(RuleValue.FromBoolean(true), ((ComparisonCondition)RuleCondition.Parse("hasTransactions = TRUE")).Value);
        Assert.Equal(RuleValue.FromBoolean(false), ((ComparisonCondition)RuleCondition.Parse("hasTransactions = false")).Value);
    }

    [Fact]
    public void Parse_InAndNotIn_KeepTheirValuesInOrder()
    {
        var list = Assert.IsType<InCondition>(RuleCondition.Parse("行业 in ('01', '02')"));
        var negated = Assert.IsType<InCondition>(RuleCondition.Parse("grade not in ('C'，'B'、'A')"));

        Assert.Equal(new[] { RuleValue.FromText("01"), RuleValue.FromText("02") }, list.Values);
        Assert.False(list.Negated);
        Assert.Equal(new[] { "C", "B", "A" }, negated.Values.Select(v => v.Text));
        Assert.True(negated.Negated);
    }

    [Fact]
    public void Parse_IsEmptyAndHasTag_AreConditions()
    {
        Assert.Equal(new IsEmptyCondition("grade"), RuleCondition.Parse("grade is empty"));
        Assert.Equal(new IsEmptyCondition("grade", negated: true), RuleCondition.Parse("grade IS NOT EMPTY"));
        Assert.Equal(new HasTagCondition("观察"), RuleCondition.Parse("has tag '观察'"));
    }

    [Fact]
    public void Parse_ChineseKeywords_NeedNoSpaces()
    {
        var chinese = RuleCondition.Parse("合作年限>=3且月均采购额>5万或非（类型='零售'）");
        var english = RuleCondition.Parse("合作年限 >= 3 and 月均采购额 > 50000 or not (类型 = '零售')");

        Assert.Equal(english, chinese);
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr()
    {
        var condition = Assert.IsType<OrCondition>(RuleCondition.Parse("a = 1 or b = 2 and c = 3"));

        Assert.IsType<ComparisonCondition>(condition.Operands[0]);
        Assert.IsType<AndCondition>(condition.Operands[1]);
    }

    [Fact]
    public void Builder_BuildsTheTreeTheTextParsesTo()
    {
        var built = RuleFields.Text("类型").EqualTo("经销商")
            .And(RuleFields.Years.AtLeast(3))
            .And(RuleFields.Number("月均采购额").GreaterThan(50_000m))
            .Or(RuleFields.Region.Under("01").And(RuleFields.HasTag("观察").Not()));

        Assert.Equal(RuleCondition.Parse("类型 = '经销商' 且 years >= 3 且 月均采购额 > 5万 或 region under '01' and not has tag '观察'"), built);
        Assert.Equal("类型 = '经销商' and years >= 3 and 月均采购额 > 50000 or region under '01' and not has tag '观察'", built.ToString());
    }

    [Fact]
    public void ToString_ParenthesizesOnlyWhereTheTreeNeedsIt()
    {
        var text = "(a = 1 or b = 2) and not (c = 3 and d is empty) and (e in (1, 2) and f not in ('x'))";

        Assert.Equal(text, RuleCondition.Parse(text).ToString());
    }

    [Theory]
    [InlineData("", 1, 1, "", "a field name")]
    [InlineData("years >=", 1, 9, "", "a number")]
    [InlineData("years 3", 1, 7, "3", "=")]
    [InlineData("years >= 3 and", 1, 15, "", "a field name")]
    [InlineData("(years >= 3", 1, 12, "", ")")]
    [InlineData("years >= 3)", 1, 11, ")", "and")]
    [InlineData("region under 5", 1, 14, "5", "a text in quotes")]
    [InlineData("name = '上海", 1, 8, "'上海", "a number")]
    [InlineData("years >= 3\n  and 类型 = ", 2, 12, "", "a text in quotes")]
    [InlineData("has '观察'", 1, 5, "'观察'", "tag")]
    [InlineData("grade in ()", 1, 11, ")", "a number")]
    [InlineData("grade is full", 1, 10, "full", "empty")]
    public void Parse_BrokenText_SaysWhereAndWhatWasExpected(string text, int line, int column, string offending, string expected)
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(offending, error.Text);
        Assert.Contains(expected, error.Expected);
        Assert.Single(error.Errors);
    }

    [Fact]
    public void Parse_ThousandsSeparator_IsRefusedWithAHint()
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse("monthlyAverage > 50,000"));

        Assert.Contains("Thousands separators", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, error.Column);
    }

    [Theory]
    [InlineData("lastOrderOn < 2024-02-30", "not a valid date")]
    [InlineData("lastOrderOn < 2024-13-01", "not a valid date")]
    [InlineData("sales > 99999999999999999999999999999999", "too large")]
    [InlineData("sales > 1000000000000000000000亿", "too large")]
    [InlineData("sales > 12abc", "runs into letters")]
    [InlineData("sales > 1.2.3", "runs into letters")]
    [InlineData("grade in ('A', 1)", "one kind")]
    [InlineData("has tag ' '", "blank")]
    public void Parse_BadLiterals_AreRefused(string text, string problem) =>
        Assert.Contains(problem, Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"\".GetType().Assembly")]
    [InlineData("System.IO.File.Delete('x')")]
    [InlineData("new Object()")]
    [InlineData("name.Length > 3")]
    [InlineData("name.ToString() = 'x'")]
    [InlineData("Customer.Name = 'x'")]
    [InlineData("tags[0] = 'x'")]
    [InlineData("x => x.Name = 'a'")]
    [InlineData("years >= 3; File.Delete('x')")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("typeof(string) = 'x'")]
    [InlineData("name = 'a' + 'b'")]
    [InlineData("@System.Diagnostics.Process.Start('cmd')")]
    [InlineData("years >= 3 /* comment */")]
    [InlineData("{ years >= 3 }")]
    public void Parse_CodeInjectionAttempts_AreSyntaxErrors(string text) =>
        Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(text));

    [Fact]
    public void Parse_DeepNesting_IsAnErrorNotAStackOverflow()
    {
        var parentheses = new string('(', 10_000) + "years > 1" + new string(')', 10_000);
        var nots = string.Concat(Enumerable.Repeat("not ", 500)) + "years > 1";

        Assert.Contains("nest more than", Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(parentheses[..RuleLimits.MaxConditionLength])).Message, StringComparison.Ordinal);
        Assert.Contains("nest more than", Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(nots)).Message, StringComparison.Ordinal);
        Assert.NotNull(RuleCondition.Parse(new string('(', RuleLimits.MaxNesting) + "years > 1" + new string(')', RuleLimits.MaxNesting)));
    }

    [Fact]
    public void Parse_TooLongText_IsRefused()
    {
        var text = string.Join(" and ", Enumerable.Repeat("years > 1", 500));

        Assert.Contains("at most 4000", Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_RejectInvalidInput()
    {
        Assert.Throws<ArgumentNullException>(() => RuleCondition.Parse(null!));
        Assert.Throws<ArgumentException>(() => new ComparisonCondition("and", ComparisonOperator.Equal, RuleValue.FromNumber(1)));
        Assert.Throws<ArgumentException>(() => new ComparisonCondition("1abc", ComparisonOperator.Equal, RuleValue.FromNumber(1)));
        Assert.Throws<ArgumentException>(() => new ComparisonCondition("非标", ComparisonOperator.Equal, RuleValue.FromNumber(1)));
        Assert.Throws<ArgumentException>(() => new ComparisonCondition("region", ComparisonOperator.Under, RuleValue.FromNumber(1)));
        Assert.ThrowsAny<ArgumentException>(() => new ComparisonCondition("years", (ComparisonOperator)99, RuleValue.FromNumber(1)));
        Assert.Throws<ArgumentException>(() => new InCondition("grade", []));
        Assert.Throws<ArgumentException>(() => new InCondition("grade", [RuleValue.FromText("A"), RuleValue.FromNumber(1)]));
        Assert.Throws<ArgumentException>(() => new AndCondition([new HasTagCondition("x")]));
        Assert.Throws<ArgumentNullException>(() => new OrCondition([new HasTagCondition("x"), null!]));
        Assert.Throws<ArgumentException>(() => RuleValue.FromText("a\nb"));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleValue.FromDate(new LocalDate(-5, 1, 1)));
        Assert.Throws<ArgumentException>(() => new HasTagCondition("  "));
        Assert.Throws<InvalidOperationException>(() => RuleValue.FromNumber(1).Text);
    }

    // 且/或/非 glued to what comes before them: a literal, a keyword, a Latin word, a number, a quote, a parenthesis.
    [Theory]
    [InlineData("已停用 = false", "已停用 = false")]
    [InlineData("已停用 = true", "已停用 = true")]
    [InlineData("信用等级 is not empty", "信用等级 is not empty")]
    [InlineData("信用等级 is empty", "信用等级 is empty")]
    [InlineData("creditGrade = 'A'", "creditGrade = 'A'")]
    [InlineData("region under '01'", "region under '01'")]
    [InlineData("creditGrade in ('A', 'B')", "creditGrade in ('A', 'B')")]
    [InlineData("sales > 5万", "sales > 5万")]
    [InlineData("years >= 3", "years >= 3")]
    [InlineData("has tag '观察'", "has tag '观察'")]
    public void ChineseConnectives_EndTheWordBeforeThem(string left, string spaced)
    {
        foreach (var (glued, separate) in new[] { ("且", " and "), ("或", " or "), ("且非", " and not ") })
        {
            Assert.Equal(RuleCondition.Parse(spaced + separate + "合作年限 < 3"), RuleCondition.Parse(left + glued + "合作年限<3"));
        }
    }
}
