using System.IO;
using System.Text;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #24 items 6 and 8: ccls provision with the profiles' 计提比例, imported as a table and saved with the model.</summary>
[EnglishMessages]
public sealed class CclsProvisionTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("provision-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    [Fact]
    public void Provision_UsesTheImportedRates_ByCategory_AndWritesTheTable()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n02,零售\n");
        var customers = Write("customers.csv", "客户编码,客户名称,所属分类码\nC001,上海华联,01\nC002,苏州新星,02\nC003,杭州预收,02\n");
        var profiles = Write("profiles.csv", "分类编码,计提比例\n*,\"0%,5%,10%,30%,50%,80%,100%\"\n02,\"0%,0%,0%,0%,0%,0%,50%\"\n");
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期,到期日期\nC001,A1,10000,2026-10-01,2026-11-15\nC002,A2,8000,2025-01-01,2025-02-01\nC003,A3,1000,2025-01-01,2025-02-01\nC003,R1,-3000,2026-11-01,2026-11-01\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", customers, "--profiles", profiles).ExitCode);
        var xlsx = Path.Combine(_work.FullName, "provision.xlsx");

        var text = Ccls.Run("provision", "-m", model, "--open-items", items, "--as-of", "2026-12-01", "--out", xlsx);
        var json = Ccls.Run("provision", "-m", model, "--open-items", items, "--as-of", "2026-12-01", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Bad-debt provision as of 2026-12-01 by category, 4 open items:", text.Output, StringComparison.Ordinal);
        // C001: 10,000 16 days overdue at 5 % = 500; C002: 8,000 over a year at 50 % = 4,000; C003 owes nothing (预收).
        Assert.Contains("\"provision\": 4500", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"ratesFrom\": \"category 02\"", json.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
    }

    [Fact]
    public void Provision_WithoutRates_SaysSo_AndBadRatesAreRefusedOnImport()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n");
        var customers = Write("customers.csv", "客户编码,客户名称,所属分类码\nC001,上海华联,01\n");
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期,到期日期\nC001,A1,10000,2026-10-01,2026-11-15\n");
        var badRates = Write("bad.csv", "分类编码,计提比例\n01,\"5%,abc\"\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", customers).ExitCode);
        var before = File.ReadAllBytes(model);

        var none = Ccls.Run("provision", "-m", model, "--open-items", items, "--as-of", "2026-12-01");
        var bad = Ccls.Run("import", "-m", model, "--profiles", badRates);

        Assert.Equal(0, none.ExitCode);
        Assert.Contains("no category profile holds provision rates", none.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("'abc' in '5%,abc' is not a rate", bad.Output + bad.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }
}
