using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Tests.Rules;

namespace CustomerClassification.Tests.Customers;

// Issue #27 item 8: a newcomer names dimensions as T3 does (客户分类, 地区分类); every API that takes a dimension accepts the label.
public class DimensionLabelTests
{
    [Theory]
    [InlineData(DimensionNames.CategoryLabel, DimensionNames.Category)]
    [InlineData(DimensionNames.RegionLabel, DimensionNames.Region)]
    [InlineData("行业", "行业")]
    [InlineData("category", "category")]
    public void TheT3Label_IsReadAsTheDimensionsName(string given, string name) => Assert.Equal(name, DimensionNames.Canonical(given));

    [Fact]
    public void EveryApiThatTakesADimension_TakesItsLabel()
    {
        var archive = SampleArchive.Create();
        archive.Add(new Customer("C1", "甲") { CategoryCode = "01001", RegionCode = "3101" }, SampleArchive.Actor);
        var snapshot = archive.Snapshot;

        Assert.Equal(RuleAction.AssignCategory("category", "01002"), RuleAction.AssignCategory("客户分类", "01002"));
        Assert.Same(snapshot.CategoriesOf("region"), snapshot.CategoriesOf("地区分类"));
        Assert.Equal(("01001", "3101"), (snapshot.Get("C1").CodeIn("客户分类"), snapshot.Get("C1").CodeIn("地区分类")));
        Assert.Equal("01002", snapshot.Get("C1").ToBuilder().SetCodeIn("客户分类", "01002").Build().CategoryCode);
        Assert.Single(snapshot.CustomersIn("客户分类", "01", includeDescendants: true));
        Assert.Equal(["01"], DataScope.Of("客户分类", "01").AllowedIn("category")!);
        Assert.NotNull(snapshot.Settings.SchemeOf("地区分类"));

        archive.AddCategory("地区分类", "3102", "闵行", SampleArchive.Actor);
        Assert.Equal("闵行", archive.Snapshot.CategoriesOf("region").Get("3102").Name);
        Assert.NotEmpty(archive.Snapshot.ChangeLog.ForCategory("地区分类", "3102"));
        Assert.Equal(archive.Snapshot.Count, archive.Customers.Count);
        Assert.Same(archive.Snapshot, archive.Customers);
    }

    [Fact]
    public void AFurtherDimension_CannotTakeABuiltInLabel()
    {
        Assert.True(DimensionNames.IsBuiltIn("客户分类"));
        Assert.Throws<ArgumentException>(() => new DimensionDefinition("地区分类", CustomerClassification.Coding.CodingScheme.Parse("2")));
    }

    [Fact]
    public void RulesOfBuiltInFields_CompileWithoutAnArchive()
    {
        var set = RuleSet.Compile([new ClassificationRule("大客户", "月均采购额 大于 5万 且 信用等级 属于 ('A', 'AA')", RuleAction.AddTag("大客户"))]);
        var customer = new Customer("C1", "甲") { CategoryCode = "01", CreditGrade = "AA" };

        Assert.Single(set.Matching(new CustomerProfile(customer, new TradingStats { MonthlyAverage = 60_000m }, SampleRules.AsOf)));
        Assert.Empty(set.Matching(new CustomerProfile(customer, new TradingStats { MonthlyAverage = 40_000m }, SampleRules.AsOf)));
        Assert.Throws<RuleSyntaxException>(() => RuleSet.Compile([new ClassificationRule("r", "所属分类 属于 '01'", RuleAction.AddTag("x"))]));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Compile(null!));
    }
}
