using CustomerClassification.Coding;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

public class CategoryLifecycleTests
{
    private const string Actor = SampleArchive.Actor;

    [Fact]
    public void DisabledCategory_KeepsItsCustomers_ButTakesNoNewCustomerOrChild()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), Actor);
        archive.DisableCategory(DimensionNames.Category, "01001", Actor);
        archive.DisableCategory(DimensionNames.Category, "02", Actor);

        Assert.False(archive.Snapshot.CategoriesOf(DimensionNames.Category).Get("01001").IsActive);
        Assert.Equal(ClassificationErrorCode.CategoryDisabled, Assert.Throws<ClassificationException>(() => archive.Add(SampleArchive.Customer("C002", "上海一百"), Actor)).ErrorCode);
        archive.Add(SampleArchive.Customer("C003", "苏州华联", "01002"), Actor);
        Assert.Equal(ClassificationErrorCode.CategoryDisabled, Assert.Throws<ClassificationException>(() => archive.Update("C003", c => c with { CategoryCode = "01001" }, Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CategoryDisabled, Assert.Throws<ClassificationException>(() => archive.AddCategory(DimensionNames.Category, "02002", "天津", Actor)).ErrorCode);

        // Its customers stay and can still be changed.
        archive.Update("C001", c => c with { Phone = "021-1" }, Actor);
        Assert.Equal("021-1", archive.Snapshot.Get("C001").Phone);
    }

    [Fact]
    public void EnabledAgain_TakesCustomersAgain_AndEachChangeIsLoggedOnce()
    {
        var archive = SampleArchive.Create();
        archive.DisableCategory(DimensionNames.Category, "01001", Actor);
        archive.DisableCategory(DimensionNames.Category, "01001", Actor);
        archive.EnableCategory(DimensionNames.Category, "01001", Actor);
        archive.Add(SampleArchive.Customer("C002", "上海一百"), Actor);

        var operations = archive.Snapshot.ChangeLog.Select(e => e.Operation).Where(o => o is ChangeOperation.CategoryDisabled or ChangeOperation.CategoryEnabled);
        Assert.Equal([ChangeOperation.CategoryDisabled, ChangeOperation.CategoryEnabled], operations);
    }

    [Fact]
    public void Description_IsSetChangedAndCleared_AndLogged()
    {
        var archive = SampleArchive.Create();
        archive.DescribeCategory(DimensionNames.Category, "01", "  华东经销商，月结  ", Actor);
        archive.DescribeCategory(DimensionNames.Category, "01", " ", Actor);

        Assert.Null(archive.Snapshot.CategoriesOf(DimensionNames.Category).Get("01").Description);
        var entries = archive.Snapshot.ChangeLog.Where(e => e.Operation == ChangeOperation.CategoryDescribed).ToArray();
        Assert.Equal([(null, "华东经销商，月结"), ("华东经销商，月结", null)], entries.Select(e => (e.Before, e.After)));
    }

    [Fact]
    public void BadDescription_IsRefusedWhenAdded()
    {
        var archive = SampleArchive.Create();

        Assert.Throws<ArgumentException>(() => archive.DescribeCategory(DimensionNames.Category, "01", new string('描', 201), Actor));
        Assert.Throws<ArgumentException>(() => archive.DescribeCategory(DimensionNames.Category, "01", "a\u0007b", Actor));
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => archive.DescribeCategory(DimensionNames.Category, "09", "x", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => archive.DisableCategory(DimensionNames.Category, "09", Actor)).ErrorCode);
    }

    [Fact]
    public void CodesInAnotherCase_NameTheTreesCategory_AsT3ComparesThem()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), NodaTime.SystemClock.Instance);
        archive.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, "0A", "华东").AddCategory(DimensionNames.Category, "0A01", "上海").AddCategory(DimensionNames.Category, "0B", "华北"), Actor);

        archive.DescribeCategory(DimensionNames.Category, "0a", "东部", Actor);
        archive.SetProfileValue(DimensionNames.Category, "0a01", "salesperson", "张三", Actor);
        archive.MoveCategory(DimensionNames.Category, "0a01", "0B01", Actor);

        Assert.Equal("东部", archive.Snapshot.CategoriesOf(DimensionNames.Category).Get("0A").Description);
        Assert.Equal("张三", archive.Snapshot.ProfileOf(DimensionNames.Category, "0B01").Find("salesperson"));
    }
}
