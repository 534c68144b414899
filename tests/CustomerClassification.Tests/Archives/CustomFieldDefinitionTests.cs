using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Archives;

// A custom field (自定义项) added to an archive in use, as T3 lets one be added to an account set: new settings, logged.
[EnglishMessages]
public class CustomFieldDefinitionTests
{
    private static readonly CustomFieldDefinition Remark = new("备注", CustomFieldType.Text);

    [Fact]
    public void DefineCustomField_GivesNewSettings_LogsIt_AndCustomersTakeValuesOfIt()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), SampleArchive.Actor);
        var before = archive.Settings;

        var settings = archive.DefineCustomField(Remark, "王会计");
        archive.Update("C001", c => c with { CustomFields = new Dictionary<string, CustomFieldValue> { ["备注"] = "老客户" } }, "王会计");

        Assert.Same(settings, archive.Settings);
        Assert.Null(before.FindCustomField("备注"));
        Assert.Equal(["客户类型", "年采购额", "备注"], settings.CustomFields.Select(f => f.Name));
        Assert.Equal((before.CategoryScheme, before.RegionScheme, before.CustomersClassified), (settings.CategoryScheme, settings.RegionScheme, settings.CustomersClassified));
        Assert.Equal(before.Dimensions, settings.Dimensions);
        var entry = archive.ChangeLog.Single(e => e.Operation == ChangeOperation.CustomFieldDefined);
        Assert.Equal(("备注", null, "text", "王会计"), (entry.Field, entry.Before, entry.After, entry.Actor));
        Assert.Equal("老客户", archive.Get("C001").CustomFields["备注"].AsText());
    }

    [Fact]
    public void DefineCustomField_ThenAddInOneBatch_CustomersOfTheBatchTakeValuesOfIt()
    {
        var archive = SampleArchive.Create();
        var customer = SampleArchive.Customer("C001", "上海华联") with { CustomFields = new Dictionary<string, CustomFieldValue> { ["备注"] = "新" } };

        var early = archive.Check(new ChangeBatch().Add(customer).DefineCustomField(Remark));
        var result = archive.Apply(new ChangeBatch().DefineCustomField(Remark).Add(customer), SampleArchive.Actor);

        Assert.Equal(ClassificationErrorCode.CustomFieldUnknown, Assert.Single(early).Error);
        Assert.True(result.Succeeded);
        Assert.Equal("新", archive.Get("C001").CustomFields["备注"].AsText());
    }

    [Fact]
    public void DefineCustomField_IsRefused_ForATakenName_ARequiredFieldOnCustomers_AndAScopedView()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), SampleArchive.Actor);
        var (settings, log) = (archive.Settings, archive.ChangeLog.Count);

        var taken = Assert.Throws<ClassificationException>(() => archive.DefineCustomField(new CustomFieldDefinition("行业", CustomFieldType.Text), SampleArchive.Actor));
        var twice = Assert.Throws<ClassificationException>(() => archive.DefineCustomField(new CustomFieldDefinition("客户类型", CustomFieldType.Number), SampleArchive.Actor));
        var required = Assert.Throws<ClassificationException>(() => archive.DefineCustomField(new CustomFieldDefinition("联系人职务", CustomFieldType.Text, required: true), SampleArchive.Actor));
        var scoped = archive.ScopedTo(DataScope.Of(DimensionNames.Category, "01")).Apply(new ChangeBatch().DefineCustomField(Remark), SampleArchive.Actor);

        Assert.Equal(
            [ClassificationErrorCode.CustomFieldNameTaken, ClassificationErrorCode.CustomFieldNameTaken, ClassificationErrorCode.CustomFieldRequired, ClassificationErrorCode.OutsideDataScope],
            new[] { taken.ErrorCode, twice.ErrorCode, required.ErrorCode, Assert.Single(scoped.Violations).Error });
        Assert.Contains("1 customers have no value", required.Message, StringComparison.Ordinal);
        Assert.Same(settings, archive.Settings);
        Assert.Equal(log, archive.ChangeLog.Count);
        Assert.Throws<ArgumentNullException>(() => archive.DefineCustomField(null!, SampleArchive.Actor));
        Assert.Throws<ArgumentNullException>(() => new ChangeBatch().DefineCustomField(null!));
    }

    [Fact]
    public void DefineCustomField_OnAnEmptyArchive_MayBeRequired_AndASnapshotKeepsTheFieldAndItsEntry()
    {
        var archive = SampleArchive.Create();
        archive.DefineCustomField(new CustomFieldDefinition("联系人职务", CustomFieldType.Text, required: true), SampleArchive.Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CustomFields = new Dictionary<string, CustomFieldValue> { ["联系人职务"] = "经理" } }, SampleArchive.Actor);

        var loaded = SnapshotJson.FromJson(SnapshotJson.ToJson(new AccountSets.AccountSet(archive)), new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

        Assert.True(loaded.Archive.Settings.FindCustomField("联系人职务")!.Required);
        Assert.Equal(archive.ChangeLog.ToArray(), loaded.Archive.ChangeLog.ToArray());
        Assert.Equal("text, required", loaded.Archive.ChangeLog.Single(e => e.Operation == ChangeOperation.CustomFieldDefined).After);
        // "region" is reserved even where regions are not used, as the settings' constructor reserves it.
        var noRegions = new CustomerArchive(new ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2")), SystemClock.Instance);
        Assert.Equal(ClassificationErrorCode.CustomFieldNameTaken, Assert.Throws<ClassificationException>(() => noRegions.DefineCustomField(new CustomFieldDefinition("Region", CustomFieldType.Text), SampleArchive.Actor)).ErrorCode);
        var caseSensitive = new CustomerArchive(new ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2")) { CaseSensitiveCodes = true }, SystemClock.Instance);
        Assert.True(caseSensitive.DefineCustomField(Remark, SampleArchive.Actor).CaseSensitiveCodes);
    }
}
