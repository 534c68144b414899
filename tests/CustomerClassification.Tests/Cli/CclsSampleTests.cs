using System.IO;
using System.Text;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Cli;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Cli;

/// <summary>The tool run in-process on the files in <c>samples/</c>, as the README walks through them.</summary>
[EnglishMessages]
public sealed class CclsSampleTests : IDisposable
{
    private static readonly LocalDate Today = new(2026, 6, 30);
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ccls-");

    public void Dispose() => _work.Delete(recursive: true);

    private static string Sample(string name) => Ccls.Sample(name);

    private string Model => Path.Combine(_work.FullName, "model.json");

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Ccls.Run(args);

    private (int ExitCode, string Output, string Error) Import() => Ccls.ImportSamples(Model, "--rules", Sample("rules.json"));

    [Fact]
    public void Import_OfTheSamples_CreatesTheModel()
    {
        var (exitCode, output, error) = Import();

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Contains("Saved model.json: 301 customers, 40 categories, 4 rules.", output, StringComparison.Ordinal);
        Assert.Contains("gb18030", output, StringComparison.Ordinal);
        var model = SnapshotJson.FromJson(File.ReadAllText(Model), new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0)));
        Assert.Equal(301, model.Archive.Count);
        Assert.Equal("上海华联商贸有限公司", model.Archive.Find("C0000")!.Name);
        Assert.Equal(4, model.Rules.Count);
    }

    [Fact]
    public void Reports_OnTheSamples_ShowWhatTheReadmeSays()
    {
        Import();

        var tree = Run("tree", "-m", Model);
        var audit = Run("audit", "-m", Model, "--open-items", Sample("open-items.csv"));
        var classify = Run("classify", "-m", Model, "--stats", Sample("stats.csv"));
        var explain = Run("explain", "-m", Model, "--stats", Sample("stats.csv"), "--customer", "C0291");
        var aging = Run("aging", "-m", Model, "--open-items", Sample("open-items.csv"), "--by", "region");
        var credit = Run("check-credit", "-m", Model, "--customer", "C0020", "--amount", "120000", "--open-items", Sample("open-items.csv"));

        Assert.Equal((0, 1, 0, 0, 0, 1), (tree.ExitCode, audit.ExitCode, classify.ExitCode, explain.ExitCode, aging.ExitCode, credit.ExitCode));
        Assert.Contains("├── 01 经销商 (97)", tree.Output, StringComparison.Ordinal);
        Assert.Contains("ProbableDuplicateName        C0300, C0000", audit.Output, StringComparison.Ordinal);
        Assert.Contains("DeactivatedWithOpenBalance   C0150", audit.Output, StringComparison.Ordinal);
        Assert.Contains("8 findings in 301 customers.", audit.Output, StringComparison.Ordinal);
        Assert.Contains("162 suggestions as of 2026-06-30", classify.Output, StringComparison.Ordinal);
        Assert.Contains("零售大客户 [category := 020101, priority 5]: won", explain.Output, StringComparison.Ordinal);
        Assert.Contains("类型 = '经销商' ✗ (零售)", explain.Output, StringComparison.Ordinal);
        Assert.Contains("(total)          496,492", aging.Output, StringComparison.Ordinal);
        Assert.Contains("C0020 厦门金鑫商贸有限公司: order 120,000 → Blocked", credit.Output, StringComparison.Ordinal);
        Assert.All(new[] { tree, audit, classify, explain, aging, credit }, r => Assert.Empty(r.Error));
    }

    [Fact]
    public void Classify_WithApply_SavesTheModel_AndRecordsEachRule()
    {
        Import();

        var applied = Run("classify", "-m", Model, "--stats", Sample("stats.csv"), "--apply", "--actor", "王会计");
        var again = Run("classify", "-m", Model, "--stats", Sample("stats.csv"), "--json");

        Assert.Equal(0, applied.ExitCode);
        Assert.Contains("Applied 162 changes in one batch and saved the model.", applied.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(again.Output);
        Assert.Equal(0, json.RootElement.GetProperty("suggestions").GetArrayLength());
        var model = SnapshotJson.FromJson(File.ReadAllText(Model), new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0)));
        Assert.Equal("020101", model.Archive.Find("C0291")!.CategoryCode);
        Assert.Contains(model.Archive.ChangeLog.ForCustomer("C0291"), e => e.Reason == "零售大客户" && e.Actor == "王会计");
    }

    [Fact]
    public void Classify_WithApply_LeavesLockedCustomersOut_UntilAnOverrideIsGiven()
    {
        Import();
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0));
        var model = SnapshotJson.FromJson(File.ReadAllText(Model), clock);
        model.Archive.MarkTransacted("C0291", "出纳");
        File.WriteAllText(Model, SnapshotJson.ToJson(model));

        var withoutOverride = Run("classify", "-m", Model, "--stats", Sample("stats.csv"), "--apply");
        var withOverride = Run("classify", "-m", Model, "--stats", Sample("stats.csv"), "--apply", "--override-reason", "年度复核");

        Assert.Equal(1, withoutOverride.ExitCode);
        Assert.Contains("Applied 161 changes and saved the model; 1 that need an override were left out", withoutOverride.Output, StringComparison.Ordinal);
        Assert.Equal(0, withOverride.ExitCode);
        Assert.Contains("Applied 1 change in one batch", withOverride.Output, StringComparison.Ordinal);
        var saved = SnapshotJson.FromJson(File.ReadAllText(Model), clock);
        Assert.Equal("020101", saved.Archive.Find("C0291")!.CategoryCode);
        Assert.Contains(saved.Archive.ChangeLog.ForCustomer("C0291"), e => e.Reason is { } reason && reason.Contains("年度复核", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tree", "dimension")]
    [InlineData("audit", "findings")]
    [InlineData("classify", "suggestions")]
    [InlineData("explain", "rules")]
    [InlineData("aging", "rows")]
    [InlineData("check-credit", "outcome")]
    public void Json_IsWrittenByEveryReportingCommand(string command, string property)
    {
        Import();
        string[] extra = command switch
        {
            "classify" => ["--stats", Sample("stats.csv")],
            "explain" => ["--stats", Sample("stats.csv"), "--customer", "C0001"],
            "aging" => ["--open-items", Sample("open-items.csv")],
            "check-credit" => ["--customer", "C0001", "--amount", "1000", "--no-receivables"],
            _ => [],
        };

        var (_, output, error) = Run([command, "-m", Model, "--json", .. extra]);

        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.TryGetProperty(property, out _));
    }

    [Fact]
    public void CheckCredit_WithoutOpenItems_SaysThatTheExposureExcludesReceivables()
    {
        Import();

        var silent = Run("check-credit", "-m", Model, "--customer", "C0001", "--amount", "1000");
        var meant = Run("check-credit", "-m", Model, "--customer", "C0001", "--amount", "1000", "--no-receivables");
        var both = Run("check-credit", "-m", Model, "--customer", "C0001", "--amount", "1000", "--no-receivables", "--open-items", Sample("open-items.csv"));

        Assert.Contains("the exposure excludes receivables", silent.Error, StringComparison.Ordinal);
        Assert.Equal(silent.Output, meant.Output);
        Assert.Empty(meant.Error);
        Assert.Equal(2, both.ExitCode);
    }

    [Fact]
    public void Import_OfABadFile_ReportsEachRow_AndSavesNothing()
    {
        Import();
        var before = File.ReadAllText(Model);
        var bad = Path.Combine(_work.FullName, "new-customers.csv");
        File.WriteAllText(bad, "客户编码,客户名称,所属分类码,发展日期\nD001,好客户,010101,2024-01-05\nD002,坏日期,010101,2024-02-30\nD003,没有分类,0999,\nC0001,重复编码,010101,\n", new UTF8Encoding(false));

        var (exitCode, output, error) = Run("import", "-m", Model, "--customers", bad);

        Assert.Equal(1, exitCode);
        Assert.Equal(3, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("ccls: new-customers.csv: row 3, 发展日期 '2024-02-30': ", error, StringComparison.Ordinal);
        Assert.Contains("ccls: new-customers.csv: row 4, 所属分类码 '0999': ", error, StringComparison.Ordinal);
        Assert.Contains("ccls: new-customers.csv: row 5, 客户编码 'C0001': ", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Model));

        var valid = Run("import", "-m", Model, "--customers", bad, "--valid-rows-only");
        Assert.Equal(1, valid.ExitCode);
        Assert.Contains("Saved model.json: 302 customers", valid.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportEditImportWithUpdate_ChangesTheEditedCells_AndAgainChangesNothing()
    {
        Import();
        var exported = Path.Combine(_work.FullName, "edit.csv");
        Assert.Equal(0, Run("export", "-m", Model, "--out", exported).ExitCode);
        var lines = File.ReadAllLines(exported);
        lines[1] = lines[1].Replace(",AAA,80000,", ",AA,90000,", StringComparison.Ordinal);
        File.WriteAllLines(exported, lines, new UTF8Encoding(true));

        var updated = Run("import", "-m", Model, "--customers", exported, "--update");
        var again = Run("import", "-m", Model, "--customers", exported, "--update", "--json");

        Assert.Equal((0, string.Empty), (updated.ExitCode, updated.Error));
        Assert.Contains("Saved model.json: 301 customers", updated.Output, StringComparison.Ordinal);
        var model = SnapshotJson.FromJson(File.ReadAllText(Model), new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0)));
        Assert.Equal(("AA", 90_000m), (model.Archive.Get("C0000").CreditGrade, model.Archive.Get("C0000").CreditLimit));
        Assert.Equal(["creditGrade", "creditLimit"], model.Archive.ChangeLog.TakeLast(2).Select(e => e.Field).Order(StringComparer.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(again.Output);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal((0, 0, 301, false), (file.GetProperty("added").GetInt32(), file.GetProperty("updated").GetInt32(), file.GetProperty("unchanged").GetInt32(), json.RootElement.GetProperty("saved").GetBoolean()));
    }

    [Fact]
    public void AnUnreadableRegionFile_IsOneLine_AndTheCustomersItStrandsAreFoldedIntoOne()
    {
        var regions = Path.Combine(_work.FullName, "regions.csv");
        File.WriteAllText(regions, "编号,名字\n01,华东\n", new UTF8Encoding(false));
        var problems = Path.Combine(_work.FullName, "problems.csv");

        var (exitCode, output, error) = Run(
            "import", "--model", Model, "--scheme", "2-2-2", "--region-scheme", "2-2", "--custom-field", "类型",
            "--categories", Sample("categories.csv"), "--regions", regions, "--customers", Sample("customers.csv"), "--problems", problems);

        Assert.Equal(2, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ccls: regions.csv: row 1, 类别编码: The column is missing", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^ccls: customers\.csv: \d+ rows name region codes the model lacks because regions\.csv was refused \(see above\)\.$", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Nothing was saved", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Model));
        Assert.True(File.ReadAllLines(problems).Length > 100);
    }

    [Fact]
    public void ManyProblems_ShowTwentyLines_ThenHowManyMore()
    {
        Import();
        var bad = Path.Combine(_work.FullName, "bad.csv");
        File.WriteAllLines(bad, new[] { "客户编码,客户名称,信用额度" }.Concat(Enumerable.Range(0, 30).Select(i => FormattableString.Invariant($"N{i:000},新客{i},lots"))), new UTF8Encoding(false));

        var (exitCode, _, error) = Run("import", "-m", Model, "--customers", bad);

        Assert.Equal(1, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.Equal("ccls: … and 40 more; --problems FILE writes them all (or --json).", lines[^1]);
    }

    [Theory]
    [InlineData("--update", "--upsert")]
    [InlineData("--clear-empty")]
    [InlineData("--update", "--override-reason", " ")]
    [InlineData("--update", "--problems", "{work}/problems.txt")]
    public void ImportModeOptions_ThatContradict_AreBadUsage(params string[] more)
    {
        Import();
        var before = File.ReadAllText(Model);

        var (exitCode, _, error) = Run(["import", "-m", Model, "--customers", Sample("customers.csv"), .. more.Select(a => a.Replace("{work}", _work.FullName, StringComparison.Ordinal))]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ccls: --", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Model));
    }

    [Fact]
    public void Export_ThenImportIntoANewModel_GivesTheSameCustomers()
    {
        Import();
        var exported = Path.Combine(_work.FullName, "customers.xlsx");
        var categories = Path.Combine(_work.FullName, "categories.csv");
        var copy = Path.Combine(_work.FullName, "copy.json");

        Assert.Equal(0, Run("export", "-m", Model, "--out", exported).ExitCode);
        Assert.Equal(0, Run("export", "-m", Model, "--out", categories, "--what", "category", "--english").ExitCode);
        var imported = Run("import", "-m", copy, "--scheme", "2-2-2", "--region-scheme", "2-2", "--custom-field", "类型", "--categories", categories, "--regions", Sample("regions.csv"), "--customers", exported);

        Assert.Equal(0, imported.ExitCode);
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0));
        Assert.Equal(SnapshotJson.FromJson(File.ReadAllText(Model), clock).Archive.ToArray(), SnapshotJson.FromJson(File.ReadAllText(copy), clock).Archive.ToArray());
    }

    [Theory]
    [InlineData("import", "--model", "{work}/m.json", "--customers", "{samples}/customers.csv")]
    [InlineData("import", "--model", "{work}/m.json", "--scheme", "2-x", "--customers", "{samples}/customers.csv")]
    [InlineData("import", "--model", "{work}/m.json", "--scheme", "2-2-2", "--custom-field", "类型:colour", "--customers", "{samples}/customers.csv")]
    [InlineData("import", "--model", "{work}/m.json", "--scheme", "2-2-2")]
    [InlineData("import", "--model", "{work}/m.json", "--scheme", "2-2-2", "--regions", "{samples}/regions.csv")]
    [InlineData("tree", "--model", "{work}/missing.json")]
    [InlineData("tree")]
    [InlineData("aging", "--model", "{work}/model.json")]
    [InlineData("aging", "--model", "{work}/model.json", "--open-items", "{samples}/stats.csv")]
    [InlineData("aging", "--model", "{work}/model.json", "--open-items", "{samples}/open-items.csv", "--by", "行业")]
    [InlineData("aging", "--model", "{work}/model.json", "--open-items", "{samples}/open-items.csv", "--as-of", "2026-02-30")]
    [InlineData("explain", "--model", "{work}/model.json", "--customer", "X9")]
    [InlineData("check-credit", "--model", "{work}/model.json", "--customer", "C0001", "--amount", "lots")]
    [InlineData("classify", "--model", "{work}/model.json", "--rules", "{samples}/stats.csv")]
    [InlineData("classify", "--model", "{work}/model.json", "--stats", "{samples}/open-items.csv")]
    [InlineData("export", "--model", "{work}/model.json", "--out", "{work}/x.csv", "--what", "行业")]
    [InlineData("export", "--model", "{work}/model.json", "--out", "{work}/m.xls")]
    [InlineData("export", "--model", "{work}/model.json", "--out", "{work}/m.txt")]
    public void BadUsageOrUnreadableInput_ExitsWithTwo_AndOneLineThatSaysWhy(params string[] args)
    {
        Import();
        var (exitCode, _, error) = Run(args.Select(a => a.Replace("{work}", _work.FullName, StringComparison.Ordinal).Replace("{samples}", Path.GetDirectoryName(Sample("x"))!, StringComparison.Ordinal)).ToArray());

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ccls: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_work.FullName, "m.json")));
    }

    [Fact]
    public void ABrokenModel_IsNamedWithThePathOfItsProblem()
    {
        Import();
        File.WriteAllText(Model, File.ReadAllText(Model).Replace("\"category\":\"010101\"", "\"category\":\"01\"", StringComparison.Ordinal));

        var (exitCode, _, error) = Run("tree", "-m", Model);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ccls: model.json: $.customers[0].category: Customer 'C0000' is in category '01', which has children", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_IntoAnExistingModel_RefusesNewSettings()
    {
        Import();

        var (exitCode, _, error) = Run("import", "-m", Model, "--scheme", "2-2", "--customers", Sample("customers.csv"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("ccls: --scheme: model.json exists and its settings cannot change", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeWalkthrough_RunsWithTheExitCodesItStates()
    {
        var root = ReadmeSamples.RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```sh\nalias ccls=", StringComparison.Ordinal);
        var block = readme.Substring(start, readme.IndexOf("```\n", start + 5, StringComparison.Ordinal) - start);
        var lines = block.Split('\n').Where(l => l.StartsWith("ccls ", StringComparison.Ordinal)).ToArray();

        Assert.Equal(12, lines.Length);
        var credit = new StringBuilder();
        foreach (var line in lines)
        {
            var comment = line.IndexOf("  #", StringComparison.Ordinal);
            var expected = comment >= 0 && line.Contains("exit code 1", StringComparison.Ordinal) ? 1 : 0;
            var args = (comment >= 0 ? line[..comment] : line).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(root, a) : a is "model.json" or "customers.xlsx" or "report.html" ? Path.Combine(_work.FullName, a) : a)
                .ToArray();

            var (exitCode, output, error) = Run(args);

            Assert.True(expected == exitCode, $"{line} exited with {exitCode}: {error}");
            if (args[0] == "check-credit")
            {
                credit.Append(output);
            }
        }

        Assert.True(File.Exists(Path.Combine(_work.FullName, "customers.xlsx")));
        Assert.True(File.Exists(Path.Combine(_work.FullName, "report.html")));

        // With the sample credit policies, the walk-through's checks print what the demo's credit section prints.
        var demo = Run("demo").Output.ReplaceLineEndings("\n");
        var section = demo[(demo.IndexOf("Credit check", StringComparison.Ordinal) + "Credit check".Length)..demo.IndexOf("── Aging", StringComparison.Ordinal)];
        Assert.Equal(section[(section.IndexOf('\n') + 1)..].TrimEnd(), credit.ToString().ReplaceLineEndings("\n").TrimEnd());
    }

    [Fact]
    public void Classify_PrintsASummaryAndTheFirst20Changes_AndAllOfThemWithAll()
    {
        Import();

        var summary = Run("classify", "-m", Model, "--stats", Sample("stats.csv"));
        var all = Run("classify", "-m", Model, "--stats", Sample("stats.csv"), "--all");

        Assert.Contains("逾期降级     grade      C             57", summary.Output, StringComparison.Ordinal);
        Assert.Contains("The first 20 changes are listed; --all lists all 162, --json writes them for scripts.", summary.Output, StringComparison.Ordinal);
        Assert.True(summary.Output.Split('\n').Length < 50);
        Assert.True(all.Output.Split('\n').Length > 162);
        Assert.DoesNotContain("The first 20", all.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersQuotedFromAFile_NeverReachTheTerminal()
    {
        Import();
        var bad = Path.Combine(_work.FullName, "escape.csv");
        File.WriteAllText(bad, "客户编码,客户名称,所属分类码\nD001,\"好\u001b]0;owned\u0007客户\r伪造的一行\",010101\n", new UTF8Encoding(false));

        var (exitCode, _, error) = Run("import", "-m", Model, "--customers", bad);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain(error, c => c is '\u001b' or '\u0007' or '\r');
        Assert.Contains("\uFFFD]0;owned\uFFFD", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExport_GoesThroughATemporaryFile_AndLeavesNoneBehind()
    {
        Import();
        var out1 = Path.Combine(_work.FullName, "out.csv");
        File.WriteAllText(out1, "old");

        Assert.Equal(0, Run("export", "-m", Model, "--out", out1).ExitCode);

        Assert.StartsWith("客户编码", File.ReadAllText(out1), StringComparison.Ordinal);
        Assert.DoesNotContain(_work.GetFiles(), f => f.Name.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void AGzipModel_IsWrittenCompressed_AndReadLikeAnyOther()
    {
        var gz = Path.Combine(_work.FullName, "model.json.gz");
        Import();

        var imported = Run("import", "-m", gz, "--scheme", "2-2-2", "--region-scheme", "2-2", "--custom-field", "类型", "--categories", Sample("categories.csv"), "--regions", Sample("regions.csv"), "--customers", Sample("customers.csv"));
        var tree = Run("tree", "-m", gz);

        Assert.Equal((0, 0), (imported.ExitCode, tree.ExitCode));
        Assert.Equal(new byte[] { 0x1F, 0x8B }, File.ReadAllBytes(gz)[..2]);
        Assert.True(new FileInfo(gz).Length * 5 < new FileInfo(Model).Length);
        Assert.Equal(Run("tree", "-m", Model).Output, tree.Output);
    }

    [Fact]
    public void ASaveInterruptedBeforeTheRename_LeavesTheOldModel_AndNoTemporaryFile()
    {
        Import();
        var before = File.ReadAllBytes(Model);
        var accountSet = SnapshotJson.FromJson(File.ReadAllText(Model), new FakeClock(Instant.FromUtc(2026, 7, 1, 0, 0)));

        Assert.Throws<IOException>(() => ModelFile.Save(accountSet, new FileInfo(Model), stream => new FailingStream(stream, 10_000)));

        Assert.Equal(before, File.ReadAllBytes(Model));
        Assert.Equal(["model.json"], _work.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    // The lock file is removed by each holder: writers that wait on a removed one try again, and none loses another's change.
    [Fact]
    public void ConcurrentWriters_EachAddTheirCustomer_ThoughTheLockFileComesAndGoes()
    {
        Import();
        var files = Enumerable.Range(0, 6).Select(i =>
        {
            var path = Path.Combine(_work.FullName, $"add{i}.csv");
            File.WriteAllText(path, $"客户编码,客户名称,所属分类码\r\nN{i},并发{i},010101\r\n");
            return path;
        }).ToArray();

        var exits = files.AsParallel().WithDegreeOfParallelism(6).Select(f => Run("import", "-m", Model, "--customers", f, "--upsert").ExitCode).ToArray();

        Assert.All(exits, e => Assert.Equal(0, e));
        var (_, json, _) = Run("log", "-m", Model, "--json");
        Assert.All(Enumerable.Range(0, 6), i => Assert.Contains($"\"N{i}\"", json, StringComparison.Ordinal));
        Assert.Equal(["model.json"], _work.GetFiles("model*").Select(f => f.Name).ToArray());
    }

    // Issue #27 item 9: a 0-byte model.json.lock stayed beside every model.
    [Fact]
    public void NoLockFile_StaysBesideTheModel_AfterAWriteOrARead()
    {
        Import();
        Assert.Equal(["model.json"], _work.GetFiles().Select(f => f.Name).ToArray());

        Assert.Equal(0, Run("import", "-m", Model, "--customers", Sample("customers.csv"), "--upsert").ExitCode);
        Run("tree", "-m", Model);

        Assert.Equal(["model.json"], _work.GetFiles().Select(f => f.Name).ToArray());
    }

    [Fact]
    public void ARefusedFirstImport_IntoANewFolder_LeavesNoFileBehind()
    {
        var folder = _work.CreateSubdirectory("new");
        var bad = Path.Combine(_work.FullName, "bad.csv");
        File.WriteAllText(bad, "客户编码,客户名称,所属分类码\nC001,上海华联,99\n");

        var (exitCode, _, _) = Run("import", "-m", Path.Combine(folder.FullName, "model.json"), "--scheme", "2-2-2", "--customers", bad);

        // 1: rows refused, nothing written.
        Assert.Equal(1, exitCode);
        Assert.Empty(folder.GetFileSystemInfos());
    }

    [Fact]
    public void ASecondWriter_WaitsForTheLock_ThenFailsWithoutChangingAnything()
    {
        Import();
        var before = File.ReadAllBytes(Model);

        using (ModelFile.Lock(Quiet, new FileInfo(Model)))
        {
            var (exitCode, _, error) = Run("import", "-m", Model, "--customers", Sample("customers.csv"), "--upsert");

            Assert.Equal(2, exitCode);
            Assert.Equal("ccls: model.json: another ccls is changing it (it holds model.json.lock); nothing was changed: try again when it is done.", error.Trim());
        }

        Assert.Equal(before, File.ReadAllBytes(Model));
        Assert.Equal(0, Run("import", "-m", Model, "--customers", Sample("customers.csv"), "--upsert").ExitCode);
    }

    [Fact]
    public void ALinkPlantedWhereATemporaryFileWouldGo_IsNeverWrittenThrough()
    {
        Import();
        var victim = Path.Combine(_work.FullName, "victim.txt");
        File.WriteAllText(victim, "keep");
        File.CreateSymbolicLink(Model + ".tmp", victim);

        Assert.Equal(0, Run("import", "-m", Model, "--customers", Sample("customers.csv"), "--upsert", "--actor", "x").ExitCode);

        Assert.Equal("keep", File.ReadAllText(victim));
    }

    private sealed class FailingStream(Stream inner, int failAfter) : Stream
    {
        private int _written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written += count;
            if (_written > failAfter)
            {
                throw new IOException("The disk is full (simulated).");
            }

            inner.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void Export_OverTheModelFile_IsRefused_AndTheModelIsKept()
    {
        Import();
        var model = Path.ChangeExtension(Model, ".csv");
        File.Copy(Model, model);
        var before = File.ReadAllBytes(model);

        var (exitCode, _, error) = Run("export", "-m", model, "--out", model);

        Assert.Equal(2, exitCode);
        Assert.Contains("is the model file", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(model));
    }

    // A context that writes nowhere, for the tool's parts used on their own.
    internal static CliContext Quiet => new(
        Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) }),
        TextWriter.Null,
        TextWriter.Null,
        showProgress: false,
        new NodaTime.LocalDate(2026, 12, 7));
}
