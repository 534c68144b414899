using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

/// <summary>Rules read effective profile values: a field a profile value covers reads the customer's own value, else the inherited one.</summary>
public class ProfileRuleFieldTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        archive.SetProfileValue(DimensionNames.Category, "01", "taxRate", 0.13m, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "paymentTerms", PaymentTerms.MonthEnd(30), SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "salesperson", "张三", SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Region, "31", "prepayment", true, SampleArchive.Actor);
        archive.Apply(
            new ChangeBatch()
                .Add(SampleArchive.Customer("C001", "上海华联") with { RegionCode = "3101" })
                .Add(SampleArchive.Customer("C002", "苏州华联", "01002") with { DefaultTaxRate = 0.06m })
                .Add(SampleArchive.Customer("C003", "北京华联", "02001")),
            SampleArchive.Actor);
        return archive;
    }

    private static string[] Matching(CustomerArchive archive, string condition)
    {
        var rules = RuleSet.Compile([new ClassificationRule("r", condition, RuleAction.AddTag("x"))], archive.Snapshot);
        return [.. archive.Snapshot.Where(c => rules.Matching(new CustomerProfile(c, TradingStats.None, Today)).Count > 0).Select(c => c.Code)];
    }

    [Theory]
    [InlineData("taxRate = 0.13", "C001")]
    [InlineData("税率 = 0.06", "C002")]
    [InlineData("taxRate is empty", "C003")]
    [InlineData("paymentTerms = '月结30天'", "C001,C002")]
    [InlineData("salesperson = '张三'", "C001")]
    [InlineData("专管业务员 is empty", "C002,C003")]
    [InlineData("prepayment = true", "C001")]
    [InlineData("currency = 'CNY'", "C001,C002,C003")]
    public void Rules_ReadTheEffectiveValue(string condition, string expected) =>
        Assert.Equal(expected.Split(','), Matching(Archive(), condition));

    [Fact]
    public void CustomFieldOfAProfileValuesName_KeepsItsName()
    {
        var archive = SampleArchive.Create();
        archive.DefineCustomField(new CustomFieldDefinition("部门", CustomFieldType.Text), SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "department", "销售一部", SampleArchive.Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CustomFields = new Dictionary<string, CustomFieldValue> { ["部门"] = "自定义" } }, SampleArchive.Actor);

        Assert.Equal(["C001"], Matching(archive, "部门 = '自定义'"));
        Assert.Equal(["C001"], Matching(archive, "department = '销售一部'"));
    }
}
