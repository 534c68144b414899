using System.IO;
using CustomerClassification.Customers;

namespace CustomerClassification.Tests.Customers;

public class MnemonicCodeTests
{
    [Theory]
    [InlineData("上海华联", "SHHL")]
    [InlineData("中国工商银行", "ZGGSYH")]
    [InlineData("重庆长安汽车", "CQCAQC")]
    [InlineData("厦门航空", "XMHK")]
    [InlineData("长沙银行", "CSYH")]
    [InlineData("单县食品厂", "SXSPC")]
    [InlineData("北京3M中国", "BJ3MZG")]
    [InlineData("ｉＢＭ（中国）有限公司", "IBMZGYXGS")]
    [InlineData("abc-12 上海", "ABC12SH")]
    [InlineData("！？…", "")]
    [InlineData("东莞", "DG")]
    [InlineData("西藏", "XZ")]
    [InlineData("蚌埠", "BB")]
    [InlineData("六安", "LA")]
    [InlineData("丽水", "LS")]
    [InlineData("番禺", "PY")]
    [InlineData("乐清", "YQ")]
    [InlineData("建行", "JH")]
    [InlineData("工行", "GH")]
    [InlineData("农行", "NH")]
    [InlineData("中行", "ZH")]
    [InlineData("交行", "JH")]
    [InlineData("银行行长", "YHHZ")]
    [InlineData("音乐学院", "YYXY")]
    [InlineData("上海市工商行政管理局", "SHSGSXZGLJ")]
    public void FromName_GivesUpperCasePinyinInitials(string name, string code) => Assert.Equal(code, MnemonicCode.FromName(name));

    // An administrative suffix followed by a place name whose first character is a polyphone: the place name wins over
    // the title the two characters also make (市长, 省长, 区长), which stays where no place name follows.
    [Theory]
    [InlineData("西安市长安区汽车配件厂", "XASCAQQCPJC")]
    [InlineData("苏州市长安路五金", "SZSCALWJ")]
    [InlineData("吉林省长春市", "JLSCCS")]
    [InlineData("长沙市长沙县", "CSSCSX")]
    [InlineData("重庆市长寿区", "CQSCSQ")]
    [InlineData("温州市乐清市", "WZSYQS")]
    [InlineData("市长热线", "SZRX")]
    [InlineData("区长办公室", "QZBGS")]
    [InlineData("银行长沙分行", "YHCSFH")]
    public void FromName_APlaceAfterAnAdministrativeSuffix_IsReadAsThePlace(string name, string code) => Assert.Equal(code, MnemonicCode.FromName(name));

    [Fact]
    public void FromName_LongName_IsCutAtMaxLength() =>
        Assert.Equal(MnemonicCode.MaxLength, MnemonicCode.FromName(new string('上', 100)).Length);

    [Fact]
    public void FromName_Null_Throws() => Assert.Throws<ArgumentNullException>(() => MnemonicCode.FromName(null!));

    [Fact]
    public void Table_CoversEveryGb2312Hanzi()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb2312 = System.Text.Encoding.GetEncoding("gb2312");
        var hanzi = new List<char>();
        for (var row = 0xB0; row <= 0xF7; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                var text = gb2312.GetString([(byte)row, (byte)cell]);
                if (text.Length == 1 && text[0] is >= '\u4E00' and <= '\u9FFF')
                {
                    hanzi.Add(text[0]);
                }
            }
        }

        Assert.Equal(6763, hanzi.Count);
        Assert.Equal(6763, PinyinTable.HanziCount);
        Assert.All(hanzi, h => Assert.InRange(PinyinTable.InitialOf(h), 'A', 'Z'));
        Assert.Equal('\0', PinyinTable.InitialOf('a'));
    }

    [Theory]
    [InlineData("SHHL", true)]
    [InlineData("A1", true)]
    [InlineData("shhl", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("SH HL", false)]
    public void IsWellFormed_AcceptsUpperCaseLettersAndDigits(string? text, bool wellFormed) => Assert.Equal(wellFormed, MnemonicCode.IsWellFormed(text));

    // A corpus of company names (tools/pinyin/corpus.mjs: city × trade × company form) read by pinyin-pro in context.
    [Fact]
    public void FromName_ReadsTheCorpusAsPinyinProDoes_AtLeast995PerMille()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Customers", "MnemonicCorpus.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToArray();
        var misses = rows.Where(r => MnemonicCode.FromName(r[0]) != r[1]).Select(r => $"{r[0]}: {MnemonicCode.FromName(r[0])}, pinyin-pro {r[1]}").ToArray();

        Assert.True(rows.Length >= 1000, $"{rows.Length} names");
        Assert.True(misses.Length * 1000 <= rows.Length * 5, $"{misses.Length} of {rows.Length} differ:\n" + string.Join("\n", misses));
    }
}
