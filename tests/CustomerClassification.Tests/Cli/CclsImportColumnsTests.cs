using System.IO;
using System.Text;

namespace CustomerClassification.Tests.Cli;

// ccls import of a real T3 export: columns the model lacks are ignored with one notice, --strict refuses them, --map reads them.
[EnglishMessages]
public sealed class CclsImportColumnsTests : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("ccls-columns-");

    public void Dispose() => _work.Delete(recursive: true);

    private string Model => Path.Combine(_work.FullName, "model.json");

    // The samples' customers as T3 writes them: 备注 and the derived names beside the codes, and more columns of its own.
    private string T3Export(int extraColumns = 0, string? wrongName = null)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in new[] { "categories.csv", "regions.csv" })
        {
            foreach (var line in File.ReadAllLines(Ccls.Sample(file), Gb18030).Skip(1))
            {
                names[file + line.Split(',')[0]] = line.Split(',')[1];
            }
        }

        var lines = File.ReadAllLines(Ccls.Sample("customers.csv"), Gb18030);
        var header = lines[0].Split(',');
        int At(string h) => Array.IndexOf(header, h);
        var extra = Enumerable.Range(1, extraColumns).Select(i => $"自定义{i}").ToArray();
        var output = new List<string> { string.Join(",", [lines[0], "备注", "所属分类名称", "所属地区名称", .. extra]) };
        foreach (var (line, i) in lines.Skip(1).Select((l, i) => (l, i)))
        {
            var cells = line.Split(',');
            var category = i == 0 && wrongName is not null ? wrongName : names["categories.csv" + cells[At("所属分类码")]];
            var region = cells[At("地区编码")].Length == 0 ? string.Empty : names["regions.csv" + cells[At("地区编码")]];
            output.Add(string.Join(",", [line, $"备注{i}", category, region, .. extra.Select(_ => "x")]));
        }

        var path = Path.Combine(_work.FullName, "t3.csv");
        File.WriteAllLines(path, output, Gb18030);
        return path;
    }

    [Fact]
    public void AT3ExportWithRemarksAndDerivedNames_ImportsWithOneNotice()
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--customers", T3Export());

        Assert.True(exitCode == 0, error);
        var notice = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("t3.csv: 1 column ignored (the model has no field for it): 备注.", notice, StringComparison.Ordinal);
        Assert.Contains("--strict", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyIgnoredColumns_NameTwenty_AndCountTheRest()
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--customers", T3Export(extraColumns: 24), "--lang", "zh");

        Assert.True(exitCode == 0, error);
        var notice = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("已忽略 25 列", notice, StringComparison.Ordinal);
        Assert.Contains("自定义19 等，另有 5 列", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("自定义20", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_RefusesTheUnknownColumn_AndSavesNothing()
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--customers", T3Export(), "--strict", "--valid-rows-only");

        Assert.Equal(2, exitCode);
        Assert.Contains("备注", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Model));
    }

    [Fact]
    public void Map_ReadsTheRemarkIntoACustomField()
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--customers", T3Export(), "--custom-field", "remark", "--map", "备注=remark");

        Assert.True(exitCode == 0, error);
        Assert.Empty(error);
        var (_, json, _) = Ccls.Run("export", "--model", Model, "--out", Path.Combine(_work.FullName, "out.csv"));
        Assert.Contains("备注0", File.ReadAllText(Path.Combine(_work.FullName, "out.csv"), Gb18030), StringComparison.Ordinal);
        Assert.NotNull(json);
    }

    [Fact]
    public void CustomField_OnAnExistingModel_IsDefinedAndLogged_ThenTheRemarksGoInto()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);

        var (exitCode, _, error) = Ccls.Run("import", "--model", Model, "--customers", T3Export(), "--update", "--custom-field", "remark", "--map", "备注=remark", "--actor", "王会计");

        Assert.True(exitCode == 0, error);
        var (_, log, _) = Ccls.Run("log", "--model", Model, "--json");
        Assert.Contains("\"CustomFieldDefined\"", log, StringComparison.Ordinal);
        Ccls.Run("export", "--model", Model, "--out", Path.Combine(_work.FullName, "out.csv"));
        Assert.Contains("备注0", File.ReadAllText(Path.Combine(_work.FullName, "out.csv"), Gb18030), StringComparison.Ordinal);
    }

    [Fact]
    public void CustomField_OfAnotherTypeThanTheModels_IsBadUsage_AndTheModelStaysAsItWas()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var before = File.ReadAllBytes(Model);

        var (exitCode, _, error) = Ccls.Run("import", "--model", Model, "--customers", T3Export(), "--update", "--custom-field", "类型:number");

        Assert.Equal(2, exitCode);
        Assert.Contains("already has the custom field '类型', as text", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Model));
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("=remark")]
    [InlineData("备注= ")]
    public void AMapThatIsNoPair_IsBadUsage(string map)
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--map", map);

        Assert.Equal(2, exitCode);
        Assert.Contains("COLUMN=FIELD", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Model));
    }

    [Fact]
    public void ADerivedNameThatContradictsItsCode_RefusesThatRow_NamingTheCell()
    {
        var (exitCode, _, error) = Ccls.ImportSamples(Model, "--customers", T3Export(wrongName: "错名"), "--valid-rows-only");

        Assert.Equal(1, exitCode);
        Assert.Contains("row 2, 所属分类名称 '错名'", error, StringComparison.Ordinal);
    }
}
