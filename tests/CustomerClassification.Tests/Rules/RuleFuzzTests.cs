using System.Text;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

/// <summary>Rule text is untrusted: whatever it is, compiling it either works or throws <see cref="RuleSyntaxException"/>.</summary>
public class RuleFuzzTests
{
    private static readonly string[] Seeds =
    [
        SampleRules.DealerRule,
        "分类 under '02' and 月均采购额 >= 10万 and 订单数 >= 12",
        "合作年限 < 1 或 合作年限 is empty 或 最长逾期天数 > 90",
        "not (grade in ('A', 'AA') or has tag '观察') and lastOrderOn < 2024-01-01",
        "name contains '公司' and region not in ('0101', '0201') and 注册资本 is not empty",
        "（信用额度＞＝1.2亿）且非 已停用 = true",
    ];

    private static readonly string[] Vocabulary =
    [
        "years", "合作年限", "monthlyAverage", "name", "grade", "category", "region", "行业", "类型", "注册资本", "签约日期", "tags", "yaers", "Customer", "System",
        "and", "or", "not", "in", "under", "contains", "startswith", "has", "tag", "is", "empty", "true", "false", "且", "或", "非",
        "=", "<>", "!=", "<", "<=", ">", ">=", "==", "≥", "＞＝", "(", ")", "（", "）", ",", "，",
        "'x'", "'01'", "‘经销商’", "\"y\"", "'0102'", "5万", "1.2亿", "2024-01-01", "2024-02-30", "-3", "99999999999999999999999999999", "0.5",
        ".", ";", "[", "]", "{", "}", "@", "#", "$", "\\", "'", "\"", "=>", "/", "*", "+", "-", "`", "\n", "\t", "\0", "😀", "\uD800", "GetType()", "new",
    ];

    private const string Noise = "()'\"‘’“”.,;=<>!-_ 0123456789aZ且或非经销万亿\n\t\u3000＞（）\uD83D\uDE00";

    [Fact]
    public void RandomAndMutatedRuleTexts_CompileOrThrowRuleSyntaxException()
    {
        var random = new Random(20251123);
        var snapshot = SampleRules.Archive().Snapshot;
        var action = RuleAction.AddTag("观察");
        var profile = SampleRules.Profile(SampleRules.Dealer("C001", "华联", new LocalDate(2019, 3, 1)));
        var (compiled, refused) = (0, 0);
        var texts = TestScale.Of(100_000);

        for (var i = 0; i < texts; i++)
        {
            var text = i % 2 == 0 ? TokenSoup(random) : Mutated(random, Seeds[random.Next(Seeds.Length)]);
            try
            {
                var set = RuleSet.Compile([new ClassificationRule("fuzz", text, action)], snapshot);
                set.Compiled[0].Matches(profile);
                compiled++;
            }
            catch (RuleSyntaxException)
            {
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"Text #{i} {Escaped(text)} threw {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Equal(texts, compiled + refused);
        Assert.InRange(compiled, texts / 100, texts - (texts / 100));
    }

    private static string TokenSoup(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 30); n > 0; n--)
        {
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(random.Next(4) == 0 ? string.Empty : " ");
        }

        return text.ToString();
    }

    private static string Mutated(Random random, string seed)
    {
        var text = new StringBuilder(seed);
        for (var n = random.Next(1, 4); n > 0 && text.Length > 0; n--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    text[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    var length = random.Next(1, Math.Min(8, text.Length - at) + 1);
                    text.Insert(random.Next(text.Length), text.ToString(at, length));
                    break;
            }
        }

        return text.ToString();
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
