using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

public class StandardsEvolutionTests
{
    private const string Actor = SampleArchive.Actor;

    [Fact]
    public void AddedDimension_TakesCategoriesAndCustomers_AndIsLogged()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), Actor);

        archive.Apply(
            new ChangeBatch()
                .AddDimension(new DimensionDefinition("渠道", CodingScheme.Parse("2")))
                .AddCategory("渠道", "01", "经销")
                .Update("C001", c => c with { Dimensions = new Dictionary<string, string> { ["渠道"] = "01" } }),
            Actor);

        Assert.Equal("01", archive.Snapshot.Get("C001").CodeIn("渠道"));
        Assert.Single(archive.Snapshot.CustomersIn("渠道", "01", includeDescendants: false));
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.DimensionAdded && e.Dimension == "渠道" && e.After == "2");
        Assert.Equal(ClassificationErrorCode.CustomFieldNameTaken, Assert.Throws<ClassificationException>(() => archive.AddDimension(new DimensionDefinition("行业", CodingScheme.Parse("2")), Actor)).ErrorCode);
    }

    [Fact]
    public void LevelAddedAtTheEnd_LetsLeavesGetChildren()
    {
        var archive = SampleArchive.Create();

        archive.ChangeScheme(DimensionNames.Category, CodingScheme.Parse("2-3-3"), Actor);
        archive.AddCategory(DimensionNames.Category, "01001001", "浦东", Actor);

        Assert.Equal("2-3-3", archive.Snapshot.Settings.CategoryScheme.ToString());
        Assert.Equal(3, archive.Snapshot.CategoriesOf(DimensionNames.Category).Get("01001001").Level);
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.SchemeChanged && e.Before == "2-3" && e.After == "2-3-3");
    }

    [Fact]
    public void SchemeThatLeavesCodesOut_IsRefused_NamingEveryCode()
    {
        var archive = SampleArchive.Create();
        var before = archive.Snapshot;

        var e = Assert.Throws<ClassificationException>(() => archive.ChangeScheme(DimensionNames.Category, CodingScheme.Parse("2-4"), Actor));

        Assert.Equal(["01001", "01002", "02001"], e.Violations.Select(v => v.Code));
        Assert.All(e.Violations, v => Assert.Equal(ClassificationErrorCode.CodeDoesNotFitScheme, v.Error));
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void ASchemeChangesViolations_AreInTheUsersLanguage()
    {
        using var _ = new UiCulture("zh-Hans");
        var archive = SampleArchive.Create();

        var misfit = Assert.Throws<ClassificationException>(() => archive.ChangeScheme(DimensionNames.Category, CodingScheme.Parse("2-4"), Actor));
        var parent = Assert.Throws<ClassificationException>(() => archive.ChangeScheme(DimensionNames.Category, CodingScheme.Parse("2-1-2"), Actor));

        Assert.StartsWith("在编码方案 2-4 下，", misfit.Violations[0].Message, StringComparison.Ordinal);
        Assert.Contains(parent.Violations, v => v.Error == ClassificationErrorCode.CategoryParentWouldChange && v.Message.StartsWith("在编码方案 2-1-2 下，分类“01001”的上级将是", StringComparison.Ordinal));
    }
}
