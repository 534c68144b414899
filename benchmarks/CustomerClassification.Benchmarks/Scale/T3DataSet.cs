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
/// trading statistics a customer, and a rule file whose targets are in the tree. Every column is filled as T3 fills it:
/// short names, contacts with real-looking names, phones, addresses, e-mail on some, bank and account, settlement,
/// discount on some, a custom field 客户类型 (import with <c>--custom-field 客户类型</c>) and 停用日期 on 3 %.
/// Used by benchmarks/scale/run.sh.
/// </summary>
public static class T3DataSet
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强"];
    private static readonly string[] Cities = ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "苏州市工业园区", "南京市鼓楼区", "成都市武侯区", "武汉市洪山区", "重庆市渝中区", "西安市长安区", "长沙市岳麓区"];
    private static readonly string[] Roads = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路", "长江路", "黄河路", "滨江大道", "科技园路", "工业大道"];
    private static readonly string[] Banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "浦发银行", "兴业银行"];
    private static readonly string[] Settlements = ["转账支票", "电汇", "银行承兑汇票", "现金"];
    private static readonly string[] Types = ["经销商", "零售商", "直营店", "代理商", "终端客户"];

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

        using var customers = Writer(folder, "customers.csv", gb18030, "客户编码,客户名称,客户简称,所属分类码,地区编码,税号,信用等级,信用额度,付款条件,发展日期,停用日期,联系人,电话,地址,邮箱,开户银行,银行账号,结算方式,扣率,客户类型");
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
            var developedOn = new LocalDate(2012, 1, 1).PlusDays(i % 5000);
            var developed = developedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var name = SampleCustomers.Name(i);
            var deactivated = i % 33 == 7 ? developedOn.PlusDays(30 + (i % 300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
            var contact = Surnames[i % Surnames.Length] + GivenNames[(i / Surnames.Length) % GivenNames.Length];
            var phone = i % 2 == 0 ? $"1{3 + (i % 7)}{(i * 7919L) % 1_000_000_000:000000000}" : $"0{21 + (i % 70)}-{6000_0000 + (i * 37L % 3999_9999)}";
            var address = $"{Cities[i % Cities.Length]}{Roads[(i / 12) % Roads.Length]}{(i % 1999) + 1}号{(i % 28) + 1}楼{(i % 9) + 1}0{(i % 4) + 1}室";
            var email = i % 3 == 1 ? $"sales{Cell(i)}@example.com.cn" : string.Empty;
            var bank = string.Concat(Banks[i % Banks.Length], Cities[(i / 8) % Cities.Length].AsSpan(0, 2), "分行");
            var account = "6222" + i.ToString("D15", CultureInfo.InvariantCulture);
            var discount = i % 4 == 0 ? "0.95" : string.Empty;
            customers.WriteLine($"{code},{name}{Cell(i)},{name.Substring(2, 4)},{category},{region},{taxId},{grade},{Cell((i % 20) * 10_000)},{(i % 3 == 0 ? "\"2/10,n/30\"" : "n/60")},{developed},{deactivated},{contact},{phone},{address},{email},{bank},{account},{Settlements[i % Settlements.Length]},{discount},{Types[i % Types.Length]}");

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
