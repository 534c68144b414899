using System.IO;
using System.Text;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #24 items 7 and 8 through ccls: dunning by the categories' 催款策略, and a statement of account.</summary>
[EnglishMessages]
public sealed class CclsCollectionsTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("collect-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private string Model()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n02,零售\n");
        var customers = Write("customers.csv", "客户编码,客户名称,所属分类码\nC001,上海华联,01\nC002,苏州新星,02\nC003,杭州万家,01\n");
        var profiles = Write("profiles.csv", "分类编码,催款策略\n01,1:7:提醒付款:邮件;2:30:催款函:电话;3:60:律师函:快递\n02,1:15:电话提醒:电话\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", customers, "--profiles", profiles).ExitCode);
        return model;
    }

    [Fact]
    public void Dunning_ListsEachCustomerAtItsLevel_RaisedOneLevelAtATime()
    {
        var model = Model();
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期,到期日期\nC001,A1,10000,2026-08-01,2026-09-30\nC002,B1,3000,2026-10-01,2026-11-10\nC003,C1,500,2026-11-01,2026-11-28\n");
        var reminders = Write("reminders.csv", "客户编码,级别,日期\nC001,1,2026-10-10\n");
        var xlsx = Path.Combine(_work.FullName, "dunning.xlsx");

        var text = Ccls.Run("dunning", "-m", model, "--open-items", items, "--reminders", reminders, "--as-of", "2026-12-01", "--out", xlsx);
        var json = Ccls.Run("dunning", "-m", model, "--open-items", items, "--reminders", reminders, "--as-of", "2026-12-01", "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Dunning as of 2026-12-01: 2 customers to remind, from 3 open items:", text.Output, StringComparison.Ordinal);
        // C001 is 62 days overdue (level 3 due) but was sent level 1: level 2 now. C002 16 days: its retail policy's level 1. C003 3 days: nothing yet.
        Assert.Contains("2:30:催款函:电话", text.Output, StringComparison.Ordinal);
        Assert.Contains("1:15:电话提醒:电话", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("C003", text.Output, StringComparison.Ordinal);
        Assert.Contains("\"dueLevel\": 3", json.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(xlsx).Length > 0);
    }

    [Fact]
    public void Statement_IsShown_AndWrittenAsHtml_WithEveryTextEncoded()
    {
        var model = Model();
        var ledger = Write("ledger.csv", "客户编码,单据号,单据日期,金额,摘要\nC001,INV-1,2026-10-20,1000,\nC001,INV-2,2026-11-05,2500,<b>十一月</b>\nC001,RC-1,2026-11-20,-1000,收款\nC002,X,2026-11-05,99,\n");
        var html = Path.Combine(_work.FullName, "statement.html");

        var text = Ccls.Run("statement", "-m", model, "--customer", "C001", "--items", ledger, "--from", "2026-11-01", "--to", "2026-11-30", "--out", html);
        var json = Ccls.Run("statement", "-m", model, "--customer", "C001", "--items", ledger, "--from", "2026-11-01", "--to", "2026-11-30", "--json");
        var page = File.ReadAllText(html);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Statement of account C001 上海华联, 2026-11-01 to 2026-11-30", text.Output, StringComparison.Ordinal);
        Assert.Contains("\"openingBalance\": 1000", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"closingBalance\": 2500", json.Output, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;十一月&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_IsRefused_WithTheOptionOrRowNamed()
    {
        var model = Model();
        var ledger = Write("ledger.csv", "客户编码,单据号,单据日期,金额\nC001,INV-1,2026-10-20,1000\n");
        var badLedger = Write("bad.csv", "客户编码,单据号,单据日期,金额\nC001,INV-1,2026-13-20,1000\n");
        var badReminders = Write("rem.csv", "客户编码,级别,日期\nC001,0,2026-10-10\n");
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期,到期日期\nC001,A1,10000,2026-08-01,2026-09-30\n");

        var reversed = Ccls.Run("statement", "-m", model, "--customer", "C001", "--items", ledger, "--from", "2026-11-30", "--to", "2026-11-01");
        var unknown = Ccls.Run("statement", "-m", model, "--customer", "C999", "--items", ledger, "--from", "2026-11-01", "--to", "2026-11-30");
        var bad = Ccls.Run("statement", "-m", model, "--customer", "C001", "--items", badLedger, "--from", "2026-11-01", "--to", "2026-11-30");
        var level0 = Ccls.Run("dunning", "-m", model, "--open-items", items, "--reminders", badReminders);
        var badPolicy = Ccls.Run("import", "-m", model, "--profiles", Write("p.csv", "分类编码,催款策略\n01,2:7:提醒\n"));

        Assert.Equal((2, 2, 2, 2), (reversed.ExitCode, unknown.ExitCode, bad.ExitCode, level0.ExitCode));
        Assert.Contains("after it ends", reversed.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badPolicy.ExitCode);
    }
}
