using System.IO;
using System.Linq;
using System.Text;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #26 through ccls: the access policy, change requests with four eyes, data scopes on what a user reads.</summary>
[EnglishMessages]
public sealed class CclsAccessTests : IDisposable
{
    private const string Policy = """
        { "schemaVersion": 1, "administrators": ["管理员"],
          "roles": [
            { "name": "业务员", "members": ["张三", "赵六"], "rights": ["editCustomers", "reclassify", "import", "export", "applyRules"],
              "scope": { "region": ["01"] } },
            { "name": "财务主管", "members": ["李主管"], "rights": ["maintainCategories", "editCustomers", "reclassify",
              "changeProfiles", "changeCredit", "approve", "import", "export", "applyRules"], "approves": ["*"], "scope": {} } ],
          "requests": { "rights": ["reclassify"] } }
        """;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("access-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        Assert.Equal(0, Ccls.ImportSamples(model).ExitCode);
        var imported = Ccls.Run("access", "import", "-m", model, "--policy", Write("policy.json", Policy), "--user", "管理员");
        Assert.True(imported.ExitCode == 0, imported.Error);
        return model;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_work.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    private string Moves() => Write("move.csv", "客户编码,所属分类码\nC0000,010102\nC0001,010101\nC0002,010101\n");

    [Fact]
    public void TheStory_ASalespersonSubmits_TheHeadApproves_ItIsApplied()
    {
        var model = Model();

        var submitted = Ccls.Run("request", "submit", "--model", model, "--user", "张三", "--reason", "年度调整", "import", "--customers", Moves(), "--update");
        var unchanged = Ccls.Run("show", "-m", model, "-c", "C0000", "--user", "李主管", "--json");
        var preview = Ccls.Run("request", "show", "1", "-m", model, "--user", "李主管");
        var own = Ccls.Run("request", "approve", "1", "-m", model, "--user", "张三");
        var approved = Ccls.Run("request", "approve", "1", "-m", model, "--user", "李主管", "--note", "同意");
        var applied = Ccls.Run("request", "apply", "1", "-m", model, "--user", "张三");
        var export = Path.Combine(_work.FullName, "after.csv");
        Ccls.Run("export", "-m", model, "--out", export, "--user", "李主管");

        Assert.Equal((0, "request 1"), (submitted.ExitCode, submitted.Output.Trim()));
        Assert.Contains("\"010101\"", unchanged.Output, StringComparison.Ordinal);
        Assert.Contains("010101   010102", preview.Output, StringComparison.Ordinal);
        Assert.Contains("Applying it now would succeed.", preview.Output, StringComparison.Ordinal);
        Assert.Equal(1, own.ExitCode);
        Assert.Contains("may not approve it", own.Error, StringComparison.Ordinal);
        Assert.Equal(0, approved.ExitCode);
        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("C0000,", File.ReadAllLines(export, Encoding.GetEncoding("GB18030")).Single(l => l.StartsWith("C0000,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",010102,", File.ReadAllLines(export, Encoding.GetEncoding("GB18030")).Single(l => l.StartsWith("C0000,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("The request is closed.", Ccls.Run("request", "show", "1", "-m", model, "--user", "李主管").Output, StringComparison.Ordinal);
        var list = Ccls.Run("request", "list", "-m", model, "--user", "李主管", "--json");
        Assert.Contains("\"status\": \"applied\"", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStory_InChinese_LeavesNoEnglishWord()
    {
        var model = Model();
        Ccls.Run("request", "submit", "--model", model, "--user", "张三", "--reason", "年度调整", "import", "--customers", Moves(), "--update");
        string[][] commands =
        [
            ["access", "show", "-m", model, "--user", "管理员"],
            ["request", "list", "-m", model, "--user", "李主管"],
            ["request", "show", "1", "-m", model, "--user", "李主管"],
            ["request", "approve", "1", "-m", model, "--user", "张三"],
            ["import", "-m", model, "--customers", Moves(), "--update", "--user", "张三"],
            ["request", "approve", "1", "-m", model, "--user", "李主管"],
            ["request", "apply", "1", "-m", model, "--user", "张三"],
            ["tree", "-m", model],
            ["export", "-m", model, "--out", Path.Combine(_work.FullName, "zh.csv"), "--user", "张三"],
        ];

        foreach (var command in commands)
        {
            var (_, output, error) = Ccls.Run([.. command, "--lang", "zh"]);
            var english = CclsChineseOutputTests.English(output + "\n" + error).Where(w => w is not ("category" or "request" or "access" or "USER")).ToArray();
            Assert.True(english.Length == 0, string.Join(" ", command) + ": " + string.Join(", ", english));
        }
    }

    [Fact]
    public void ADirectReclassification_ThePolicyRoutesThroughARequest_IsRefused_AndTheModelKept()
    {
        var model = Model();
        var before = File.ReadAllBytes(model);

        var direct = Ccls.Run("import", "-m", model, "--customers", Moves(), "--update", "--user", "张三");

        Assert.Equal(1, direct.ExitCode);
        Assert.Contains("only through a change request", direct.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void AnExportByASalesperson_HoldsOnlyTheirRegion_AndSaysItIsPartial()
    {
        var model = Model();
        var mine = Path.Combine(_work.FullName, "mine.csv");
        var all = Path.Combine(_work.FullName, "all.csv");

        var partial = Ccls.Run("export", "-m", model, "--out", mine, "--user", "张三");
        Ccls.Run("export", "-m", model, "--out", all, "--user", "李主管");

        Assert.Equal(0, partial.ExitCode);
        Assert.Contains("Data scope: 张三 sees", partial.Error, StringComparison.Ordinal);
        var rows = File.ReadAllLines(mine, Encoding.GetEncoding("GB18030")).Skip(1).ToArray();
        Assert.InRange(rows.Length, 1, File.ReadAllLines(all, Encoding.GetEncoding("GB18030")).Length - 2);
        Assert.All(rows, r => Assert.Matches(",01[0-9]{2},", r));
    }

    [Fact]
    public void UnderAPolicy_ACommandNeedsAKnownUser()
    {
        var model = Model();

        Assert.Equal(2, Ccls.Run("tree", "-m", model).ExitCode);
        Assert.Contains("--user", Ccls.Run("tree", "-m", model).Error, StringComparison.Ordinal);
        Assert.Equal(2, Ccls.Run("tree", "-m", model, "--user", "王五").ExitCode);
        Assert.Equal(0, Ccls.Run("tree", "-m", model, "--user", "赵六").ExitCode);
        Assert.Equal(2, Ccls.Run("access", "import", "-m", model, "--policy", Write("p.json", Policy), "--user", "李主管").ExitCode);
    }

    [Fact]
    public void ThePolicy_OutlivesAnImportOfRulesAndCreditPolicies_AndTaxIdMatchingListsEachRow()
    {
        var model = Model();

        var imported = Ccls.Run("import", "-m", model, "--rules", Ccls.Sample("rules.json"), "--credit-policies", Ccls.Sample("credit-policies.csv"), "--user", "管理员");
        var matched = Ccls.Run("import", "-m", model, "--customers", Write("m.csv", "客户编码,电话\nC0000,021-1\n"), "--update", "--match", "taxid", "--user", "管理员", "--json");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("业务员", Ccls.Run("access", "show", "-m", model, "--user", "管理员").Output, StringComparison.Ordinal);
        Assert.Equal(0, matched.ExitCode);
        Assert.Contains("\"by\": \"code\"", matched.Output, StringComparison.Ordinal);
        Assert.Equal(2, Ccls.Run("import", "-m", model, "--customers", Write("n.csv", "客户编码,电话\nC0000,1\n"), "--update", "--match", "phone", "--user", "管理员").ExitCode);
    }

    [Fact]
    public void AStaleRequest_IsRefusedNamingTheValue()
    {
        var model = Model();
        Ccls.Run("request", "submit", "--model", model, "--user", "张三", "--reason", "调整", "import", "--customers", Moves(), "--update");
        Assert.Equal(0, Ccls.Run("import", "-m", model, "--customers", Write("other.csv", "客户编码,所属分类码\nC0001,010103\n"), "--update", "--user", "管理员").ExitCode);
        Ccls.Run("request", "approve", "1", "-m", model, "--user", "李主管");

        var applied = Ccls.Run("request", "apply", "1", "-m", model, "--user", "李主管");

        Assert.Equal(1, applied.ExitCode);
        Assert.Contains("C0001", applied.Error, StringComparison.Ordinal);
        Assert.Contains("010103", applied.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("request", "submit", "--model", "M", "--user", "张三", "tree")]
    [InlineData("request", "submit", "--model", "M", "--user", "张三", "import", "--update")]
    [InlineData("request", "submit", "--user", "张三", "--reason", "x", "import", "--update")]
    [InlineData("request", "submit", "--model", "M", "--reason", "x", "import", "--model", "M")]
    [InlineData("request", "approve", "9", "-m", "M", "--user", "李主管")]
    [InlineData("request", "show", "x", "-m", "M", "--user", "李主管")]
    public void BadRequestCommandLines_AreRefused_AndChangeNothing(params string[] args)
    {
        var model = Model();
        var before = File.ReadAllBytes(model);

        var run = Ccls.Run(args.Select(a => a == "M" ? model : a).ToArray());

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    [Fact]
    public void APolicyAsATableOfRoles_ImportsAsTheJsonDoes()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        Assert.Equal(0, Ccls.ImportSamples(model).ExitCode);
        var table = Write("policy.csv", "角色,成员,权限,可审批,数据范围\n管理员,管理员,,,\n业务员,张三、赵六,\"editCustomers,reclassify,export\",,地区分类:01\n财务主管,李主管,\"reclassify,approve,export\",*,\n");

        var imported = Ccls.Run("access", "import", "-m", model, "--policy", table, "--user", "管理员");
        var shown = Ccls.Run("access", "show", "-m", model, "--user", "管理员", "--json");
        var bad = Ccls.Run("access", "import", "-m", model, "--policy", Write("bad.csv", "角色,成员,权限\n业务员,张三,fly\n"), "--user", "管理员");

        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Contains("\"管理员\"", shown.Output, StringComparison.Ordinal);
        Assert.Contains("\"region\": [", shown.Output, StringComparison.Ordinal);
        Assert.Contains("\"approves\": [\n        \"*\"", shown.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("fly", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void APolicyFileWithAnUnknownScopeOrBadJson_IsRefused()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        Assert.Equal(0, Ccls.ImportSamples(model).ExitCode);

        var unknown = Ccls.Run("access", "import", "-m", model, "--policy", Write("u.json", Policy.Replace("\"01\"", "\"99\"", StringComparison.Ordinal)), "--user", "管理员");
        var bad = Ccls.Run("access", "import", "-m", model, "--policy", Write("b.json", """{ "schemaVersion": 1, "roles": [ { "name": "x", "members": [], "rights": ["fly"] } ] }"""));

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("99", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("$.roles[0].rights[0]", bad.Error, StringComparison.Ordinal);
        Assert.Contains("no access policy", Ccls.Run("access", "show", "-m", model).Output, StringComparison.Ordinal);
    }
}
