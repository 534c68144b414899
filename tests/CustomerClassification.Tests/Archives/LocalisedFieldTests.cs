using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

// Issue #27 item 4: under a Chinese system language an unknown category was reported with the dimension's Chinese
// label as its field, so a snapshot lost its path (and an import its column: CustomerImportColumnsTests). Field names are never localised.
public class LocalisedFieldTests
{
    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("en-US")]
    public void AnUnknownOrNonLeafCategory_NamesItsField_InAnyLanguage(string language)
    {
        using var _ = new UiCulture(language);
        var archive = SampleArchive.Create();

        var unknown = archive.Apply(new ChangeBatch().Add(SampleArchive.Customer("C1", "甲", category: "09")), SampleArchive.Actor);
        var notLeaf = archive.Apply(new ChangeBatch().Add(new Customer("C2", "乙") { CategoryCode = "01001", Dimensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["行业"] = "03" } }), SampleArchive.Actor);
        var region = archive.Apply(new ChangeBatch().Add(new Customer("C3", "丙") { CategoryCode = "01", RegionCode = "31" }), SampleArchive.Actor);

        Assert.Equal("category", Assert.Single(unknown.Violations).Field);
        Assert.Equal("行业", Assert.Single(notLeaf.Violations).Field);
        Assert.Equal(new string?[] { "category", "region" }, region.Violations.Select(v => v.Field).ToArray());
    }

    [Fact]
    public void ASnapshotUnderAChineseSystemLanguage_PointsAtTheCategoryProperty()
    {
        using var _ = new UiCulture("zh-Hans");
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C9", "甲", category: "01002"), SampleArchive.Actor);
        var json = SnapshotJson.ToJson(new AccountSets.AccountSet(archive));
        var category = new System.Text.RegularExpressions.Regex("(\"category\"\\s*:\\s*)\"01002\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        json = category.Replace(json, "$1\"09\"", 1); // the customer's, before the change log's


        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, new NodaTime.Testing.FakeClock(SampleArchive.Start))).Problems);

        Assert.Equal("$.customers[0].category", problem.Path);
    }

    [Fact]
    public void ALockedReclassification_IsRefusedInTheUsersLanguage_NamingItsFieldCanonically()
    {
        using var _ = new UiCulture("zh-Hans");
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C1", "甲") with { HasTransactions = true }, SampleArchive.Actor);

        var result = archive.Apply(new ChangeBatch().Update("C1", c => c with { CategoryCode = "01002" }), SampleArchive.Actor);

        var violation = Assert.Single(result.Violations);
        Assert.Equal((ClassificationErrorCode.ClassificationLocked, "category"), (violation.Error, violation.Field));
        Assert.StartsWith("客户“C1”已有业务往来，其客户分类不能从“01001”改为“01002”", violation.Message, StringComparison.Ordinal);
    }
}
