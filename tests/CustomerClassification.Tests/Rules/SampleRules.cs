using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Rules;

/// <summary>
/// An archive for rules: 客户分类 2-2 (01 经销商: 0101 重点经销商, 0102 一般经销商; 02 零售客户: 0201 大客户, 0202 普通零售),
/// 地区 2-2 (01 华东: 0101 上海, 0102 江苏; 02 华北: 0201 北京), 行业 (01 制造业, 02 零售业) and custom fields 类型, 注册资本, 签约日期.
/// </summary>
internal static class SampleRules
{
    public const string Actor = "王会计";

    public static readonly LocalDate AsOf = new(2025, 6, 30);

    public const string DealerRule = "类型 = '经销商' 且 合作年限 >= 3 且 月均采购额 > 5万";

    public static ArchiveSettings Settings() => new(
        CodingScheme.Parse("2-2"),
        regionScheme: CodingScheme.Parse("2-2"),
        dimensions: [new DimensionDefinition("行业", CodingScheme.Parse("2"))],
        customFields:
        [
            new CustomFieldDefinition("类型", CustomFieldType.Text),
            new CustomFieldDefinition("注册资本", CustomFieldType.Number),
            new CustomFieldDefinition("签约日期", CustomFieldType.Date),
        ]);

    public static CustomerArchive Archive(params Customer[] customers)
    {
        var archive = new CustomerArchive(Settings(), new FakeClock(Instant.FromUtc(2025, 6, 30, 8, 0), Duration.FromSeconds(1)));
        var batch = new ChangeBatch()
            .AddCategory(DimensionNames.Category, "01", "经销商").AddCategory(DimensionNames.Category, "0101", "重点经销商").AddCategory(DimensionNames.Category, "0102", "一般经销商")
            .AddCategory(DimensionNames.Category, "02", "零售客户").AddCategory(DimensionNames.Category, "0201", "大客户").AddCategory(DimensionNames.Category, "0202", "普通零售")
            .AddCategory(DimensionNames.Region, "01", "华东").AddCategory(DimensionNames.Region, "0101", "上海").AddCategory(DimensionNames.Region, "0102", "江苏")
            .AddCategory(DimensionNames.Region, "02", "华北").AddCategory(DimensionNames.Region, "0201", "北京")
            .AddCategory("行业", "01", "制造业").AddCategory("行业", "02", "零售业");
        foreach (var customer in customers)
        {
            batch.Add(customer);
        }

        var result = archive.Apply(batch, "系统");
        Assert.True(result.Succeeded, string.Join("; ", result.Violations.Select(v => v.Message)));
        return archive;
    }

    /// <summary>Five customers: a dealer that qualifies, one too new, a large retailer, a new retailer, and a qualifying dealer with transactions.</summary>
    public static CustomerArchive StandardArchive()
    {
        var archive = Archive(
            Dealer("C001", "上海华联商贸有限公司", new LocalDate(2019, 3, 1)),
            Dealer("C002", "江苏苏宁经销部", new LocalDate(2023, 5, 1)),
            new Customer("C003", "北京王府井百货") { CategoryCode = "0202", RegionCode = "0201", DevelopedOn = new LocalDate(2018, 1, 10) },
            new Customer("C004", "北京新街口小卖部") { CategoryCode = "0202", RegionCode = "0201", DevelopedOn = new LocalDate(2025, 4, 1) },
            Dealer("C005", "南京金鹰贸易公司", new LocalDate(2015, 8, 8)));
        archive.MarkTransacted("C005", Actor);
        return archive;
    }

    public static Dictionary<string, TradingStats> StandardStats() => new(StringComparer.Ordinal)
    {
        ["C001"] = new TradingStats { MonthlyAverage = 62_000m, OrderCount = 20 },
        ["C002"] = new TradingStats { MonthlyAverage = 80_000m, OrderCount = 25 },
        ["C003"] = new TradingStats { MonthlyAverage = 150_000m, OrderCount = 40, MaxOverdueDays = 12 },
        ["C004"] = new TradingStats { MonthlyAverage = 3_000m, OrderCount = 2 },
        ["C005"] = new TradingStats { MonthlyAverage = 90_000m, OrderCount = 30 },
    };

    public static ClassificationRule[] StandardRules() =>
    [
        new("经销商大客户", DealerRule, RuleAction.AssignCategory(DimensionNames.Category, "0101")) { Priority = 10 },
        new("零售大客户", "分类 under '02' and 月均采购额 >= 10万 and 订单数 >= 12", RuleAction.AssignCategory(DimensionNames.Category, "0201")) { Priority = 5 },
        new("新客户观察", "合作年限 < 1 或 合作年限 is empty 或 最长逾期天数 > 90", RuleAction.AddTag("观察")),
    ];

    public static Customer Dealer(string code, string name, LocalDate developedOn) => new(code, name)
    {
        CategoryCode = "0102",
        RegionCode = "0101",
        DevelopedOn = developedOn,
        CustomFields = new Dictionary<string, CustomFieldValue>(StringComparer.Ordinal) { ["类型"] = "经销商" },
    };

    public static CustomerProfile Profile(Customer customer, TradingStats? stats = null) => new(customer, stats ?? TradingStats.None, AsOf);
}
