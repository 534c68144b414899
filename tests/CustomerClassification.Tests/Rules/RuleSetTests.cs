using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

[EnglishMessages]
public class RuleSetTests
{
    private static readonly RuleAction Watch = RuleAction.AddTag("观察");

    private static bool Matches(string condition, Customer customer, TradingStats? stats = null)
    {
        var archive = SampleRules.Archive();
        var set = RuleSet.Compile([new ClassificationRule("r", condition, Watch)], archive.Snapshot);
        return set.Compiled[0].Matches(SampleRules.Profile(customer, stats));
    }

    private static Customer Dealer => SampleRules.Dealer("C001", "上海华联商贸有限公司", new LocalDate(2019, 3, 1)) with
    {
        CreditGrade = "AA",
        CreditLimit = 100_000m,
        Tags = ["重点"],
        Dimensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["行业"] = "02" },
    };

    [Theory]
    [InlineData("合作年限 >= 6", true)]
    [InlineData("合作年限 > 6", false)]
    [InlineData("years = 6", true)]
    [InlineData("years = 6.0", true)]
    [InlineData("years > 5.5", true)]
    [InlineData("合作月数 = 75", true)]
    [InlineData("信用额度 >= 10万", true)]
    [InlineData("creditLimit < 100000", false)]
    [InlineData("creditLimit in (1, 100000)", true)]
    [InlineData("creditLimit not in (1, 2)", true)]
    [InlineData("信用等级 = 'AA'", true)]
    [InlineData("grade <> 'AA'", false)]
    [InlineData("grade in ('A', 'AA')", true)]
    [InlineData("名称 contains '华联'", true)]
    [InlineData("name startswith '上海'", true)]
    [InlineData("name startswith '华联'", false)]
    [InlineData("分类 under '01'", true)]
    [InlineData("category under '0102'", true)]
    [InlineData("category under '02'", false)]
    [InlineData("category = '0102'", true)]
    [InlineData("地区 under '01'", true)]
    [InlineData("region in ('0101', '0201')", true)]
    [InlineData("行业 = '02'", true)]
    [InlineData("行业 under '01'", false)]
    [InlineData("类型 = '经销商'", true)]
    [InlineData("类型 contains '销'", true)]
    [InlineData("注册资本 is empty", true)]
    [InlineData("注册资本 > 0", false)]
    [InlineData("注册资本 <> 0", true)]
    [InlineData("签约日期 is not empty", false)]
    [InlineData("发展日期 < 2020-01-01", true)]
    [InlineData("developedOn = 2019-03-01", true)]
    [InlineData("deactivatedOn is empty", true)]
    [InlineData("已停用 = false", true)]
    [InlineData("hasTransactions = true", false)]
    [InlineData("has tag '重点'", true)]
    [InlineData("has tag '观察'", false)]
    [InlineData("tags is not empty", true)]
    [InlineData("shortName is empty", true)]
    [InlineData("shortName <> 'x'", true)]
    [InlineData("shortName = 'x'", false)]
    [InlineData("编码 = 'C001'", true)]
    [InlineData("mnemonic startswith 'SHHL'", true)]
    public void Matches_CustomerFields_AreReadAsTheRuleSays(string condition, bool expected) =>
        Assert.Equal(expected, Matches(condition, Dealer));

    [Theory]
    [InlineData("月均采购额 > 5万", true)]
    [InlineData("月均销售额 > 62000", false)]
    [InlineData("sales = 744000", true)]
    [InlineData("订单数 >= 20", true)]
    [InlineData("orderCount in (19, 20)", true)]
    [InlineData("最长逾期天数 > 30", true)]
    [InlineData("应收余额 < 0", true)]
    [InlineData("最近订货日期 = 2025-06-20", true)]
    [InlineData("未订货天数 = 10", true)]
    [InlineData("daysSinceLastOrder > 10", false)]
    public void Matches_TradingStats_AreReadAsTheRuleSays(string condition, bool expected)
    {
        var stats = new TradingStats { Sales = 744_000m, MonthlyAverage = 62_000m, OrderCount = 20, LastOrderOn = new LocalDate(2025, 6, 20), MaxOverdueDays = 45, OpenBalance = -1_000m };

        Assert.Equal(expected, Matches(condition, Dealer, stats));
    }

    [Theory]
    [InlineData("years >= 1", false)]
    [InlineData("years < 1", false)]
    [InlineData("years <> 1", true)]
    [InlineData("years is empty", true)]
    [InlineData("years not in (1, 2)", true)]
    [InlineData("lastOrderOn < 2030-01-01", false)]
    [InlineData("daysSinceLastOrder is empty", true)]
    public void Matches_EmptyFields_SatisfyOnlyNotEqualAndIsEmpty(string condition, bool expected) =>
        Assert.Equal(expected, Matches(condition, new Customer("C009", "无日期客户") { CategoryCode = "0202" }));

    [Fact]
    public void Compile_UnknownField_ListsTheClosestNames()
    {
        var error = Assert.Throws<RuleSyntaxException>(() => Matches("yaers >= 3", Dealer));

        Assert.Contains("Unknown field 'yaers'", error.Message, StringComparison.Ordinal);
        Assert.Equal("years", error.Expected[0]);
        Assert.Equal((1, 1, "yaers"), (error.Line, error.Column, error.Text));
        Assert.Equal("r", error.Errors[0].RuleName);
    }

    [Fact]
    public void Compile_UnknownChineseField_ListsTheClosestNames() =>
        Assert.Contains("合作年限", Assert.Throws<RuleSyntaxException>(() => Matches("合作年数 >= 3", Dealer)).Expected);

    [Theory]
    [InlineData("years = '3'", "'years' is a number and cannot be compared with the text '3'")]
    [InlineData("名称 > 5", "'>' compares numbers and dates")]
    [InlineData("类型 = 3", "cannot be compared with the number 3")]
    [InlineData("developedOn > 5", "cannot be compared with the number 5")]
    [InlineData("hasTransactions = 1", "cannot be compared with the number 1")]
    [InlineData("hasTransactions in (true)", "compare it with = true")]
    [InlineData("years contains '3'", "needs a text field")]
    [InlineData("name under '01'", "'under' needs a dimension")]
    [InlineData("region under '09'", "'09' is not a category of the dimension 'region'")]
    [InlineData("category = '0103'", "'0103' is not a category of the dimension 'category'")]
    [InlineData("行业 in ('01', '07')", "'07' is not a category of the dimension '行业'")]
    [InlineData("orderCount is empty", "always has a value")]
    [InlineData("tags = 'x'", "has tag")]
    public void Compile_TypeErrors_AreRefusedWithAPreciseMessage(string condition, string message) =>
        Assert.Contains(message, Assert.Throws<RuleSyntaxException>(() => Matches(condition, Dealer)).Message, StringComparison.Ordinal);

    [Fact]
    public void Compile_ReportsEveryBrokenRule_AndCompilesNothing()
    {
        var archive = SampleRules.Archive();
        ClassificationRule[] rules =
        [
            new("ok", "years >= 3", Watch),
            new("unknown", "yaers >= 3 and 名称 > 5", Watch),
            new("nonleaf", "years >= 3", RuleAction.AssignCategory(DimensionNames.Category, "01")),
            new("missing", "years >= 3", RuleAction.AssignCategory(DimensionNames.Category, "0999")),
            new("nodimension", "years >= 3", RuleAction.AssignCategory("规模", "01")),
            new("ok", "years >= 4", Watch),
        ];

        var error = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile(rules, archive.Snapshot));

        Assert.Equal(
            new[] { "unknown", "unknown", "nonleaf", "missing", "nodimension", "ok" },
            error.Errors.Select(e => e.RuleName));
        Assert.Equal(16, error.Errors[1].Column);
        Assert.Contains("is not a leaf", error.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("region", error.Errors[4].Expected);
        Assert.Contains("Two rules are named 'ok'", error.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("(5 more problems, see Errors.)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TooDeepBuiltTree_IsRefused()
    {
        RuleCondition condition = RuleFields.Years.AtLeast(1);
        for (var i = 0; i < RuleCondition.MaxDepth; i++)
        {
            condition = condition.Not();
        }

        var error = Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile([new ClassificationRule("deep", condition, Watch)], SampleRules.Archive().Snapshot));

        Assert.Contains("at most 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_RejectsNulls()
    {
        var snapshot = SampleRules.Archive().Snapshot;

        Assert.Throws<ArgumentNullException>(() => RuleSet.Compile(null!, snapshot));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Compile([], null!));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Compile([null!], snapshot));
        Assert.Empty(RuleSet.Compile([], snapshot).Rules);
    }

    [Fact]
    public void Evaluate_HighestPriorityWins_TiesGoToTheEarlierRule()
    {
        var archive = SampleRules.Archive();
        var category = (string code) => RuleAction.AssignCategory(DimensionNames.Category, code);
        var set = RuleSet.Compile(
        [
            new ClassificationRule("low", "years >= 1", category("0101")) { Priority = 1 },
            new ClassificationRule("first", "years >= 1", category("0201")) { Priority = 5 },
            new ClassificationRule("second", "years >= 1", category("0202")) { Priority = 5 },
            new ClassificationRule("grade", "years >= 1", RuleAction.SetCreditGrade("A")),
            new ClassificationRule("unmatched", "years >= 100", category("0102")) { Priority = 99 },
        ], archive.Snapshot);

        var winners = set.Evaluate(SampleRules.Profile(Dealer));

        Assert.Equal(new[] { "first", "grade" }, winners.Select(w => w.Name));
    }

    [Fact]
    public void Evaluate_IntoABuffer_FillsOneSlotPerTarget_AndChecksTheBuffer()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var winners = new CompiledRule?[set.TargetCount];

        set.Evaluate(SampleRules.Profile(archive.Find("C004")!, SampleRules.StandardStats()["C004"]), winners);

        Assert.Equal(2, set.TargetCount);
        Assert.Null(winners[0]);
        Assert.Equal("新客户观察", winners[1]!.Rule.Name);
        Assert.Equal(1, winners[1]!.Target);
        Assert.Throws<ArgumentException>(() => set.Evaluate(SampleRules.Profile(Dealer), new CompiledRule?[3]));
        Assert.Throws<ArgumentNullException>(() => set.Evaluate(SampleRules.Profile(Dealer), null!));
        Assert.Throws<ArgumentNullException>(() => set.Evaluate(null!, winners));
    }

    [Fact]
    public void Evaluate_DisabledAndExpiredRules_NeverMatch()
    {
        var archive = SampleRules.Archive();
        var set = RuleSet.Compile(
        [
            new ClassificationRule("disabled", "years >= 1", Watch) { Priority = 9, Enabled = false },
            new ClassificationRule("expired", "years >= 1", Watch) { Priority = 8, ValidTo = new LocalDate(2024, 12, 31) },
            new ClassificationRule("future", "years >= 1", Watch) { Priority = 7, ValidFrom = new LocalDate(2025, 7, 1) },
            new ClassificationRule("current", "years >= 1", Watch) { ValidFrom = new LocalDate(2025, 6, 30), ValidTo = new LocalDate(2025, 6, 30) },
        ], archive.Snapshot);
        var profile = SampleRules.Profile(Dealer);

        Assert.Equal("current", Assert.Single(set.Evaluate(profile)).Name);
        Assert.False(set.Compiled[0].Matches(profile));
        Assert.False(set.Compiled[1].Matches(profile));
        Assert.False(set.Compiled[2].Matches(profile));
        Assert.True(set.Compiled[3].Matches(profile));
        Assert.Equal([set.Rules[3]], set.Matching(profile));
        Assert.Throws<ArgumentNullException>(() => set.Matching(null!));
    }

    [Fact]
    public void Explain_ShowsEverySubConditionWithTheValueSeen_AndWhyARuleLost()
    {
        var archive = SampleRules.Archive();
        var set = RuleSet.Compile(
        [
            new ClassificationRule("经销商大客户", SampleRules.DealerRule, RuleAction.AssignCategory(DimensionNames.Category, "0101")) { Priority = 10 },
            new ClassificationRule("老客户", "合作年限 >= 5", RuleAction.AssignCategory(DimensionNames.Category, "0201")) { Priority = 1 },
            new ClassificationRule("停用", "合作年限 >= 5", Watch) { Enabled = false },
        ], archive.Snapshot);
        var profile = SampleRules.Profile(Dealer, new TradingStats { MonthlyAverage = 42_300m });

        var explanation = set.Explain(profile);

        Assert.Equal(
            """
            Customer C001 as of 2025-06-30
            经销商大客户 [category := 0101, priority 10]: not matched
              and ✗
                类型 = '经销商' ✓ (经销商)
                合作年限 >= 3 ✓ (6)
                月均采购额 > 50000 ✗ (42,300)
            老客户 [category := 0201, priority 1]: won
              合作年限 >= 5 ✓ (6)
            停用 [tag += 观察, priority 0]: disabled
              合作年限 >= 5 ✓ (6)
            """.ReplaceLineEndings(),
            explanation.ToString());
        Assert.Equal(new[] { "老客户" }, explanation.Winners.Select(r => r.Name));

        var richer = set.Explain(SampleRules.Profile(Dealer, new TradingStats { MonthlyAverage = 62_000m }));
        Assert.Equal(RuleVerdict.Lost, richer.Rules[1].Verdict);
        Assert.Equal("经销商大客户", richer.Rules[1].Winner!.Name);
        Assert.Contains("lost to '经销商大客户' (priority 10 > 1)", richer.Rules[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SuggestsOnlyChanges_AndMarksLockedCustomers()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);

        var suggestions = set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf);

        Assert.Equal(
            new[]
            {
                "C001 category: 0102 → 0101 (rule 经销商大客户)",
                "C003 category: 0202 → 0201 (rule 零售大客户)",
                "C004 tag: (none) → 观察 (rule 新客户观察)",
                "C005 category: 0102 → 0101 (rule 经销商大客户) needs an override",
            },
            suggestions.Select(s => s.ToString()));
    }

    [Fact]
    public void Apply_WithoutOverride_RefusesLockedCustomers_AndChangesNothing()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var suggestions = set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf);
        var before = archive.Snapshot;

        var result = set.Apply(archive, suggestions, SampleRules.Actor);

        Assert.False(result.Succeeded);
        Assert.Equal(ClassificationErrorCode.ClassificationLocked, Assert.Single(result.Violations).Error);
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void Apply_ChangesTheArchiveInOneBatch_WithTheRuleNameAsReason()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var suggestions = set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf);
        var logged = archive.ChangeLog.Count;

        var result = set.Apply(archive, suggestions, SampleRules.Actor, new LockOverride("年度重分类"));

        Assert.True(result.Succeeded);
        Assert.Equal("0101", archive.Find("C001")!.CategoryCode);
        Assert.Equal("0201", archive.Find("C003")!.CategoryCode);
        Assert.True(archive.Find("C004")!.HasTag("观察"));
        Assert.Equal("0101", archive.Find("C005")!.CategoryCode);
        var entries = archive.ChangeLog.Skip(logged).ToArray();
        Assert.Equal(
            new[] { "经销商大客户", "零售大客户", "新客户观察", "经销商大客户: 年度重分类" },
            entries.Select(e => e.Reason));
        Assert.All(entries, e => Assert.Equal(SampleRules.Actor, e.Actor));
        Assert.Empty(set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf));
    }

    [Fact]
    public void Apply_OutdatedSuggestion_IsRefused_AndNothingChanges()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var suggestions = set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf).Where(s => !s.NeedsOverride).ToArray();
        archive.Update("C003", c => c with { CategoryCode = "0201" }, SampleRules.Actor);
        var before = archive.Snapshot;

        var result = set.Apply(archive, suggestions, SampleRules.Actor);

        var violation = Assert.Single(result.Violations);
        Assert.Equal(ClassificationErrorCode.SuggestionOutdated, violation.Error);
        Assert.Equal(("C003", 2), (violation.Code, violation.Position));
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void Apply_RejectsForeignAndDuplicateSuggestions()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var other = RuleSet.Compile([new ClassificationRule("其他", "years >= 0", Watch)], archive.Snapshot);
        var suggestions = set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf);
        var foreign = other.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf);

        Assert.Throws<ArgumentException>(() => set.Apply(archive, foreign, SampleRules.Actor));
        Assert.Throws<ArgumentException>(() => set.Apply(archive, [suggestions[0], suggestions[0]], SampleRules.Actor));
        Assert.Throws<ArgumentNullException>(() => set.Apply(archive, [null!], SampleRules.Actor));
        Assert.Throws<ArgumentException>(() => set.Apply(archive, suggestions, " "));
        Assert.Throws<ArgumentNullException>(() => set.Apply(null!, suggestions, SampleRules.Actor));
    }

    [Fact]
    public void Classify_RejectsBadInput()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        var otherArchive = SampleRules.Archive();
        var stats = SampleRules.StandardStats();

        Assert.Throws<ArgumentException>(() => set.Classify(otherArchive, stats, SampleRules.AsOf));
        Assert.Contains("C404", Assert.Throws<ArgumentException>(() => set.Classify(archive, new Dictionary<string, TradingStats> { ["C404"] = TradingStats.None }, SampleRules.AsOf)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => set.Classify(archive, new Dictionary<string, TradingStats> { ["C001"] = null! }, SampleRules.AsOf));
        Assert.Throws<ArgumentException>(() => set.Classify(archive, new Dictionary<string, TradingStats> { ["C001"] = new() { LastOrderOn = new LocalDate(2025, 7, 1) } }, SampleRules.AsOf));
        Assert.Throws<ArgumentNullException>(() => set.Classify((CustomerArchive)null!, stats, SampleRules.AsOf));
        Assert.Throws<ArgumentNullException>(() => set.Classify([null!]));
    }

    [Fact]
    public void Classify_TargetThatNoLongerExists_IsAClassificationError()
    {
        var archive = SampleRules.StandardArchive();
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);
        archive.RemoveCategory(DimensionNames.Category, "0201", SampleRules.Actor);

        var error = Assert.Throws<ClassificationException>(() => set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf));

        Assert.Equal(ClassificationErrorCode.CategoryNotFound, error.ErrorCode);
        Assert.Equal("0201", error.Code);
        Assert.Contains("Rule '零售大客户'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_SkipsCustomersDeactivatedOnTheDay()
    {
        var archive = SampleRules.StandardArchive();
        archive.Deactivate("C004", new LocalDate(2025, 6, 1), SampleRules.Actor);
        var set = RuleSet.Compile(SampleRules.StandardRules(), archive.Snapshot);

        Assert.DoesNotContain(set.Classify(archive, SampleRules.StandardStats(), SampleRules.AsOf), s => s.CustomerCode == "C004");
    }

    [Fact]
    public void RulesAndActions_RejectInvalidInput()
    {
        Assert.Throws<ArgumentException>(() => new ClassificationRule(" ", "years > 1", Watch));
        Assert.Throws<ArgumentException>(() => new ClassificationRule(new string('x', 101), "years > 1", Watch));
        Assert.Throws<ArgumentNullException>(() => new ClassificationRule("r", (string)null!, Watch));
        Assert.Throws<ArgumentNullException>(() => new ClassificationRule("r", "years > 1", null!));
        Assert.Equal("坏规则", Assert.Throws<RuleSyntaxException>(() => new ClassificationRule("坏规则", "years >", Watch)).Errors[0].RuleName);
        Assert.Throws<ArgumentException>(() => new ClassificationRule("r", "years > 1", Watch) { ValidFrom = new LocalDate(2025, 2, 1), ValidTo = new LocalDate(2025, 1, 31) });
        Assert.Throws<ArgumentException>(() => new ClassificationRule("r", "years > 1", Watch) { ValidTo = new LocalDate(2025, 1, 31), ValidFrom = new LocalDate(2025, 2, 1) });
        Assert.Throws<ArgumentException>(() => RuleAction.AssignCategory("category", "０１"));
        Assert.Throws<ArgumentException>(() => RuleAction.AssignCategory(" ", "01"));
        Assert.Throws<ArgumentException>(() => RuleAction.SetCreditGrade(""));
        Assert.Throws<ArgumentException>(() => RuleAction.AddTag("a\tb"));
        Assert.Throws<ArgumentException>(() => new TradingStats { OrderCount = -1 });
        Assert.Throws<ArgumentException>(() => new TradingStats { MaxOverdueDays = -1 });
        Assert.Throws<ArgumentNullException>(() => new CustomerProfile(null!, TradingStats.None, SampleRules.AsOf));
    }

    [Fact]
    public void Rule_FromTextAndFromBuilder_AreEqual_AndKeepTheirWording()
    {
        var fromText = new ClassificationRule("r", "合作年限>=3 且 月均采购额>5万", Watch);
        var built = new ClassificationRule("r", RuleFields.Number("合作年限").AtLeast(3).And(RuleFields.Number("月均采购额").GreaterThan(50_000m)), Watch);

        Assert.Equal(built, fromText);
        Assert.Equal(built.GetHashCode(), fromText.GetHashCode());
        Assert.Equal("合作年限>=3 且 月均采购额>5万", fromText.ConditionText);
        Assert.Equal("合作年限 >= 3 and 月均采购额 > 50000", built.ConditionText);
    }

    [Fact]
    public void CustomerProfile_DerivesYearsAndMonthsAsOfTheDay()
    {
        var customer = new Customer("C1", "甲") { DevelopedOn = new LocalDate(2020, 2, 29) };

        Assert.Equal((4, 51), Derived(new CustomerProfile(customer, TradingStats.None, new LocalDate(2024, 6, 28))));
        Assert.Equal((5, 60), Derived(new CustomerProfile(customer, TradingStats.None, new LocalDate(2025, 2, 28))));
        Assert.Equal((null, null), Derived(new CustomerProfile(customer, TradingStats.None, new LocalDate(2019, 1, 1))));

        static (int?, int?) Derived(CustomerProfile p) => (p.Years, p.MonthsSinceDeveloped);
    }

    [Fact]
    public void Explain_NamesTheFieldEachComparisonRead_WithItsCatalogueLabel()
    {
        var archive = SampleRules.Archive();
        var set = RuleSet.Compile([new ClassificationRule("r", "合作年限 >= 1 and grade = 'AA' and has tag '重点'", Watch)], archive.Snapshot);

        var operands = set.Explain(SampleRules.Profile(Dealer)).Rules[0].Condition.Operands;

        Assert.Equal(new[] { "years", "creditGrade", null }, operands.Select(o => o.Field));
        Assert.Equal(new[] { "合作年限", "信用等级", null }, operands.Select(o => o.FieldLabel));
    }

    [Theory]
    [InlineData("taxRegion startswith '44'", "9144030071526726XG", true)]
    [InlineData("税号行政区划 startswith '44'", "11010519491231002X", false)]
    [InlineData("taxRegion = '110105'", "11010519491231002X", true)]
    [InlineData("taxRegion is empty", "440300715267260", true)]
    public void TaxRegion_IsTheAdministrativeDivisionOfTheTaxId(string condition, string taxId, bool matches) =>
        Assert.Equal(matches, Matches(condition, Dealer with { TaxId = TaxId.Parse(taxId) }));
}
