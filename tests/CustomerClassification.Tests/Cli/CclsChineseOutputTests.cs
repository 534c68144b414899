using System.IO;
using System.Text.RegularExpressions;

namespace CustomerClassification.Tests.Cli;

// Issue #27 item 7: in --lang zh every command speaks Chinese; no English word is left outside codes, names, file
// names and options the user typed, and the formats' own names (JSON, CSV).
public sealed class CclsChineseOutputTests : IDisposable
{
    private static readonly Regex Word = new("[A-Za-z][A-Za-z'-]{2,}", RegexOptions.None, TimeSpan.FromSeconds(1));

    // What may stay in Latin letters: the tool's name, file names and extensions, option names, encodings, codes,
    // grades, and the system user who made the changes.
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "ccls", "json", "csv", "xlsx", "html", "model", "customers", "categories", "regions", "rules", "stats", "open-items",
        "credit-policies", "scorecard", "sales", "gb18030", "utf-", "bad", "yyyy-MM-dd", "log", "AAA", "ABC", "RFM", Environment.UserName,
    };

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ccls-zh-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model => Path.Combine(_work.FullName, "model.json");

    private static string Sample(string name) => Ccls.Sample(name);

    internal static IEnumerable<string> English(string text) =>
        text.Split('\n')
            .Select(line => Regex.Replace(line, @"--[a-z-]+|\S+\.(json|csv|xlsx|html)\b|\b[A-Z]{1,3}\d[\w-]*", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1)))
            .SelectMany(line => Word.Matches(line).Select(m => m.Value))
            .Where(w => !Allowed.Contains(w))
            .Distinct(StringComparer.Ordinal);

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "tree" },
        new[] { "tree", "--dimension", "region" },
        new[] { "audit", "--open-items", "{samples}/open-items.csv" },
        new[] { "classify", "--stats", "{samples}/stats.csv", "--as-of", "2026-06-30" },
        new[] { "classify", "--stats", "{samples}/stats.csv", "--as-of", "2026-06-30", "--all" },
        new[] { "explain", "--stats", "{samples}/stats.csv", "--as-of", "2026-06-30", "--customer", "C0291" },
        new[] { "explain", "--stats", "{samples}/stats.csv", "--as-of", "2026-06-30", "--customer", "C0002" },
        new[] { "aging", "--open-items", "{samples}/open-items.csv", "--as-of", "2026-06-30" },
        new[] { "aging", "--open-items", "{samples}/open-items.csv", "--as-of", "2026-06-30", "--by", "region" },
        new[] { "check-credit", "--customer", "C0003", "--amount", "3万", "--open-items", "{samples}/open-items.csv", "--as-of", "2026-06-30" },
        new[] { "check-credit", "--customer", "C0021", "--amount", "120,000", "--open-items", "{samples}/open-items.csv", "--as-of", "2026-06-30" },
        new[] { "check-credit", "--customer", "C0001", "--amount", "1000" },
        new[] { "log", "--customer", "C0001" },
        new[] { "import", "--customers", "{samples}/customers.csv", "--upsert", "--actor", " " },
        new[] { "import", "--customers", "{work}/bad.csv" },
        new[] { "classify", "--stats", "{samples}/stats.csv", "--as-of", "2026-06-30", "--apply" },
        new[] { "analyze", "--sales", "{samples}/sales.csv", "--from", "2026-01-01", "--to", "2026-06-30", "--open-items", "{samples}/open-items.csv" },
        new[] { "analyze", "--sales", "{samples}/sales.csv", "--from", "2025-07-01", "--to", "2026-06-30", "--abc", "--rfm", "--churn" },
        new[] { "analyze", "--sales", "{samples}/sales.csv", "--from", "2026-01-01", "--to", "2026-06-30", "--cross", "地区分类" },
        new[] { "analyze", "--sales", "{samples}/sales.csv", "--from", "2026-01-01", "--to", "2026-06-30", "--conversion", "--category", "0401" },
        new[] { "score", "--scorecard", "{samples}/scorecard.json", "--stats", "{samples}/stats.csv", "--sales", "{samples}/sales.csv", "--as-of", "2026-06-30" },
        new[] { "score", "--scorecard", "{samples}/scorecard.json", "--stats", "{samples}/stats.csv", "--sales", "{samples}/sales.csv", "--as-of", "2026-06-30", "--customer", "C0001" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_InChinese_LeavesNoEnglishWord(string[] command)
    {
        Assert.Equal(0, Ccls.ImportSamples(Model, "--rules", Sample("rules.json"), "--credit-policies", Sample("credit-policies.csv")).ExitCode);
        File.WriteAllText(Path.Combine(_work.FullName, "bad.csv"), "客户编码,客户名称,所属分类码\r\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"X{i},坏{i},99\r\n")));
        var args = command.Select(a => a.Replace("{samples}", Path.GetDirectoryName(Sample("rules.json"))!, StringComparison.Ordinal).Replace("{work}", _work.FullName, StringComparison.Ordinal)).ToArray();

        var (_, output, error) = Ccls.Run([args[0], "-m", Model, .. args[1..], "--lang", "zh"]);

        Assert.Empty(English(output + "\n" + error));
    }

    [Fact]
    public void TheDemo_InChinese_LeavesNoEnglishWord()
    {
        var (_, output, error) = Ccls.Run("demo", "--lang", "zh");

        Assert.Empty(English(output + "\n" + error));
    }
}
