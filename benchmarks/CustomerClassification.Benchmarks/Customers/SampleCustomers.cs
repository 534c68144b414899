using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Benchmarks.Customers;

/// <summary>
/// A realistic account set: 客户分类 under scheme 2-2-2-3 with 11,110 categories in 4 levels (10 per level,
/// 10,000 leaves), customers spread evenly over the leaves, Chinese company names, tax ids on half of them.
/// </summary>
public static class SampleCustomers
{
    public static readonly CodingScheme Scheme = CodingScheme.Parse("2-2-2-3");

    private static readonly string[] Places = ["上海", "北京", "重庆", "厦门", "长沙", "苏州", "杭州", "广州", "深圳", "成都", "武汉", "南京"];
    private static readonly string[] Words = ["华联", "宏达", "金鑫", "恒通", "永盛", "新世纪", "东方", "天成", "银河", "瑞丰", "佳美", "鼎盛"];
    private static readonly string[] Trades = ["商贸", "实业", "科技", "食品", "机械", "建材", "物流", "电器", "服饰", "医药"];

    public static ArchiveSettings Settings { get; } = new(Scheme);

    public static IEnumerable<string> LeafCodes() =>
        from a in Enumerable.Range(1, 10)
        from b in Enumerable.Range(1, 10)
        from c in Enumerable.Range(1, 10)
        from d in Enumerable.Range(1, 10)
        select $"{a:00}{b:00}{c:00}{d:000}";

    public static ChangeBatch Categories()
    {
        // Parents before children: each level's codes extend the one above.
        var batch = new ChangeBatch();
        var levels = new[] { 2, 2, 2, 3 };
        void Grow(string parent, int level)
        {
            if (level == levels.Length)
            {
                return;
            }

            for (var i = 1; i <= 10; i++)
            {
                var code = parent + i.ToString(CultureInfo.InvariantCulture).PadLeft(levels[level], '0');
                batch.AddCategory(DimensionNames.Category, code, "分类" + code);
                Grow(code, level + 1);
            }
        }

        Grow(string.Empty, 0);
        return batch;
    }

    public static string Name(int i) =>
        Places[i % Places.Length] + Words[(i / Places.Length) % Words.Length] + Trades[(i / 144) % Trades.Length] + "有限公司";

    public static IEnumerable<Customer> Customers(int count)
    {
        var leaves = LeafCodes().ToArray();
        for (var i = 0; i < count; i++)
        {
            var customer = new Customer("C" + i.ToString("D7", CultureInfo.InvariantCulture), Name(i))
            {
                CategoryCode = leaves[i % leaves.Length],
                DevelopedOn = new LocalDate(2015, 1, 1).PlusDays(i % 3000),
                CreditGrade = (i % 5) switch { 0 => "AAA", 1 => "AA", 2 => "A", 3 => "B", _ => "C" },
                CreditLimit = (i % 20) * 10_000m,
            };
            yield return i % 2 == 0 ? customer with { TaxId = TaxIdFor(i) } : customer;
        }
    }

    public static CustomerArchive Build(int count)
    {
        var archive = new CustomerArchive(Settings, SystemClock.Instance);
        Check(archive.Apply(Categories(), "bench"));
        var batch = new ChangeBatch();
        foreach (var customer in Customers(count))
        {
            batch.Add(customer);
        }

        Check(archive.Apply(batch, "bench"));
        return archive;
    }

    public static TaxId TaxIdFor(int i)
    {
        var body = "91310000" + i.ToString("D9", CultureInfo.InvariantCulture);
        return TaxId.Parse(body + TaxId.CheckCharacter(body));
    }

    private static void Check(BatchResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Violations.Take(5).Select(v => v.Message)));
        }
    }
}
