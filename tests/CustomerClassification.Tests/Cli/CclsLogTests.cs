using System.IO;
using System.Text.Json;

namespace CustomerClassification.Tests.Cli;

// Issue #27 item 9: ccls log reads the change log by customer, category or period, as a table, JSON or a file.
[EnglishMessages]
public sealed class CclsLogTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ccls-log-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model => Path.Combine(_work.FullName, "model.json");

    private void ImportAndChange()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model, "--actor", "导入员").ExitCode);
        var edit = Path.Combine(_work.FullName, "edit.csv");
        File.WriteAllText(edit, "客户编码,信用额度,所属分类码\r\nC0001,5000,010103\r\n");
        var (exitCode, _, error) = Ccls.Run("import", "-m", Model, "--customers", edit, "--update", "--actor", "王会计");
        Assert.True(exitCode == 0, error);
    }

    private static JsonElement[] Json(params string[] args)
    {
        var (exitCode, output, error) = Ccls.Run([.. args, "--json"]);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("entries").EnumerateArray().ToArray();
    }

    [Fact]
    public void ACustomersLog_ListsItsChanges_OldestFirst_WithWhoAndWhat()
    {
        ImportAndChange();

        var entries = Json("log", "-m", Model, "--customer", "C0001");

        Assert.Equal(["CustomerAdded", "CustomerReclassified", "CustomerChanged"], entries.Select(e => e.GetProperty("operation").GetString()!).ToArray());
        Assert.True(entries[0].GetProperty("sequence").GetInt64() < entries[1].GetProperty("sequence").GetInt64());
        Assert.Equal(["导入员", "王会计", "王会计"], entries.Select(e => e.GetProperty("actor").GetString()!).ToArray());
        Assert.Equal(("creditLimit", "5000"), (entries[2].GetProperty("field").GetString(), entries[2].GetProperty("after").GetString()));
        var (_, table, _) = Ccls.Run("log", "-m", Model, "--customer", "C0001", "--lang", "zh");
        Assert.Contains("3 条变更", table, StringComparison.Ordinal);
        Assert.Contains("调整分类", table, StringComparison.Ordinal);
    }

    [Fact]
    public void ACategorysLog_HasItsOwnChanges_AndTheCustomersMovedInOrOut()
    {
        ImportAndChange();

        var into = Json("log", "-m", Model, "--category", "010103");
        var region = Json("log", "-m", Model, "--category", "0101", "--dimension", "地区分类");

        Assert.Contains(into, e => e.GetProperty("operation").GetString() == "CategoryAdded");
        Assert.Contains(into, e => e.GetProperty("operation").GetString() == "CustomerReclassified" && e.GetProperty("customer").GetString() == "C0001");
        Assert.Contains(Json("log", "-m", Model, "--category", "010102"), e => e.GetProperty("operation").GetString() == "CustomerReclassified");
        Assert.Equal("CategoryAdded", region[0].GetProperty("operation").GetString());
        Assert.Single(Json("log", "-m", Model, "--customer", "C0001", "--category", "010103"));
    }

    [Fact]
    public void APeriod_KeepsTheDaysGiven_AndAFileGetsTheSameEntries()
    {
        ImportAndChange();
        var all = Json("log", "-m", Model);
        var today = DateTimeOffset.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(all.Length, Json("log", "-m", Model, "--from", "2000-01-01", "--to", "9999-12-31").Length);
        Assert.Empty(Json("log", "-m", Model, "--to", "2000-01-01"));
        var csv = Path.Combine(_work.FullName, "log.csv");
        Assert.Equal(0, Ccls.Run("log", "-m", Model, "--from", today, "--out", csv).ExitCode);
        Assert.Equal(all.Length + 1, File.ReadAllLines(csv).Length);
        Assert.StartsWith("No.,Time,Actor,Change", File.ReadAllText(csv), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--customer", "NOPE", "no customer NOPE")]
    [InlineData("--category", "99", "no category 99")]
    [InlineData("--from", "2026-13-01", "is not a date")]
    [InlineData("--from", "0001-01-01", "1753-01-01")]
    [InlineData("--dimension", "nowhere", "nowhere")]
    public void BadFilters_AreBadUsage_NamingWhatIsWrong(string option, string value, string message)
    {
        ImportAndChange();

        var (exitCode, _, error) = Ccls.Run("log", "-m", Model, option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void APeriodBackwards_IsBadUsage()
    {
        ImportAndChange();

        var (exitCode, _, error) = Ccls.Run("log", "-m", Model, "--from", "2026-12-08", "--to", "2026-12-01");

        Assert.Equal(2, exitCode);
        Assert.Contains("before --from", error, StringComparison.Ordinal);
    }
}
