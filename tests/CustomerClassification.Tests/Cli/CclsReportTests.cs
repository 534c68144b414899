using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

/// <summary><c>ccls report</c> and the tables <c>aging</c> and <c>audit</c> write; the report is opened in a real browser where one is installed.</summary>
[EnglishMessages]
public sealed class CclsReportTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ccls-report-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model => Path.Combine(_work.FullName, "model.json");

    private static string Sample(string name) => Ccls.Sample(name);

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Ccls.Run(args);

    private string Report(string language = "zh", string? categoriesFile = null)
    {
        var import = Ccls.ImportSamples(Model, ["--rules", Sample("rules.json"), "--credit-policies", Sample("credit-policies.csv"), .. categoriesFile is null ? [] : new[] { "--categories", categoriesFile }]);
        Assert.True(import.ExitCode == 0, import.Error);
        var html = Path.Combine(_work.FullName, "report.html");
        var (exitCode, _, error) = Run("report", "--model", Model, "--open-items", Sample("open-items.csv"), "--stats", Sample("stats.csv"), "--out", html, "--lang", language);
        Assert.True(exitCode == 0, error);
        return html;
    }

    [Fact]
    public void TheReport_IsOneFile_WithEverySection_AndNothingFetched()
    {
        var html = File.ReadAllText(Report());

        foreach (var text in new[] { "<html lang=\"zh-Hans\">", "客户分类 — 40 个分类，301 个客户", "01 经销商 <span class=\"count\">(97)</span>", "账龄分析", "未到期", "数据检查", "疑似重名", "按规则自动分类", "逾期降级", "信用检查", "超出额度" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Count(html, "<svg "));
        Assert.True(Regex.Count(html, "<rect ") > 20);
        // Self-contained: no script, no stylesheet or image to fetch, no address but the SVG namespace.
        Assert.DoesNotMatch("<script|<link|<img|<iframe|src=|href=|url\\(|@import", html);
        Assert.DoesNotContain(Regex.Matches(html, "https?://[^\"]*"), m => m.Value != "http://www.w3.org/2000/svg");
    }

    [Fact]
    public void TextFromTheModel_IsShown_NeverObeyed()
    {
        var categories = Path.Combine(_work.FullName, "categories.csv");
        var sample = File.ReadAllText(Sample("categories.csv"), CustomerClassification.Spreadsheets.CustomerCsv.GB18030);
        File.WriteAllText(categories, sample + "05,<script>alert(1)</script>&公司\n", new UTF8Encoding(true));

        var html = File.ReadAllText(Report("en", categories));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("05 &lt;script&gt;alert(1)&lt;/script&gt;&amp;公司", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("model.json")]
    public void ABadOutput_IsBadUsage(string name)
    {
        Report();
        var before = File.ReadAllBytes(Model);

        var (exitCode, _, error) = Run("report", "--model", Model, "--out", Path.Combine(_work.FullName, name));

        Assert.Equal(2, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Model));
    }

    [Fact]
    public void AgingAndAudit_WriteWorkbooks()
    {
        Report();
        var aging = Path.Combine(_work.FullName, "aging.xlsx");
        var audit = Path.Combine(_work.FullName, "audit.csv");

        Assert.Equal(0, Run("aging", "--model", Model, "--open-items", Sample("open-items.csv"), "--out", aging).ExitCode);
        Assert.Equal(1, Run("audit", "--model", Model, "--open-items", Sample("open-items.csv"), "--out", audit, "--lang", "zh").ExitCode);
        Assert.Equal(2, Run("audit", "--model", Model, "--out", Model).ExitCode);

        using (var stream = File.OpenRead(aging))
        {
            var (records, problem) = CustomerClassification.Spreadsheets.WorkbookSource.Read(stream);
            Assert.Null(problem);
            Assert.Equal(["Code", "Name", "not due", "1-30", "31-60", "61-90", "91-180", "181-365", ">365", "Balance"], records![0].Cells);
            Assert.Equal(["", "(total)", "496492", "474410", "451737", "486218", "1457868", "2838042", "66983", "6271750"], records[^1].Cells.Select(c => c.Split('.')[0]));
        }

        var lines = File.ReadAllLines(audit);
        Assert.Equal("级别,问题,客户,维度,分类,说明,建议处理", lines[0]);
        Assert.Equal(9, lines.Length);
    }

    [SkippableFact]
    public void TheReport_RendersInChromium_WithoutConsoleErrors()
    {
        var chromium = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null, "No chromium on this machine: install Debian's chromium package (apt-get install chromium), as .ci/run does, to run this test.");
        var html = Report();
        var png = Path.Combine(_work.FullName, "report.png");

        var start = new ProcessStartInfo(chromium!)
        {
            ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--window-size=1280,2000", "--screenshot=" + png, new Uri(html).AbsoluteUri },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "chromium did not finish in 60 s");

        // The page's own console errors reach chromium's log as CONSOLE lines; the browser's complaints about D-Bus are not the page's.
        Assert.DoesNotContain(stderr.Result.Split('\n'), line => line.Contains("CONSOLE", StringComparison.Ordinal));
        Assert.True(File.Exists(png), stderr.Result);
        Assert.True(DistinctColours(File.ReadAllBytes(png)) > 10, "the screenshot is blank");
    }

    // The number of distinct pixel values in the first 2,000 rows of an 8-bit RGB(A) PNG, read without an image library.
    private static int DistinctColours(byte[] png)
    {
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var channels = png[25] == 6 ? 4 : 3;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += length + 12;
        }

        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var seen = new HashSet<int>();
        var row = new byte[1 + (width * channels)];
        // Filter bytes aside, a varied row holds varied bytes: a blank page inflates to rows of one value.
        for (var y = 0; y < 2000 && inflated.ReadAtLeast(row, row.Length, throwOnEndOfStream: false) == row.Length; y++)
        {
            for (var x = 1; x + 2 < row.Length; x += channels)
            {
                seen.Add((row[x] << 16) | (row[x + 1] << 8) | row[x + 2]);
            }
        }

        return seen.Count;
    }
}
