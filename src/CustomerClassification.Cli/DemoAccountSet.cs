using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Cli;

/// <summary>
/// The built-in sample account set of <c>ccls demo</c>: 300 customers over 40 categories in three levels (scheme
/// 2-2-2), regions, a 类型 custom field, trading statistics, open receivables, credit policies and a rule file in
/// Chinese. Generated deterministically, so the demo prints the same every time.
/// </summary>
internal sealed class DemoAccountSet
{
    public const string RuleFileJson = """
        {
          "schemaVersion": 1,
          "rules": [
            { "name": "重点经销商", "when": "类型 = '经销商' 且 合作年限 >= 3 且 月均采购额 > 5万", "then": { "assign": "010302" }, "priority": 10 },
            { "name": "零售大客户", "when": "分类 属于 '02' 且 月均采购额 >= 8万 且 订单数 >= 12", "then": { "assign": "020101" }, "priority": 5 },
            { "name": "新客户观察", "when": "合作年限 < 1 或 合作年限 为空", "then": { "tag": "观察" } },
            { "name": "逾期降级", "when": "最长逾期天数 > 90 且 信用等级 <> 'C'", "then": { "grade": "C" }, "priority": 1 }
          ]
        }
        """;

    public static readonly LocalDate Today = new(2026, 6, 30);

    private static readonly (string Code, string Name)[] Categories =
    [
        ("01", "经销商"), ("0101", "一级经销商"), ("010101", "华东一级"), ("010102", "华北一级"), ("010103", "华南一级"),
        ("0102", "二级经销商"), ("010201", "华东二级"), ("010202", "华北二级"), ("010203", "华南二级"),
        ("0103", "重点经销商"), ("010301", "战略经销商"), ("010302", "重点经销商"),
        ("02", "零售客户"), ("0201", "大客户"), ("020101", "连锁超市"), ("020102", "百货商场"),
        ("0202", "普通零售"), ("020201", "便利店"), ("020202", "个体零售"), ("0203", "网店"), ("020301", "平台网店"), ("020302", "自营网店"),
        ("0204", "团购"), ("020401", "企业团购"), ("020402", "社区团购"),
        ("03", "批发客户"), ("0301", "综合批发"), ("030101", "一级批发"), ("030102", "二级批发"),
        ("0302", "专业批发"), ("030201", "建材批发"), ("030202", "食品批发"), ("0303", "跨境批发"), ("030301", "跨境批发"),
        ("04", "其他"), ("0401", "政府机关"), ("040101", "机关单位"), ("0402", "观察客户"), ("040201", "新客户"), ("040202", "风险客户"),
    ];

    private static readonly (string Code, string Name)[] Regions =
    [
        ("01", "华东"), ("0101", "上海"), ("0102", "江苏"), ("0103", "浙江"), ("02", "华北"), ("0201", "北京"), ("0202", "天津"), ("03", "华南"), ("0301", "广东"), ("0302", "福建"),
    ];

    private static readonly string[] HomeLeaves = ["010101", "010102", "010103", "010201", "010202", "010203", "020102", "020201", "020202", "020301", "020302", "020401", "020402", "030101", "030102", "030201", "030202", "030301", "040101"];
    private static readonly string[] RegionLeaves = ["0101", "0102", "0103", "0201", "0202", "0301", "0302"];
    private static readonly string[] Places = ["上海", "苏州", "杭州", "北京", "天津", "广州", "厦门"];
    private static readonly string[] Words = ["华联", "宏达", "金鑫", "恒通", "永盛", "新世纪", "东方", "天成", "银河", "瑞丰", "佳美", "鼎盛", "百佳", "万家", "同福"];
    private static readonly string[] Trades = ["商贸", "实业", "食品", "建材", "电器", "百货"];
    private static readonly string[] Grades = ["AAA", "AA", "A", "B", "C"];

    private DemoAccountSet(CustomerArchive archive, RuleSet rules, Dictionary<string, TradingStats> stats, OpenItem[] openItems, CreditPolicySet policies)
    {
        Archive = archive;
        Rules = rules;
        Stats = stats;
        OpenItems = openItems;
        Policies = policies;
    }

    public CustomerArchive Archive { get; }

    public RuleSet Rules { get; }

    public Dictionary<string, TradingStats> Stats { get; }

    public OpenItem[] OpenItems { get; }

    public CreditPolicySet Policies { get; }

    public static DemoAccountSet Create()
    {
        var settings = new ArchiveSettings(
            CodingScheme.Parse("2-2-2"),
            regionScheme: CodingScheme.Parse("2-2"),
            customFields: [new CustomFieldDefinition("类型", CustomFieldType.Text)]);
        var archive = new CustomerArchive(settings, new DemoClock());
        var batch = new ChangeBatch();
        foreach (var (code, name) in Categories)
        {
            batch.AddCategory(DimensionNames.Category, code, name);
        }

        foreach (var (code, name) in Regions)
        {
            batch.AddCategory(DimensionNames.Region, code, name);
        }

        var customers = Enumerable.Range(0, 300).Select(Customer).ToList();
        customers.Add(new Customer("C0300", "上海 华联商贸公司") { CategoryCode = "010201", RegionCode = "0101", DevelopedOn = new LocalDate(2025, 9, 1), CustomFields = Type("010201") });
        foreach (var customer in customers)
        {
            batch.Add(customer);
        }

        Check(archive.Apply(batch, "演示"));
        Check(archive.Apply(new ChangeBatch().MarkTransacted("C0012").MarkTransacted("C0024").Deactivate("C0150", new LocalDate(2026, 3, 31)), "演示"));

        var stats = Enumerable.Range(0, 300).ToDictionary(Code, StatsOf, StringComparer.Ordinal);
        var rules = RuleSet.Compile(RuleFile.FromJson(RuleFileJson), archive.Snapshot);
        var openItems = Enumerable.Range(0, 300).Where(i => i % 3 != 2).SelectMany(Items).ToArray();
        var policies = new CreditPolicySet(defaults: new CreditPolicy { CreditLimit = 50_000m, AllowedOverdueDays = 60, MinimumGrade = "B" })
            .With("01", new CreditPolicy { CreditLimit = 200_000m, WarningThreshold = 0.9m, AutoApprovedGrades = ["AAA"] })
            .With("0103", new CreditPolicy { CreditLimit = 500_000m })
            .With("02", new CreditPolicy { CreditLimit = 100_000m, AllowedOverdueDays = 30 });
        return new DemoAccountSet(archive, rules, stats, openItems, policies);
    }

    private static string Code(int i) => "C" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static Customer Customer(int i)
    {
        var leaf = HomeLeaves[i % HomeLeaves.Length];
        return new Customer(Code(i), Places[i % Places.Length] + Words[(i / Places.Length) % Words.Length] + Trades[(i / 105) % Trades.Length] + "有限公司")
        {
            CategoryCode = leaf,
            RegionCode = RegionLeaves[(i / 3) % RegionLeaves.Length],
            DevelopedOn = i % 29 == 0 ? null : new LocalDate(2012, 1, 1).PlusDays(i * 523 % 5200),
            CreditGrade = Grades[i % Grades.Length],
            CreditLimit = i % 10 == 0 ? 80_000m + (i * 1_000m) : null,
            CustomFields = Type(leaf),
        };
    }

    private static Dictionary<string, CustomFieldValue> Type(string leaf) => new(StringComparer.Ordinal)
    {
        ["类型"] = leaf[..2] switch { "01" => "经销商", "02" => "零售", "03" => "批发", _ => "其他" },
    };

    private static TradingStats StatsOf(int i) => new()
    {
        Sales = (i * 37 % 150) * 10_000m,
        MonthlyAverage = decimal.Round((i * 37 % 150) * 10_000m / 12),
        OrderCount = i * 7 % 40,
        LastOrderOn = Today.PlusDays(-(i * 11 % 200)),
        MaxOverdueDays = i * 13 % 120,
    };

    private static IEnumerable<OpenItem> Items(int i)
    {
        for (var n = 0; n <= i % 3; n++)
        {
            var invoiced = Today.PlusDays(-((i * 17) + (n * 45)) % 400);
            yield return new OpenItem(Code(i), FormattableString.Invariant($"XS{i:D4}-{n}"), 2_000m + (i * 613 % 40_000), invoiced, invoiced.PlusDays(30));
        }
    }

    private static void Check(BatchResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The demo account set is inconsistent: " + string.Join("; ", result.Violations.Select(v => v.Message)));
        }
    }

    // The demo's change log is stamped with a fixed time, so that its output does not change between runs.
    private sealed class DemoClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2026, 6, 30, 1, 0);
    }
}
