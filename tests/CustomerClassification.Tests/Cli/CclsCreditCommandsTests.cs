using System.IO;
using System.Text;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #24 items 1, 3 and 8 through ccls: holds, temporary limits, open orders and due dates from terms.</summary>
[EnglishMessages]
public sealed class CclsCreditCommandsTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("credit-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var csv = Write("t3.csv", "客户编码,客户名称,所属分类码,信用额度,付款条件\nC001,上海华联,01,100000,月结30天\n");
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", csv).ExitCode);
        return model;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    [Fact]
    public void AHold_BlocksTheCheck_UntilReleased_AndBothAreLogged()
    {
        var model = Model();

        var hold = Ccls.Run("credit", "hold", "-m", model, "--customer", "C001", "--reason-code", "R01", "--text", "逾期未付款");
        var held = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "1", "--no-receivables");
        var release = Ccls.Run("credit", "release", "-m", model, "--customer", "C001", "--reason", "已回款");
        var released = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "1", "--no-receivables");
        var log = Ccls.Run("log", "-m", model);

        Assert.Equal((0, 1, 0, 0), (hold.ExitCode, held.ExitCode, release.ExitCode, released.ExitCode));
        Assert.Contains("Credit of C001 on hold (R01).", hold.Output, StringComparison.Ordinal);
        Assert.Contains("on credit hold (R01): 逾期未付款", held.Output, StringComparison.Ordinal);
        Assert.Contains("credit held", log.Output, StringComparison.Ordinal);
        Assert.Contains("credit released", log.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemporaryLimit_CountsOnlyWithinItsDays()
    {
        var model = Model();

        var granted = Ccls.Run("credit", "temp-limit", "-m", model, "--customer", "C001", "--amount", "10万", "--from", "2026-12-01", "--to", "2026-12-31");
        var within = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "150000", "--no-receivables", "--as-of", "2026-12-31");
        var after = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "150000", "--no-receivables", "--as-of", "2027-01-01");

        Assert.Equal((0, 0, 1), (granted.ExitCode, within.ExitCode, after.ExitCode));
        Assert.Contains("plus a temporary limit (临时额度) of 100,000.00 in force today", within.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_IsRefused_AndTheModelIsUnchanged()
    {
        var model = Model();
        var before = File.ReadAllBytes(model);

        var reversed = Ccls.Run("credit", "temp-limit", "-m", model, "--customer", "C001", "--amount", "1000", "--from", "2026-12-31", "--to", "2026-12-01");
        var negative = Ccls.Run("credit", "temp-limit", "-m", model, "--customer", "C001", "--amount", "-5", "--from", "2026-12-01", "--to", "2026-12-31");
        var blank = Ccls.Run("credit", "hold", "-m", model, "--customer", "C001", "--reason-code", " ");
        var unknown = Ccls.Run("credit", "hold", "-m", model, "--customer", "C999", "--reason-code", "R01");
        var notHeld = Ccls.Run("credit", "release", "-m", model, "--customer", "C001");
        var noReason = Ccls.Run("credit", "hold", "-m", model, "--customer", "C001");

        Assert.Equal((1, 2, 2, 1, 1, 2), (reversed.ExitCode, negative.ExitCode, blank.ExitCode, unknown.ExitCode, notHeld.ExitCode, noReason.ExitCode));
        Assert.Contains("starts 2026-12-31, after it ends 2026-12-01", reversed.Error, StringComparison.Ordinal);
        Assert.Contains("--reason-code", blank.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void OpenOrders_AndOpenItemsWithoutDueDates_AreRead()
    {
        var model = Model();
        // Due dates from 月结30天: an invoice of 2026-10-15 is due 2026-11-30, so 30 days overdue on 2026-12-30.
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期\nC001,INV-1,60000,2026-10-15\n");
        var orders = Write("orders.csv", "客户编码,单据号,金额,单据日期,类型\nC001,SO-1,30000,2026-12-01,订单\nC001,DN-1,5000,2026-12-02,发货\n");
        var badOrders = Write("bad.csv", "客户编码,单据号,金额,单据日期,类型\nC001,SO-1,30000,2026-12-01,合同\n");

        var json = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "1000", "--open-items", items, "--open-orders", orders, "--as-of", "2026-12-30", "--json");
        var bad = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "1000", "--open-items", items, "--open-orders", badOrders);

        Assert.Contains("\"exposure\": 95000", json.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'合同' is not a document kind", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupFromT3Columns_IsCheckedAgainstTheHeadOfficesLimit_AndRollsUpByGroup()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var csv = Write("t3.csv", "客户编码,客户名称,所属分类码,信用额度,客户总公司编码,开票单位编码\nM1,华联苏州,01,50000,HQ,HQ\nM2,华联杭州,01,50000,HQ,\nHQ,华联集团,01,60000,,\n");
        var categories = Write("categories.csv", "类别编码,类别名称\n01,经销商\n");
        var items = Write("items.csv", "客户编码,单据号,金额,单据日期,到期日期\nM1,A1,20000,2026-11-01,2026-12-31\nM2,A2,30000,2026-11-01,2026-12-31\nHQ,A3,5000,2026-11-01,2026-12-31\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--scheme", "2", "--categories", categories, "--customers", csv).ExitCode);

        var check = Ccls.Run("check-credit", "-m", model, "--customer", "M1", "--amount", "6000", "--open-items", items, "--as-of", "2026-12-01");
        var aging = Ccls.Run("aging", "-m", model, "--open-items", items, "--as-of", "2026-12-01", "--by", "group");
        var broken = Ccls.Run("import", "-m", model, "--customers", Write("bad.csv", "客户编码,客户名称,所属分类码,客户总公司编码\nM3,华联宁波,01,NOPE\n"));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("Group of head office HQ: exposure 55,000.00 plus the order 6,000.00", check.Output, StringComparison.Ordinal);
        Assert.Contains("HQ 华联集团", aging.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("M1 华联苏州", aging.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("the head office (客户总公司) 'NOPE' is not in the archive", broken.Output + broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproveAs_LetsAnExcessThrough_OnlyAtTheLevelRequired_AndRecordsIt()
    {
        var model = Model();
        var profiles = Write("approvers.csv", "分类编码,信用审批人\n01,张经理:5000;李总:50000\n");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--profiles", profiles).ExitCode);

        var blocked = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "110000", "--no-receivables");
        var tooLow = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "110000", "--no-receivables", "--approve-as", "张经理");
        var approved = Ccls.Run("check-credit", "-m", model, "--customer", "C001", "--amount", "110000", "--no-receivables", "--approve-as", "李总", "--json");
        var log = Ccls.Run("log", "-m", model);

        Assert.Equal((1, 1, 0), (blocked.ExitCode, tooLow.ExitCode, approved.ExitCode));
        Assert.Contains("approval needed: level 2 (李总) for an excess of 10,000.00", blocked.Output, StringComparison.Ordinal);
        Assert.Contains("\"approvedBy\": \"李总\"", approved.Output, StringComparison.Ordinal);
        Assert.StartsWith("{", approved.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("credit approved", log.Output, StringComparison.Ordinal);
    }
}
