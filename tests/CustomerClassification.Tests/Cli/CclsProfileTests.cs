using System.IO;
using System.Text;
using System.Text.Json;

namespace CustomerClassification.Tests.Cli;

/// <summary>ccls on category profiles and a category's lifecycle: import --profiles, show, tree --profiles, export, category and settings commands.</summary>
[EnglishMessages]
public sealed class CclsProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ccls-profiles").FullName;

    public CclsProfileTests() => Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

    private string Model => Path.Combine(_folder, "model.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private string Profiles(string text = "分类编码,付款条件,税率,专管业务员,预付款\n01,月结30天,13%,张三,否\n0101,,0.09,,\n*,,,,\n") => File("profiles.csv", text);

    [Fact]
    public void ImportedProfiles_AreShownWithTheirSource()
    {
        Assert.Equal(0, Ccls.Run("import", "--model", Model, "--profiles", Profiles(), "--actor", "王会计").ExitCode);

        var (exitCode, output, error) = Ccls.Run("show", "--model", Model, "--customer", "C0000");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Matches(@"paymentTerms\s+月结30天\s+category 01 经销商", output);
        Assert.Matches(@"taxRate\s+0\.09\s+category 0101 一级经销商", output);
        Assert.Matches(@"salesperson\s+张三\s+category 01 经销商", output);
        Assert.Matches(@"currency\s+CNY\s+default", output);
        Assert.Matches(@"prepayment\s+no\s+category 01", output);
    }

    [Fact]
    public void Show_WithJson_GivesEveryValueAndItsSource()
    {
        Ccls.Run("import", "--model", Model, "--profiles", Profiles());

        var (exitCode, output, _) = Ccls.Run("show", "--model", Model, "--customer", "C0000", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var terms = json.RootElement.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("field").GetString() == "paymentTerms");
        Assert.Equal(("月结30天", "category", "category", "01"), (terms.GetProperty("value").GetString(), terms.GetProperty("source").GetString(), terms.GetProperty("dimension").GetString(), terms.GetProperty("category").GetString()));
    }

    [Fact]
    public void BadProfileFile_IsRefusedWhole_NamingEachCell_AndTheModelStays()
    {
        var before = System.IO.File.ReadAllBytes(Model);

        var (exitCode, _, error) = Ccls.Run("import", "--model", Model, "--profiles", Profiles("分类编码,税率,付款条件\n01,130%,n/30\n99,0.13,\n0101,0.13,sometime\n"));

        Assert.Equal(1, exitCode);
        Assert.Contains("row 2", error, StringComparison.Ordinal);
        Assert.Contains("'99'", error, StringComparison.Ordinal);
        Assert.Contains("sometime", error, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllBytes(Model));
    }

    [Fact]
    public void ClearEmpty_ClearsTheValuesOfEmptyCells()
    {
        Ccls.Run("import", "--model", Model, "--profiles", Profiles());

        Assert.Equal(0, Ccls.Run("import", "--model", Model, "--profiles", File("clear.csv", "分类编码,专管业务员\n01,\n"), "--clear-empty").ExitCode);

        Assert.Matches(@"salesperson\s+none\s+default", Ccls.Run("show", "--model", Model, "--customer", "C0000").Output);
    }

    [Fact]
    public void TreeWithProfiles_AndExports_WriteWhatEachCategorySets()
    {
        Ccls.Run("import", "--model", Model, "--profiles", Profiles());

        Assert.Contains("01 经销商 (", Ccls.Run("tree", "--model", Model, "--profiles").Output, StringComparison.Ordinal);
        Assert.Contains("paymentTerms=月结30天, taxRate=0.13, salesperson=张三, prepayment=no", Ccls.Run("tree", "--model", Model, "--profiles").Output, StringComparison.Ordinal);
        var own = Path.Combine(_folder, "own.csv");
        Assert.Equal(0, Ccls.Run("export", "--model", Model, "--what", "profiles", "--out", own).ExitCode);
        var lines = System.IO.File.ReadAllLines(own);
        Assert.StartsWith("分类编码,付款条件,结算方式,税率", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        var effective = Path.Combine(_folder, "customers.csv");
        Assert.Equal(0, Ccls.Run("export", "--model", Model, "--effective", "--out", effective, "--english").ExitCode);
        var rows = System.IO.File.ReadAllLines(effective);
        Assert.Contains("salesperson", rows[0], StringComparison.Ordinal);
        Assert.Contains("月结30天", rows[1], StringComparison.Ordinal);
        Assert.Equal(2, Ccls.Run("export", "--model", Model, "--what", "region", "--effective", "--out", effective).ExitCode);
    }

    [Fact]
    public void CategoryLifecycle_DescribeDisableEnable()
    {
        Assert.Equal(0, Ccls.Run("category", "describe", "--model", Model, "--code", "0101", "--text", "一级经销商，月结").ExitCode);
        Assert.Equal(0, Ccls.Run("category", "disable", "--model", Model, "--code", "010101").ExitCode);
        Assert.Contains("010101 华东一级 (16) [disabled]", Ccls.Run("tree", "--model", Model).Output, StringComparison.Ordinal);
        var customer = File("new.csv", "客户编码,客户名称,所属分类码\nN001,新客户,010101\n");

        var refused = Ccls.Run("import", "--model", Model, "--customers", customer);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("disabled", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, Ccls.Run("category", "enable", "--model", Model, "--code", "010101").ExitCode);
        Assert.Equal(0, Ccls.Run("import", "--model", Model, "--customers", customer).ExitCode);
    }

    [Fact]
    public void Split_ByRule_PutsEachCustomerInOneChild()
    {
        var children = File("children.csv", "分类编码,分类名称\n01010101,华东大户\n01010102,华东其他\n");

        Assert.Equal(2, Ccls.Run("category", "split", "--model", Model, "--code", "010101", "--children", children, "--when", "01010101=creditGrade =", "--rest", "01010102").ExitCode);
        Assert.Equal(1, Ccls.Run("category", "split", "--model", Model, "--code", "010101", "--children", children, "--rest", "01010102").ExitCode);
        Ccls.Run("settings", "scheme", "--model", Model, "--scheme", "2-2-2-2");

        var (exitCode, output, error) = Ccls.Run("category", "split", "--model", Model, "--code", "010101", "--children", children, "--when", "01010101=creditGrade = 'AAA'", "--rest", "01010102");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("Split 010101 into 2 children: 16 customers moved (01010101 4, 01010102 12)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeAndMove_ChangeTheModel_AndARefusalLeavesItAsItWas()
    {
        var before = System.IO.File.ReadAllBytes(Model);
        var refused = Ccls.Run("category", "merge", "--model", Model, "--from", "0101", "--into", "010201");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("same level", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllBytes(Model));

        var merged = Ccls.Run("category", "merge", "--model", Model, "--from", "010101", "--into", "010201", "--actor", "王会计");
        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("Merged 010101 into 010201: 16 customers moved", merged.Output, StringComparison.Ordinal);

        Assert.Equal(0, Ccls.Run("category", "move", "--model", Model, "--code", "0103", "--to", "0104").ExitCode);
        Assert.Contains("010401 战略经销商", Ccls.Run("tree", "--model", Model).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("010301", Ccls.Run("tree", "--model", Model).Output, StringComparison.Ordinal);
        Assert.Contains("categories merged", Ccls.Run("log", "--model", Model).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_AddDimensionAndField_AndChangeScheme()
    {
        Assert.Equal(0, Ccls.Run("settings", "add-dimension", "--model", Model, "--name", "渠道", "--scheme", "2").ExitCode);
        Assert.Equal(0, Ccls.Run("settings", "add-custom-field", "--model", Model, "--name", "年采购额:number").ExitCode);
        Assert.Equal(0, Ccls.Run("settings", "scheme", "--model", Model, "--scheme", "2-2-2-3").ExitCode);
        Assert.Contains("2-2-2-3", Ccls.Run("tree", "--model", Model).Output, StringComparison.Ordinal);

        var refused = Ccls.Run("settings", "scheme", "--model", Model, "--scheme", "2-3");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("010101", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, Ccls.Run("settings", "scheme", "--model", Model, "--scheme", "x-y").ExitCode);
        Assert.Equal(1, Ccls.Run("settings", "add-dimension", "--model", Model, "--name", "渠道", "--scheme", "2").ExitCode);
    }

    [Theory]
    [InlineData("show", "--customer", "NOPE")]
    [InlineData("category", "describe", "--code", "0101", "--text", "a\u001b[31mb")]
    [InlineData("category", "move", "--code", "0101", "--to", "01")]
    [InlineData("category", "split", "--code", "010101", "--children", "missing.csv", "--rest", "01010101")]
    [InlineData("export", "--what", "profiles", "--dimension", "渠道", "--out", "p.csv")]
    [InlineData("import", "--profiles", "profiles.csv", "--profile-dimension", "渠道")]
    public void BadInput_IsAnErrorOrARefusal_AndTheModelStays(params string[] args)
    {
        Profiles();
        var before = System.IO.File.ReadAllBytes(Model);
        var arguments = args.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(_folder, a) : a).ToList();
        arguments.InsertRange(args[0] is "category" ? 2 : 1, ["--model", Model]);

        var (exitCode, output, error) = Ccls.Run([.. arguments]);

        Assert.InRange(exitCode, 1, 2);
        Assert.NotEmpty(error);
        Assert.DoesNotContain("\u001b", output + error, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllBytes(Model));
    }
}
