using System.IO;
using System.Text;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Cli;

/// <summary>Issue #27 item 8 at the file entry points: a grade off the scale in an import, and the scale set through ccls.</summary>
[EnglishMessages]
public sealed class CclsCreditGradesTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("grades-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void AnImportedGradeOffTheScale_IsAProblemOfItsCell()
    {
        var archive = SampleArchive.Create();
        var csv = "客户编码,客户名称,所属分类码,信用等级\nC001,上海华联,01001,AA\nC002,苏州新星,01001,AAAA\n";

        var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, SampleArchive.Actor, new ImportOptions { ImportValidRows = true });

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "信用等级"), (problem.Row, problem.Column));
        Assert.NotNull(archive.Find("C001"));
        Assert.Null(archive.Find("C002"));
    }

    [Fact]
    public void ccls_SetsTheScale_OnANewModelAndAnExistingOne_AndRefusesABadOne()
    {
        var model = Path.Combine(_work.FullName, "model.json");
        var csv = Path.Combine(_work.FullName, "customers.csv");
        File.WriteAllText(csv, "客户编码,客户名称,所属分类码,信用等级\nC001,上海华联,01,良\n", Encoding.UTF8);
        var categories = Path.Combine(_work.FullName, "categories.csv");
        File.WriteAllText(categories, "类别编码,类别名称\n01,经销商\n", Encoding.UTF8);

        var created = Ccls.Run("import", "-m", model, "--scheme", "2", "--credit-grades", "优、良、中、差", "--categories", categories, "--customers", csv);
        var before = File.ReadAllBytes(model);
        var twice = Ccls.Run("settings", "grades", "-m", model, "--credit-grades", "优,优");
        var leavesOut = Ccls.Run("settings", "grades", "-m", model, "--credit-grades", "优,中");
        var unchanged = File.ReadAllBytes(model);
        var changed = Ccls.Run("settings", "grades", "-m", model, "--credit-grades", "优>良>中>差>劣");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("--credit-grades", twice.Error, StringComparison.Ordinal);
        Assert.Equal(1, leavesOut.ExitCode);
        Assert.Contains("'良' that customer 'C001' holds", leavesOut.Error, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("优 > 良 > 中 > 差 → 优 > 良 > 中 > 差 > 劣", changed.Output, StringComparison.Ordinal);
    }
}
