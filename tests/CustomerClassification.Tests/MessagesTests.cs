using System.Collections;
using System.Globalization;
using System.IO;
using System.Resources;
using System.Text.RegularExpressions;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests;

public class MessagesTests
{
    private static readonly ResourceManager Resources = new("CustomerClassification.Resources.Messages", typeof(ClassificationException).Assembly);

    private static Dictionary<string, string> MessagesIn(string culture) => MessagesIn(Resources, culture);

    internal static Dictionary<string, string> MessagesIn(ResourceManager resources, string culture) =>
        resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    internal static string[] Placeholders(string message) =>
        Regex.Matches(message, @"\{(\d+)(?::[^}]*)?\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void EveryMessage_IsInBothLanguages_WithTheSamePlaceholders() => AssertBothLanguages(Resources, 100);

    internal static void AssertBothLanguages(ResourceManager resources, int atLeast)
    {
        var english = MessagesIn(resources, "");
        var chinese = MessagesIn(resources, "zh-Hans");

        Assert.True(english.Count >= atLeast, $"{english.Count} messages");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, message) in english)
        {
            Assert.True(Placeholders(message).SequenceEqual(Placeholders(chinese[key])), $"{key}: '{message}' and '{chinese[key]}' differ in placeholders.");
            if (Regex.IsMatch(Regex.Replace(message, @"\{[^}]*\}", string.Empty), "[A-Za-z]{2,}"))
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese[key]);
            }
        }
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-SG")]
    public void ChineseCultures_GetChinese(string culture)
    {
        using var _ = new UiCulture(culture);

        Assert.Equal(["未到期", "1-30天", "31-60天", "61-90天", "91-180天", "181-365天", "365天以上"], AgingBuckets.Default.Labels);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public void OtherCultures_GetEnglish(string culture)
    {
        using var _ = new UiCulture(culture);

        Assert.Equal(["not due", "1-30", "31-60", "61-90", "91-180", "181-365", ">365"], AgingBuckets.Default.Labels);
        Assert.Equal(["≤30", "31-60"], new AgingBuckets([30]).Labels.Take(1).Append(new AgingBuckets([30, 60]).Labels[1]));
    }

    [Fact]
    public void CreditReasons_AuditFindings_AndViolations_ReadInChinese()
    {
        using var _ = new UiCulture("zh-CN");

        var decision = Policies().For(Archive().Snapshot).Evaluate(new CreditRequest("D1", 20_000m, [], Today, otherOpenOrders: 85_000m));
        var reason = Assert.Single(decision.Reasons, r => r.Kind == CreditReasonKind.OverLimit);
        Assert.Equal("信用占用 85,000.00 加本单 20,000.00 超出信用额度 100,000.00，超额 5,000.00。", reason.Message);

        var archive = Archive();
        var error = Assert.Throws<ClassificationException>(() => archive.Add(new Customer("D1", "重复客户") { CategoryCode = "01001" }, "test"));
        Assert.Equal(ClassificationErrorCode.DuplicateCustomerCode, error.ErrorCode);
        Assert.Equal("客户“D1”已存在。", error.Message);

        archive.AddCategory(DimensionNames.Category, "03002", "空分类", "test");
        var finding = Assert.Single(ArchiveAudit.Run(archive.Snapshot), f => f.Kind == AuditFindingKind.EmptyLeafCategory);
        Assert.Equal("客户分类的末级分类 03002 空分类 下没有客户。", finding.Message);
        Assert.Equal("如不再需要，请删除该分类。", finding.SuggestedFix);
        Assert.Equal(DimensionNames.Category, finding.Dimension);
    }

    [Theory]
    [InlineData("月均采购额 >", "此处不应出现 条件结尾；此处应为 ")]
    [InlineData("月均采购额 > 1,000", "数字中不能用千位分隔符：请写 1000，或用 万 / 亿：遇到 ','")]
    [InlineData("等级 in ('A', 1)", "in 列表中的值必须是同一种：1 是数字，第一个值是文本。")]
    public void RuleSyntaxErrors_ReadInChinese(string condition, string expected)
    {
        using var _ = new UiCulture("zh-Hans");

        var error = Assert.Throws<CustomerClassification.Rules.RuleSyntaxException>(() => CustomerClassification.Rules.RuleCondition.Parse(condition));

        Assert.StartsWith(expected, error.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SnapshotProblems_ReadInChinese()
    {
        using var _ = new UiCulture("zh-CN");
        var json = """{"schemaVersion":1,"settings":{"categoryScheme":"2-2","customersClassified":false},"customers":[{"code":"C1","name":"甲","developedOn":"2024-02-30","extra":1}]}""";

        var error = Assert.Throws<CustomerClassification.Serialization.SnapshotFormatException>(() => CustomerClassification.Serialization.SnapshotJson.FromJson(json, NodaTime.SystemClock.Instance));

        Assert.Equal(
            ["$.customers[0].developedOn: “2024-02-30”不是日期：请写成 yyyy-MM-dd。", "$.customers[0].extra: 未知属性“extra”；应为 code, name, "],
            error.Problems.Select(p => p.ToString()).Select(p => p.Contains("未知属性", StringComparison.Ordinal) ? p[..p.IndexOf("name, ", StringComparison.Ordinal)] + "name, " : p).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryKeyTheCodeUses_HasAMessage()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CustomerClassification.sln")))
        {
            root = root.Parent;
        }

        var english = MessagesIn("");
        var source = Path.Combine(root!.FullName, "src", "CustomerClassification");
        Assert.True(Directory.Exists(source));
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"Messages\.(?:Get|Format)\(""(\w+)""[,)]").Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.True(used.Length >= 50);
        Assert.All(used, key => Assert.True(english.ContainsKey(key), $"No message '{key}'."));

        // Keys made from an enum's names.
        var named = Enum.GetNames<CustomerClassification.Rules.RuleValueKind>().Concat(Enum.GetNames<CustomerClassification.Rules.RuleFieldKind>()).Select(n => "Kind" + n);
        Assert.All(named, key => Assert.True(english.ContainsKey(key), $"No message '{key}'."));
    }
}
