using System.IO;
using System.Text;
using System.Text.Json;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #25 item 7: ccls analyze on the samples' two years of sales, and on small hand-made files.</summary>
[EnglishMessages]
public sealed class CclsAnalyzeTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("analyze-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model => Path.Combine(_work.FullName, "model.json");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private (int ExitCode, string Output, string Error) Analyze(params string[] more) =>
        Ccls.Run(["analyze", "-m", Model, "--sales", Ccls.Sample("sales.csv"), "--from", "2026-01-01", "--to", "2026-06-30", .. more]);

    [Fact]
    public void Analyze_TheSamples_ByCategory_WithTheReceivables()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

        var (exitCode, output, error) = Analyze("--level", "1", "--open-items", Ccls.Sample("open-items.csv"), "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(new[] { "01 经销商", "02 零售客户", "03 批发客户", "04 其他", "(unclassified)", "(total)" }, rows.Select(r => r.GetProperty("category").GetString()));
        Assert.Equal("in-force", json.RootElement.GetProperty("history").GetString());
        Assert.Equal("2025-07-01", json.RootElement.GetProperty("previousFrom").GetString());
        var total = rows[^1];
        Assert.Equal(rows[..4].Sum(r => r.GetProperty("netSales").GetDecimal()), total.GetProperty("netSales").GetDecimal());
        Assert.Equal(301, total.GetProperty("customers").GetInt32());
        Assert.True(total.GetProperty("dso").GetDecimal() > 0m);
    }

    [Fact]
    public void Analyze_Metrics_CrossTab_AndConversion_OnTheSamples()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var xlsx = Path.Combine(_work.FullName, "abc.xlsx");

        var abc = Analyze("--abc", "--rfm", "--out", xlsx);
        var churn = Analyze("--churn", "--json");
        var cross = Analyze("--cross", "region", "--level", "1");
        var conversion = Analyze("--conversion", "--category", "0401");

        Assert.Equal((0, 0, 0, 0), (abc.ExitCode, churn.ExitCode, cross.ExitCode, conversion.ExitCode));
        Assert.Contains("Customer metrics over the sales from 2026-01-01 to 2026-06-30", abc.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
        using var json = JsonDocument.Parse(churn.Output);
        Assert.All(json.RootElement.GetProperty("customers").EnumerateArray(), c => Assert.True(c.GetProperty("churnRisk").GetBoolean()));
        Assert.Contains("Net sales by category and region from 2026-01-01 to 2026-06-30", cross.Output, StringComparison.Ordinal);
        // Customers imported today count from their 发展日期; those without one did not exist yet on 2026-01-01.
        Assert.Matches(@"Customers of 0401 on 2026-01-01: [1-9]\d*;", conversion.Output);
    }

    [Fact]
    public void Analyze_HandMadeFiles_CountsReturnsAndUnknownCustomers()
    {
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n02,零售\n");
        var customers = Write("customers.csv", "客户编码,客户名称,所属分类码\nC001,上海华联,01\nC002,苏州新星,02\n");
        var sales = Write("sales.csv", "customerCode,date,documentNumber,amount,cost,kind\nC001,2026-03-01,S1,1000,600,sale\nC001,2026-03-05,R1,200,120,退货\nC002,2026-03-02,S2,500,,\nC999,2026-03-03,S3,50,,\n");
        Assert.Equal(0, Ccls.Run("import", "-m", Model, "--scheme", "2", "--categories", categories, "--customers", customers).ExitCode);

        var (exitCode, output, error) = Ccls.Run("analyze", "-m", Model, "--sales", sales, "--from", "2026-03-01", "--to", "2026-03-31", "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains("1 customer codes of the sales file are not in the model", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("category").GetString()!);
        Assert.Equal(800m, rows["01 经销商"].GetProperty("netSales").GetDecimal());
        Assert.Equal(320m, rows["01 经销商"].GetProperty("grossProfit").GetDecimal());
        Assert.Equal(JsonValueKind.Null, rows["02 零售"].GetProperty("grossProfit").ValueKind);
        Assert.Equal(50m, rows["Not in the archive"].GetProperty("netSales").GetDecimal());
        Assert.Equal(1_350m, rows["(total)"].GetProperty("netSales").GetDecimal());
    }

    [Fact]
    public void Classify_WithSales_CompilesTheRulesWithMetrics()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var rules = Write("metric-rules.json", "{\"schemaVersion\":1,\"rules\":[{\"name\":\"流失预警\",\"when\":\"流失风险 = true 且 ABC分类 <> 'C'\",\"then\":{\"tag\":\"流失\"}}]}");

        var with = Ccls.Run("classify", "-m", Model, "--rules", rules, "--sales", Ccls.Sample("sales.csv"), "--as-of", "2026-06-30", "--json");
        var without = Ccls.Run("classify", "-m", Model, "--rules", rules, "--as-of", "2026-06-30");

        Assert.Equal(0, with.ExitCode);
        using var json = JsonDocument.Parse(with.Output);
        Assert.Contains("流失", with.Output, StringComparison.Ordinal);
        Assert.Equal(2, without.ExitCode);
        Assert.Contains("is a portfolio metric (churnRisk)", without.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TheSamples_ExplainsOne_AndAppliesGradesAndLimits()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        string[] inputs = ["--scorecard", Ccls.Sample("scorecard.json"), "--stats", Ccls.Sample("stats.csv"), "--sales", Ccls.Sample("sales.csv"), "--as-of", "2026-06-30"];

        var one = Ccls.Run(["score", "-m", Model, .. inputs, "--customer", "C0001"]);
        var applied = Ccls.Run(["score", "-m", Model, .. inputs, "--apply", "--actor", "张三", "--json"]);
        var log = Ccls.Run("log", "-m", Model, "--customer", "C0001", "--json");
        var again = Ccls.Run(["score", "-m", Model, .. inputs, "--apply", "--json"]);
        var withoutSales = Ccls.Run("score", "-m", Model, "--scorecard", Ccls.Sample("scorecard.json"));

        Assert.Equal((0, 0, 0, 2), (one.ExitCode, applied.ExitCode, again.ExitCode, withoutSales.ExitCode));
        Assert.StartsWith("C0001 on 经销商信用评分卡: score 60, grade A, suggested limit 92,499", one.Output, StringComparison.Ordinal);
        Assert.Contains("月均采购额 = 30,833 in [20,000, 50,000): 25 points", one.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(applied.Output);
        Assert.True(json.RootElement.GetProperty("applied").GetInt32() > 100);
        Assert.Contains("经销商信用评分卡", log.Output, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(again.Output).RootElement.GetProperty("applied").GetInt32());
        Assert.Contains("portfolio metric (frequencyScore)", withoutSales.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithSales_AddsTheBarsTheParetoChartAndTheShadedCrossTab()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var html = Path.Combine(_work.FullName, "report.html");

        var (exitCode, _, error) = Ccls.Run("report", "-m", Model, "--sales", Ccls.Sample("sales.csv"), "--from", "2026-01-01", "--as-of", "2026-06-30", "--out", html);
        var page = File.ReadAllText(html);
        var spelledTo = Ccls.Run("report", "-m", Model, "--sales", Ccls.Sample("sales.csv"), "--from", "2026-01-01", "--to", "2026-06-30", "--out", html);
        var backwards = Ccls.Run("report", "-m", Model, "--sales", Ccls.Sample("sales.csv"), "--from", "2026-07-01", "--as-of", "2026-06-30", "--out", html);

        Assert.Equal((0, 0, 2), (exitCode, spelledTo.ExitCode, backwards.ExitCode));
        Assert.Empty(error);
        Assert.Contains("<h2>Sales by category, 2026-01-01 to 2026-06-30</h2>", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("<h2>Sales by category, 2026-01-01 to 2026-06-30</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Customers by sales (Pareto, ABC)</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<polyline", page, StringComparison.Ordinal);
        Assert.Contains("<h2>Net sales by category and region</h2>", page, StringComparison.Ordinal);
        Assert.Contains("background:rgba(30,136,229,0.85)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("客户编码,单据日期,单据号,金额\nC001,2026-13-01,S1,100\n", "2026-13-01")]
    [InlineData("客户编码,单据日期,单据号,金额\nC001,2026-03-01,S1,-100\n", "negative")]
    [InlineData("客户编码,单据日期,单据号,金额,类型\nC001,2026-03-01,S1,100,赠品\n", "赠品")]
    [InlineData("客户编码,单据号,金额\nC001,S1,100\n", "单据日期")]
    public void Analyze_BadSalesFiles_AreRefusedWithTheirProblem(string text, string named)
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

        var (exitCode, _, error) = Ccls.Run("analyze", "-m", Model, "--sales", Write("bad.csv", text));

        Assert.Equal(2, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2026-07-01", "--to", "2026-01-01")]
    [InlineData("--history", "past")]
    [InlineData("--by", "行业")]
    [InlineData("--level", "0")]
    [InlineData("--conversion")]
    [InlineData("--conversion", "--category", "99")]
    [InlineData("--out", "table.txt")]
    public void Analyze_BadOptions_ExitTwo(params string[] options)
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

        var (exitCode, _, error) = Ccls.Run(["analyze", "-m", Model, "--sales", Ccls.Sample("sales.csv"), .. options]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ccls: ", error, StringComparison.Ordinal);
    }
}
