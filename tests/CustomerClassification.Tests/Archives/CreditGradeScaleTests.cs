using System.Text.Json.Nodes;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Archives;

/// <summary>Issue #27 item 8: the grade scale is the archive's; a customer holds only its grades.</summary>
[EnglishMessages]
public sealed class CreditGradeScaleTests
{
    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditGrade = "AA" }, SampleArchive.Actor);
        return archive;
    }

    [Fact]
    public void AGradeOffTheScale_IsRefusedByAddAndUpdate_AndChangesNothing()
    {
        var archive = Archive();
        var snapshot = archive.Snapshot;

        var update = Assert.Throws<ClassificationException>(() => archive.Update("C001", c => c with { CreditGrade = "AAAA" }, SampleArchive.Actor));
        var add = archive.Apply(new ChangeBatch().Add(SampleArchive.Customer("C002", "苏州新星") with { CreditGrade = "D" }), SampleArchive.Actor);

        var violation = Assert.Single(update.Violations);
        Assert.Equal((ClassificationErrorCode.CreditGradeNotOnScale, "C001", "creditGrade"), (violation.Error, violation.Code, violation.Field));
        Assert.Contains("'AAAA' is not on the grade scale AAA > AA > A > B > C", violation.Message, StringComparison.Ordinal);
        Assert.Equal(ClassificationErrorCode.CreditGradeNotOnScale, Assert.Single(add.Violations).Error);
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void ASettingsScale_IsTheOneCustomersHold()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")) { CreditGrades = ["优", "良", "中", "差"] }, SystemClock.Instance);
        archive.AddCategory(DimensionNames.Category, "01", "经销商", "系统");

        archive.Add(new Customer("C1", "甲") { CategoryCode = "01", CreditGrade = "良" }, "系统");

        Assert.Throws<ClassificationException>(() => archive.Add(new Customer("C2", "乙") { CategoryCode = "01", CreditGrade = "A" }, "系统"));
        Assert.Equal(["优", "良", "中", "差"], archive.Settings.CreditGrades);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A|A")]
    [InlineData("A| ")]
    [InlineData("A\u0007")]
    public void AScaleNoCustomerCouldUse_IsRefused(string list)
    {
        var grades = list.Length == 0 ? [] : list.Split('|');
        Assert.Throws<ArgumentException>(() => new ArchiveSettings(CodingScheme.Parse("2")) { CreditGrades = grades });
        Assert.Throws<ArgumentException>(() => new ChangeBatch().ChangeCreditGrades(grades));
    }

    [Fact]
    public void ChangingTheScale_IsLogged_AndANewScaleTheSameLogsNothing()
    {
        var archive = Archive();
        var logged = archive.ChangeLog.Count;

        var settings = archive.ChangeCreditGrades(["AAA", "AA", "A", "B", "C", "D"], SampleArchive.Actor);
        archive.ChangeCreditGrades(["AAA", "AA", "A", "B", "C", "D"], SampleArchive.Actor);
        archive.Update("C001", c => c with { CreditGrade = "D" }, SampleArchive.Actor);

        var entry = archive.ChangeLog.Skip(logged).First();
        Assert.Equal(["AAA", "AA", "A", "B", "C", "D"], settings.CreditGrades);
        Assert.Equal((ChangeOperation.CreditGradesChanged, "AAA > AA > A > B > C", "AAA > AA > A > B > C > D"), (entry.Operation, entry.Before, entry.After));
        Assert.Equal(2, archive.ChangeLog.Count - logged);
    }

    [Fact]
    public void AScaleThatLeavesOutAGradeHeld_IsRefused_NamingEachHolder()
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01", "minimumGrade", "A", SampleArchive.Actor);
        archive.SetDefaultProfileValue("autoApprovedGrades", new[] { "AAA", "AA" }, SampleArchive.Actor);
        var snapshot = archive.Snapshot;

        var refused = Assert.Throws<ClassificationException>(() => archive.ChangeCreditGrades(["AAA", "B"], SampleArchive.Actor));

        Assert.All(refused.Violations, v => Assert.Equal(ClassificationErrorCode.CreditGradeNotOnScale, v.Error));
        Assert.Equal(3, refused.Violations.Count);
        Assert.Contains(refused.Violations, v => v.Message == "The grade scale AAA > B leaves out the grade 'AA' that customer 'C001' holds.");
        Assert.Contains(refused.Violations, v => v.Message == "The grade scale AAA > B leaves out the grade 'AA' that the default profile (自动审批等级) holds.");
        Assert.Contains(refused.Violations, v => v.Field == "minimumGrade" && v.Code == "01" && v.Message.EndsWith("'01' (最低信用等级) holds.", StringComparison.Ordinal));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void ARule_ThatWouldSetAGradeOffTheScale_IsRefusedByTheArchive()
    {
        var archive = Archive();
        var rules = RuleSet.Compile([new ClassificationRule("grade", "name = '上海华联'", RuleAction.SetCreditGrade("AAAA"))], archive.Snapshot);

        var suggestions = rules.Classify(archive, new Dictionary<string, TradingStats>(StringComparer.Ordinal), new LocalDate(2026, 6, 30));
        var result = rules.Apply(archive, suggestions, SampleArchive.Actor);

        Assert.Equal(ClassificationErrorCode.CreditGradeNotOnScale, Assert.Single(result.Violations).Error);
    }

    [Fact]
    public void TheScale_IsSavedWithTheSettings_AndAnOlderModelsScaleTakesTheGradesItsCustomersHold()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")) { CreditGrades = ["优", "良"] }, SystemClock.Instance);
        archive.AddCategory(DimensionNames.Category, "01", "经销商", "系统");
        archive.Add(new Customer("C1", "甲") { CategoryCode = "01", CreditGrade = "良" }, "系统");
        var clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 0, 0));

        var loaded = SnapshotJson.FromJson(SnapshotJson.ToJson(new AccountSets.AccountSet(archive)), clock);

        Assert.Equal(["优", "良"], loaded.Archive.Settings.CreditGrades);
        Assert.Equal(["优", "良"], loaded.CreditPolicies.Grades.Grades);

        // Saved before the scale was the archive's: no creditGrades in the settings, the scale with the policies, a customer off it.
        var older = JsonNode.Parse(SnapshotJson.ToJson(new AccountSets.AccountSet(Archive())))!.AsObject();
        older["settings"]!.AsObject().Remove("creditGrades");
        older["creditPolicies"]!["grades"] = new JsonArray("AA", "B");
        older["customers"]![0]!["creditGrade"] = "甲级";

        var old = SnapshotJson.FromJson(older.ToJsonString(), clock);

        Assert.Equal(["AA", "B", "甲级"], old.Archive.Settings.CreditGrades);
        Assert.Equal("甲级", old.Archive.Get("C001").CreditGrade);
    }

    [Fact]
    public void ANullScale_AndAScopedView_AreRefused()
    {
        var archive = Archive();

        Assert.Throws<ArgumentNullException>(() => new ChangeBatch().ChangeCreditGrades(null!));
        Assert.Throws<ArgumentNullException>(() => new ArchiveSettings(CodingScheme.Parse("2")) { CreditGrades = null! });
        var scoped = archive.ScopedTo(DataScope.Of(DimensionNames.Category, "01")).Apply(new ChangeBatch().ChangeCreditGrades(["A"]), SampleArchive.Actor);

        Assert.Equal(ClassificationErrorCode.OutsideDataScope, Assert.Single(scoped.Violations).Error);
        Assert.Equal(ArchiveSettings.DefaultCreditGrades, archive.Settings.CreditGrades);
    }

    [Theory]
    [InlineData("5", "$.settings.creditGrades")]
    [InlineData("[\"A\", \"A\"]", "$.settings.creditGrades")]
    [InlineData("[\"A\", 1]", "$.settings.creditGrades[1]")]
    public void ASavedScaleThatIsNoScale_IsAProblemAtItsPath(string value, string path)
    {
        var document = JsonNode.Parse(SnapshotJson.ToJson(new AccountSets.AccountSet(Archive())))!.AsObject();
        document["settings"]!["creditGrades"] = JsonNode.Parse(value);

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(document.ToJsonString(), new FakeClock(Instant.FromUtc(2026, 6, 30, 0, 0))));

        Assert.Equal(path, refused.Problems[0].Path);
    }

    [Fact]
    public void AScaleWhoseTextReadsLikeTheOld_IsStillANewScale()
    {
        // "A > B" as one grade writes as the scale A > B does; the two are different scales.
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")) { CreditGrades = ["A", "B"] }, SystemClock.Instance);

        var settings = archive.ChangeCreditGrades(["A > B"], "系统");

        Assert.Equal(["A > B"], settings.CreditGrades);
        Assert.Equal(ChangeOperation.CreditGradesChanged, Assert.Single(archive.ChangeLog).Operation);
    }
}
