using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Archives;

// T3 keeps codes under a case-insensitive collation: c001 and C001 are one customer there.
public class CodeCaseTests
{
    private static CustomerArchive WithC001(bool caseSensitive = false)
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3"), customersClassified: false) { CaseSensitiveCodes = caseSensitive }, new FakeClock(SampleArchive.Start));
        archive.Add(new Customer("C001", "上海华联"), SampleArchive.Actor);
        return archive;
    }

    [Fact]
    public void ByDefault_CodesAreFoundIgnoringCase_AndKeepTheCaseFirstTyped()
    {
        var archive = WithC001();

        Assert.Equal("C001", archive.Get("c001").Code);
        Assert.Equal("C001", archive.Update("c001", c => c with { CreditGrade = "A" }, SampleArchive.Actor).Code);
        Assert.Equal("C001", archive.Snapshot.ChangeLog[^1].CustomerCode);
        Assert.Equal(2, archive.Snapshot.ChangeLog.ForCustomer("c001").Count);
    }

    [Fact]
    public void ByDefault_ACodeDifferingOnlyInCase_IsTheSameCustomer()
    {
        var archive = WithC001();
        var snapshot = archive.Snapshot;

        var add = Assert.Throws<ClassificationException>(() => archive.Add(new Customer("c001", "另一家"), SampleArchive.Actor));
        var merge = Assert.Throws<ClassificationException>(() => archive.Merge("c001", "C001", "重复", SampleArchive.Actor));

        Assert.Equal((ClassificationErrorCode.DuplicateCustomerCode, ClassificationErrorCode.MergeIntoItself), (add.ErrorCode, merge.ErrorCode));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void CaseSensitiveCodes_KeepsCodesDifferingInCaseApart_AndSurvivesASnapshot()
    {
        var archive = WithC001(caseSensitive: true);
        archive.Add(new Customer("c001", "另一家"), SampleArchive.Actor);

        Assert.Equal(("上海华联", "另一家"), (archive.Get("C001").Name, archive.Get("c001").Name));
        Assert.Null(archive.Find("C00l"));

        var loaded = SnapshotJson.FromJson(SnapshotJson.ToJson(new AccountSet(archive)), new FakeClock(SampleArchive.Start)).Archive;

        Assert.True(loaded.Settings.CaseSensitiveCodes);
        Assert.Equal(2, loaded.Snapshot.Count);
        Assert.False(SnapshotJson.FromJson(SnapshotJson.ToJson(new AccountSet(WithC001())), new FakeClock(SampleArchive.Start)).Archive.Settings.CaseSensitiveCodes);
    }

    [Fact]
    public void ByDefault_CategoryCodes_AreTheTreesWhateverTheCaseTyped()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), new FakeClock(SampleArchive.Start));
        archive.AddCategory(DimensionNames.Category, "0A", "华东", SampleArchive.Actor);

        var child = archive.AddCategory(DimensionNames.Category, "0a01", "上海", SampleArchive.Actor);
        var customer = archive.Add(new Customer("C001", "上海华联") { CategoryCode = "0a01" }, SampleArchive.Actor);
        var duplicate = Assert.Throws<ClassificationException>(() => archive.AddCategory(DimensionNames.Category, "0a", "华东二", SampleArchive.Actor));

        Assert.Equal(("0A01", "0A"), (child.Code, child.ParentCode));
        Assert.Equal("0A01", customer.CategoryCode);
        Assert.Single(archive.CustomersIn(DimensionNames.Category, "0A", includeDescendants: true));
        Assert.Equal(ClassificationErrorCode.DuplicateCategoryCode, duplicate.ErrorCode);
    }

    [Fact]
    public void CaseSensitiveCodes_KeepsCategoryCodesDifferingInCaseApart()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")) { CaseSensitiveCodes = true }, new FakeClock(SampleArchive.Start));
        archive.AddCategory(DimensionNames.Category, "0A", "华东", SampleArchive.Actor);
        archive.AddCategory(DimensionNames.Category, "0a", "华东二", SampleArchive.Actor);

        Assert.Equal(2, archive.CategoriesOf(DimensionNames.Category).Count);
        Assert.Throws<ClassificationException>(() => archive.Add(new Customer("C001", "上海华联") { CategoryCode = "0A01" }, SampleArchive.Actor));
    }
}
