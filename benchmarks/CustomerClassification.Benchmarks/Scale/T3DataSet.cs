using System;
using System.Globalization;
using System.IO;
using System.Text;
using CustomerClassification.Benchmarks.Customers;
using NodaTime;

namespace CustomerClassification.Benchmarks.Scale;

/// <summary>
/// Writes a deterministic T3-style account set of N customers, as T3 exports it: GB18030 CSV with Chinese headers.
/// 客户分类 under scheme 2-3-3 (10 × 20 × 25: 5,210 categories, 5,000 leaves), 地区分类 under 2-2 (7 + 70: 77 regions),
/// customers spread over the leaves and regions (half with unified social credit codes), one open item and one row of
/// trading statistics a customer, and a rule file whose targets are in the tree. Used by benchmarks/scale/run.sh.
/// </summary>
public static class T3DataSet
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);

    public static void Write(int count, string folder)
    {
        Directory.CreateDirectory(folder);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030");
        string Cell(int i) => i.ToString(CultureInfo.InvariantCulture);

        using (var categories = Writer(folder, "categories.csv", gb18030, "类别编码,类别名称"))
        {
            for (var a = 1; a <= 10; a++)
            {
                categories.WriteLine($"{a:00},一级分类{a}");
                for (var b = 1; b <= 20; b++)
                {
                    categories.WriteLine($"{a:00}{b:000},二级分类{a}-{b}");
                    for (var c = 1; c <= 25; c++)
                    {
                        categories.WriteLine($"{a:00}{b:000}{c:000},三级分类{a}-{b}-{c}");
                    }
                }
            }
        }

        using (var regions = Writer(folder, "regions.csv", gb18030, "地区编码,地区名称"))
        {
            string[] areas = ["华东", "华北", "华南", "华中", "西南", "西北", "东北"];
            for (var a = 1; a <= areas.Length; a++)
            {
                regions.WriteLine($"{a:00},{areas[a - 1]}");
                for (var b = 1; b <= 10; b++)
                {
                    regions.WriteLine($"{a:00}{b:00},{areas[a - 1]}{b}区");
                }
            }
        }

        using var customers = Writer(folder, "customers.csv", gb18030, "客户编码,客户名称,客户简称,所属分类码,地区编码,税号,信用等级,信用额度,付款条件,发展日期,联系人,电话,地址");
        using var openItems = Writer(folder, "open-items.csv", gb18030, "客户编码,单据号,金额,单据日期,到期日期");
        using var stats = Writer(folder, "stats.csv", gb18030, "客户编码,销售额,月均采购额,订单数,最长逾期天数,最近订货日期");
        for (var i = 0; i < count; i++)
        {
            var code = "C" + i.ToString("D7", CultureInfo.InvariantCulture);
            var leaf = i % 5000;
            var category = $"{(leaf / 500) + 1:00}{((leaf / 25) % 20) + 1:000}{(leaf % 25) + 1:000}";
            var region = $"{(i % 7) + 1:00}{((i / 7) % 10) + 1:00}";
            var taxId = i % 2 == 0 ? SampleCustomers.TaxIdFor(i).Value : string.Empty;
            var grade = (i % 5) switch { 0 => "AAA", 1 => "AA", 2 => "A", 3 => "B", _ => "C" };
            var developed = new LocalDate(2012, 1, 1).PlusDays(i % 5000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            customers.WriteLine($"{code},{SampleCustomers.Name(i)}{Cell(i)},,{category},{region},{taxId},{grade},{Cell((i % 20) * 10_000)},{(i % 3 == 0 ? "\"2/10,n/30\"" : "n/60")},{developed},联系人{i % 100},021-5555{i % 10000:0000},\"地址{i}号, {i % 30}楼\"");

            var invoiced = AsOf.PlusDays(-(i % 400));
            openItems.WriteLine($"{code},XS{Cell(i)},{Cell(1000 + (i % 97) * 100)},{invoiced:yyyy-MM-dd},{invoiced.PlusDays(30):yyyy-MM-dd}");
            var sales = (i % 50) * 20_000;
            stats.WriteLine($"{code},{Cell(sales)},{Cell(sales / 12)},{Cell(i % 40)},{Cell(i % 120)},{AsOf.PlusDays(-(i % 200)):yyyy-MM-dd}");
        }

        File.WriteAllText(Path.Combine(folder, "rules.json"), """
            {
              "schemaVersion": 1,
              "rules": [
                { "name": "重点客户", "when": "月均采购额 >= 5万 且 订单数 >= 20", "then": { "assign": "01001001" }, "priority": 10 },
                { "name": "新客户观察", "when": "合作年限 < 1 或 合作年限 is empty", "then": { "tag": "观察" } },
                { "name": "逾期降级", "when": "最长逾期天数 > 90 且 信用等级 <> 'C'", "then": { "grade": "C" }, "priority": 1 }
              ]
            }
            """, new UTF8Encoding(false));
    }

    private static StreamWriter Writer(string folder, string name, Encoding encoding, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, name), false, encoding, 1 << 16) { NewLine = "\r\n" };
        writer.WriteLine(header);
        return writer;
    }
}
