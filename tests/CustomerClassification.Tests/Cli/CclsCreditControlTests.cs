using System.IO;
using System.Text;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #24 item 1 through ccls: a T3 customer with a 信用额度 of 0 is not controlled, and check-credit says so.</summary>
[EnglishMessages]
public sealed class CclsCreditControlTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("control-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void AT3CustomerWithALimitOf0_IsApproved_AndTheCheckSaysItIsNotControlled()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var csv = Path.Combine(_work.FullName, "t3.csv");
        File.WriteAllText(csv, "客户编码,客户名称,所属分类码,信用额度\nC001,上海华联,01,0\nC002,苏州新星,01,1000\n", Encoding.UTF8);
        var categories = Path.Combine(_work.FullName, "categories.csv");
        File.WriteAllText(categories, "类别编码,类别名称\n01,经销商\n", Encoding.UTF8);
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", csv).ExitCode);

        var free = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "50000", "--no-receivables");
        var limited = Ccls.Run("check-credit", "-m", model, "--customer", "C002", "--amount", "50000", "--no-receivables");
        var json = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "50000", "--no-receivables", "--json");

        Assert.Contains("credit not controlled (控制信用额度: no, from customer)", free.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("OverLimit", free.Output, StringComparison.Ordinal);
        Assert.Contains("\"creditControlled\": false", json.Output, StringComparison.Ordinal);
        Assert.NotEqual(free.ExitCode, limited.ExitCode);
    }
}
