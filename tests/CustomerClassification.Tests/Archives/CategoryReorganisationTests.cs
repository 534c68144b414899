using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

public class CategoryReorganisationTests
{
    private const string Actor = SampleArchive.Actor;
    private const string Category = DimensionNames.Category;

    private static CustomerArchive WithCustomers()
    {
        var archive = SampleArchive.Create();
        archive.Apply(
            new ChangeBatch()
                .Add(SampleArchive.Customer("C001", "上海华联"))
                .Add(SampleArchive.Customer("C002", "上海一百"))
                .Add(SampleArchive.Customer("C003", "苏州华联", "01002"))
                .Add(SampleArchive.Customer("C004", "北京华联", "02001")),
            Actor);
        return archive;
    }

    [Fact]
    public void Merge_MovesTheCustomers_KeepsTheTargetsProfile_ReportsTheSourcesThatDiffer_AndRemovesTheSource()
    {
        var archive = WithCustomers();
        archive.SetProfileValue(Category, "01002", "taxRate", 0.13m, Actor);
        archive.SetProfileValue(Category, "01001", "taxRate", 0.09m, Actor);
        archive.SetProfileValue(Category, "01001", "currency", "CNY", Actor);

        var merge = archive.MergeCategory(Category, "01001", "01002", Actor);

        Assert.Equal(["C001", "C002"], merge.MovedCustomers.Select(c => c.Code));
        Assert.Equal(["01001"], merge.RemovedCodes);
        var differing = Assert.Single(merge.DifferingValues);
        Assert.Equal(("taxRate", (object)0.09m, "category 01001"), (differing.Field.Name, differing.Value!, differing.Source.ToString()));
        Assert.False(archive.Snapshot.CategoriesOf(Category).Contains("01001"));
        Assert.Equal(3, archive.Snapshot.CustomersIn(Category, "01002", includeDescendants: false).Count);
        Assert.Equal(0.13m, archive.Snapshot.EffectiveProfile("C001").Get("taxRate").Value);
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.CategoryMerged && e.Before == "01001" && e.After == "01002");
    }

    [Fact]
    public void Merge_OfSubtrees_MapsEachCategoryToItsCounterpart()
    {
        var archive = WithCustomers();
        archive.AddCategory(Category, "03", "华南", Actor);
        archive.AddCategory(Category, "03001", "上海", Actor);
        archive.AddCategory(Category, "03002", "江苏", Actor);

        var merge = archive.MergeCategory(Category, "01", "03", Actor);

        Assert.Equal(["01", "01001", "01002"], merge.RemovedCodes);
        Assert.Equal("03001", archive.Snapshot.Get("C001").CategoryCode);
        Assert.Equal("03002", archive.Snapshot.Get("C003").CategoryCode);
    }

    [Fact]
    public void Merge_RefusedByALock_ThenAppliedWithAnOverride()
    {
        var archive = WithCustomers();
        archive.MarkTransacted("C001", Actor);
        var before = archive.Snapshot;

        var refused = Assert.Throws<ClassificationException>(() => archive.MergeCategory(Category, "01001", "01002", Actor));
        Assert.Equal(ClassificationErrorCode.ClassificationLocked, refused.ErrorCode);
        Assert.Same(before, archive.Snapshot);

        archive.MergeCategory(Category, "01001", "01002", Actor, new LockOverride("并入江苏，经理批准"));
        Assert.Equal("01002", archive.Snapshot.Get("C001").CategoryCode);
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.CustomerReclassified && e.CustomerCode == "C001" && e.Reason == "并入江苏，经理批准");
    }

    [Theory]
    [InlineData("01001", "01001")]
    [InlineData("01", "01001")]
    [InlineData("01001", "02")]
    [InlineData("01", "02")]
    public void Merge_OfOtherLevelsShapesOrItself_IsRefused(string from, string into)
    {
        var archive = WithCustomers();
        var before = archive.Snapshot;

        var e = Assert.Throws<ClassificationException>(() => archive.MergeCategory(Category, from, into, Actor));

        Assert.Equal(ClassificationErrorCode.CategoryReorganisationInvalid, e.ErrorCode);
        Assert.Same(before, archive.Snapshot);
    }

    // 03 华南 is a leaf of the first level (the sample's scheme is 2-3) with two customers.
    private static CustomerArchive WithLeaf03()
    {
        var archive = WithCustomers();
        archive.AddCategory(Category, "03", "华南", Actor);
        archive.Apply(new ChangeBatch().Add(SampleArchive.Customer("C005", "广州华联", "03")).Add(SampleArchive.Customer("C006", "深圳华联", "03")), Actor);
        return archive;
    }

    [Fact]
    public void Split_PutsEveryCustomerInExactlyOneChild()
    {
        var archive = WithLeaf03();

        var moved = archive.SplitCategory(Category, "03", [new CategoryRow("03001", "广州"), new CategoryRow("03002", "深圳")], new Dictionary<string, string> { ["C006"] = "03002" }, "03001", Actor);

        Assert.Equal(2, moved.Count);
        Assert.Equal("03002", archive.Snapshot.Get("C006").CategoryCode);
        Assert.Equal("03001", archive.Snapshot.Get("C005").CategoryCode);
        Assert.False(archive.Snapshot.CategoriesOf(Category).IsLeaf("03"));
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.CategorySplit && e.After == "03001, 03002");
    }

    [Fact]
    public void Split_Refusals_NameWhatIsWrong_AndChangeNothing()
    {
        var archive = WithLeaf03();
        var before = archive.Snapshot;
        CategoryRow[] children = [new("03001", "广州"), new("02002", "别处")];

        var e = Assert.Throws<ClassificationException>(() => archive.SplitCategory(Category, "03", children, new Dictionary<string, string> { ["C004"] = "03001", ["C005"] = "03009" }, "03009", Actor));

        Assert.Equal(["02002", "C004", "C005", "03009"], e.Violations.Select(v => v.Code));
        Assert.Same(before, archive.Snapshot);
        Assert.Throws<ArgumentException>(() => archive.SplitCategory(Category, "03", [], new Dictionary<string, string>(), "03001", Actor));
        Assert.Equal(ClassificationErrorCode.CategoryNotLeaf, Assert.Throws<ClassificationException>(() => archive.SplitCategory(Category, "01", [new CategoryRow("01003", "浙江")], new Dictionary<string, string>(), "01003", Actor)).ErrorCode);
    }

    [Fact]
    public void Move_RecodesTheSubtree_WithNamesProfilesFlagsAndCustomers()
    {
        var archive = WithCustomers();
        archive.SetProfileValue(Category, "01001", "salesperson", "张三", Actor);
        archive.DescribeCategory(Category, "01001", "上海门店", Actor);

        var moved = archive.MoveCategory(Category, "01001", "02002", Actor);

        var tree = archive.Snapshot.CategoriesOf(Category);
        Assert.Equal(2, moved.Count);
        Assert.False(tree.Contains("01001"));
        Assert.Equal(("上海", "上海门店", "02"), (tree.Get("02002").Name, tree.Get("02002").Description, tree.Get("02002").ParentCode));
        Assert.Equal("02002", archive.Snapshot.Get("C001").CategoryCode);
        Assert.Equal("张三", archive.Snapshot.EffectiveProfile("C001").Get("salesperson").Value);
        Assert.DoesNotContain("01001", archive.Snapshot.ProfilesOf(Category).Keys);
        Assert.Contains(archive.Snapshot.ChangeLog, e => e.Operation == ChangeOperation.CategoryMoved && e.Before == "01001" && e.After == "02002");
    }

    [Fact]
    public void Move_OfARoot_RecodesEveryDescendant()
    {
        var archive = WithCustomers();
        archive.DisableCategory(Category, "01002", Actor);

        archive.MoveCategory(Category, "01", "05", Actor);

        var tree = archive.Snapshot.CategoriesOf(Category);
        Assert.Equal(["02", "02001", "05", "05001", "05002"], tree.Select(c => c.Code));
        Assert.False(tree.Get("05002").IsActive);
        Assert.Equal("05002", archive.Snapshot.Get("C003").CategoryCode);
    }

    [Theory]
    [InlineData("01001", "02001", ClassificationErrorCode.DuplicateCategoryCode)]
    [InlineData("01001", "0200", ClassificationErrorCode.CodeDoesNotFitScheme)]
    [InlineData("01", "01001", ClassificationErrorCode.CategoryReorganisationInvalid)]
    [InlineData("01001", "09001", ClassificationErrorCode.ParentCategoryMissing)]
    [InlineData("01002", "02001001", ClassificationErrorCode.CodeDoesNotFitScheme)]
    public void Move_Refused_ChangesNothing(string code, string newCode, ClassificationErrorCode expected)
    {
        var archive = WithCustomers();
        var before = archive.Snapshot;

        var e = Assert.Throws<ClassificationException>(() => archive.MoveCategory(Category, code, newCode, Actor));

        Assert.Equal(expected, e.ErrorCode);
        Assert.Same(before, archive.Snapshot);
    }
}
