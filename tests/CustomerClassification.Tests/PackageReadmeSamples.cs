using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using NodaTime;

namespace CustomerClassification.Tests;

// The samples of each package's own README (docs/packages/), compiled and run here; the tests check the READMEs still show them.
[Collection(nameof(ConsoleOutput))]
public class PackageReadmeSamples
{
    private static string PackageReadme(string package) => File.ReadAllText(Path.Combine(ReadmeSamples.RepositoryRoot(), "docs", "packages", package + ".md")).ReplaceLineEndings("\n");

    // The code of every C# block of a README without its using lines, as lines.
    private static string[] Blocks(string readme) =>
        Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline)
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Where(line => line.Trim().Length > 0 && !Regex.IsMatch(line, @"^using [\w.]+;$"))
            .ToArray();

    private static string[] SourceOf(string method)
    {
        var source = File.ReadAllText(Path.Combine(ReadmeSamples.RepositoryRoot(), "tests", "CustomerClassification.Tests", "PackageReadmeSamples.cs")).ReplaceLineEndings("\n");
        var body = Regex.Match(source[source.IndexOf($"void {method}(", StringComparison.Ordinal)..], @"// README:begin\n(.*?)\n\s*// README:end", RegexOptions.Singleline).Groups[1].Value;
        return body.Split('\n').Where(line => line.Trim().Length > 0).Select(line => line.Length >= 8 ? line[8..] : line.Trim()).ToArray();
    }

    [Fact]
    public void CoreSamples_RunAndPrintWhatTheReadmeSays()
    {
        Assert.Equal("2\n01001\nBlocked\n", ConsoleOutput.Capture(CoreSamples).ReplaceLineEndings("\n"));
        Assert.Equal(SourceOf(nameof(CoreSamples)), Blocks(PackageReadme("CustomerClassification")));
    }

    [Fact]
    public void SpreadsheetsSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var folder = Directory.CreateTempSubdirectory("package-readme-");
        var before = Directory.GetCurrentDirectory();
        File.WriteAllText(Path.Combine(folder.FullName, "customers.csv"), "客户编码,客户名称,所属分类码\nC001,上海华联,01001\nC002,苏州新星,01009\n", CustomerCsv.GB18030);
        Directory.SetCurrentDirectory(folder.FullName);
        try
        {
            var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3")), SystemClock.Instance);
            archive.AddCategory(DimensionNames.Category, "01", "经销商", "王会计");
            archive.AddCategory(DimensionNames.Category, "01001", "一级经销商", "王会计");

            var output = ConsoleOutput.Capture(() => SpreadsheetsSample(archive)).ReplaceLineEndings("\n");

            Assert.StartsWith("0 added, 0 updated, 1 refused\nrow 3, 所属分类码: ", output, StringComparison.Ordinal);
            Assert.Equal(SourceOf(nameof(SpreadsheetsSample)), Blocks(PackageReadme("CustomerClassification.Spreadsheets")));
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void EveryReadmeSample_NamesItsUsings()
    {
        foreach (var readme in new[] { File.ReadAllText(Path.Combine(ReadmeSamples.RepositoryRoot(), "README.md")), PackageReadme("CustomerClassification"), PackageReadme("CustomerClassification.Spreadsheets") })
        {
            foreach (Match block in Regex.Matches(readme.ReplaceLineEndings("\n"), "```csharp\n(.*?)```", RegexOptions.Singleline))
            {
                var code = block.Groups[1].Value;
                Assert.StartsWith("using ", code, StringComparison.Ordinal);
                Assert.True(!code.Contains("FakeClock", StringComparison.Ordinal) || code.Contains("using NodaTime.Testing;", StringComparison.Ordinal), code);
                Assert.True(!code.Contains("Console.", StringComparison.Ordinal) || code.Contains("using System;", StringComparison.Ordinal), code);
            }
        }
    }

    private static void CoreSamples()
    {
        // README:begin
        var scheme = CodingScheme.Parse("2-3-4");        // level 1 = 2 characters, level 3 = 9
        Console.WriteLine(scheme.LevelOf("01001"));      // 2
        Console.WriteLine(scheme.ParentOf("010010001")); // 01001
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "01001", "一级经销商")
                .Add(new Customer("C001", "上海华联商贸有限公司") { CategoryCode = "01001", CreditLimit = 100_000m }),
            "王会计");
        var policies = new CreditPolicySet(defaults: new CreditPolicy { AllowedOverdueDays = 60 })
            .With("01", new CreditPolicy { CreditLimit = 200_000m, WarningThreshold = 0.9m });
        var today = new LocalDate(2026, 6, 30);
        var decision = policies.For(archive.Snapshot).Evaluate(new CreditRequest("C001", 120_000m, [], today));
        Console.WriteLine(decision.Outcome);             // Blocked: the customer's own limit is 100,000
        // README:end
    }

    private static void SpreadsheetsSample(CustomerArchive archive)
    {
        // README:begin
        // archive: the CustomerArchive to import into (see the CustomerClassification package)
        using var file = File.OpenRead("customers.csv");                     // T3's export, GB18030 detected
        var report = CustomerCsv.Import(file, archive, "王会计", new ImportOptions { Mode = ImportMode.AddOrUpdate });
        Console.WriteLine($"{report.AddedCount} added, {report.UpdatedCount} updated, {report.RefusedCount} refused");
        foreach (var problem in report.Problems)
        {
            Console.WriteLine($"row {problem.Row}, {problem.Column}: {problem.Message}");
        }
        // README:end
    }
}
