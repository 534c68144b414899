using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Archives;

public class ArchiveSettingsTests
{
    private static readonly CodingScheme Scheme = CodingScheme.Parse("2-3");

    [Fact]
    public void Settings_ListDimensionsInUseAndFindFieldsAndSchemes()
    {
        var settings = new ArchiveSettings(
            Scheme,
            regionScheme: CodingScheme.Parse("2-2"),
            dimensions: [new DimensionDefinition(" 行业 ", CodingScheme.Parse("2"))],
            customFields: [new CustomFieldDefinition("客户类型", CustomFieldType.Text, required: true)]);

        Assert.True(settings.CustomersClassified);
        Assert.Equal(new[] { "category", "region", "行业" }, settings.DimensionNamesInUse);
        Assert.Equal(CodingScheme.Parse("2"), settings.SchemeOf("行业"));
        Assert.Equal(Scheme, settings.SchemeOf(DimensionNames.Category));
        Assert.Null(settings.SchemeOf("规模"));
        Assert.True(settings.FindCustomField("客户类型")!.Required);
        Assert.Null(settings.FindCustomField("备注"));
        Assert.Equal(new[] { "category" }, new ArchiveSettings(Scheme).DimensionNamesInUse);
    }

    [Fact]
    public void Settings_RefuseRepeatedNamesAndNulls()
    {
        var industry = new DimensionDefinition("行业", Scheme);

        Assert.Throws<ArgumentException>(() => new ArchiveSettings(Scheme, dimensions: [industry, new DimensionDefinition("行业", Scheme)]));
        Assert.Throws<ArgumentException>(() => new ArchiveSettings(Scheme, dimensions: [industry], customFields: [new CustomFieldDefinition("行业", CustomFieldType.Text)]));
        Assert.Throws<ArgumentNullException>(() => new ArchiveSettings(Scheme, dimensions: [null!]));
        Assert.Throws<ArgumentNullException>(() => new ArchiveSettings(null!));
        Assert.Throws<ArgumentNullException>(() => new ArchiveSettings(Scheme).SchemeOf(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("1行业")]
    [InlineData("行 业")]
    [InlineData("行业-大类")]
    [InlineData("category")]
    [InlineData("Region")]
    public void DimensionDefinition_InvalidOrBuiltInName_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => new DimensionDefinition(name, Scheme));

    [Fact]
    public void Definitions_CheckTheirArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new DimensionDefinition(null!, Scheme));
        Assert.Throws<ArgumentNullException>(() => new DimensionDefinition("行业", null!));
        Assert.Throws<ArgumentException>(() => new CustomFieldDefinition(new string('a', 31), CustomFieldType.Text));
        Assert.ThrowsAny<ArgumentException>(() => new CustomFieldDefinition("a", (CustomFieldType)9));
        Assert.Equal("年_采购额2", new CustomFieldDefinition("年_采购额2", CustomFieldType.Number).Name);
    }

    [Fact]
    public void CustomFieldValue_IsTyped()
    {
        CustomFieldValue text = "经销商";
        CustomFieldValue number = 12.5m;
        CustomFieldValue date = new LocalDate(2026, 2, 1);

        Assert.Equal(("经销商", CustomFieldType.Text), (text.AsText(), text.Type));
        Assert.Equal(12.5m, number.AsNumber());
        Assert.Equal("2026-02-01", date.ToString());
        Assert.Equal("12.5", number.ToString());
        Assert.Throws<InvalidOperationException>(() => text.AsNumber());
        Assert.Throws<InvalidOperationException>(() => number.AsDate());
        Assert.Throws<InvalidOperationException>(() => date.AsText());
        Assert.NotEqual(CustomFieldValue.FromText("12.5"), number);
        Assert.Equal(CustomFieldValue.FromNumber(12.50m), number);
        Assert.Equal(string.Empty, default(CustomFieldValue).AsText());
        Assert.Throws<ArgumentNullException>(() => CustomFieldValue.FromText(null!));
    }

    [Fact]
    public void DataScope_AllowsSubtreesPerDimension()
    {
        var scope = DataScope.Of(DimensionNames.Category, "01", "02").And(DimensionNames.Region, "31");
        var inScope = new Customer("C1", "甲") { CategoryCode = "01001", RegionCode = "3101" };

        Assert.True(scope.Allows(inScope));
        Assert.False(scope.Allows(inScope with { RegionCode = "3201" }));
        Assert.False(scope.Allows(inScope with { RegionCode = null }));
        Assert.False(scope.Allows(inScope with { CategoryCode = "03001" }));
        Assert.True(scope.AllowsCategory("行业", "09"));
        Assert.False(scope.AllowsCategory(DimensionNames.Category, "03"));
        Assert.Equal(new[] { "01", "02" }, scope.AllowedIn(DimensionNames.Category));
        Assert.Null(scope.AllowedIn("行业"));
        Assert.Equal(new[] { "category", "region" }, scope.Dimensions);
        Assert.True(DataScope.Unrestricted.Allows(new Customer("C2", "乙")));
    }

    [Fact]
    public void DataScope_AndLockOverride_CheckTheirArguments()
    {
        Assert.Throws<ArgumentException>(() => DataScope.Of(DimensionNames.Category));
        Assert.Throws<ArgumentNullException>(() => DataScope.Of(DimensionNames.Category, null!));
        Assert.Throws<ArgumentException>(() => DataScope.Of(" ", "01"));
        Assert.Throws<ArgumentException>(() => DataScope.Of(DimensionNames.Category, "01", " "));
        Assert.Throws<ArgumentException>(() => new LockOverride(" "));
        Assert.Throws<ArgumentNullException>(() => new LockOverride(null!));
        Assert.Equal("升级", new LockOverride(" 升级 ").Reason);
    }

    [Fact]
    public void ChangeBatch_ChecksArgumentsWhenAnOperationIsAdded()
    {
        var batch = new ChangeBatch();

        Assert.Throws<ArgumentNullException>(() => batch.Add(null!));
        Assert.Throws<ArgumentException>(() => batch.Update(string.Empty, c => c));
        Assert.Throws<ArgumentNullException>(() => batch.Update("C1", null!));
        Assert.Throws<ArgumentException>(() => batch.Deactivate(string.Empty, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentException>(() => batch.Merge("C1", "C2", "\t"));
        Assert.Throws<ArgumentNullException>(() => batch.AddCategory(DimensionNames.Category, "01", null!));
        Assert.Throws<ArgumentException>(() => batch.MoveCustomers(DimensionNames.Category, "01", string.Empty));
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Customer_MnemonicCode_FollowsTheNameUnlessGiven()
    {
        var generated = new Customer("C1", "上海华联");
        var given = generated with { MnemonicCode = "HL" };

        Assert.Equal("SHHL", generated.MnemonicCode);
        Assert.Equal("BJHL", (generated with { Name = "北京华联" }).MnemonicCode);
        Assert.Equal("HL", (given with { Name = "北京华联" }).MnemonicCode);
        Assert.Equal("BJHL", (given with { MnemonicCode = null, Name = "北京华联" }).MnemonicCode);
        Assert.Null(new Customer("C2", "（）").MnemonicCode);
        Assert.NotEqual(generated, generated with { MnemonicCode = "SHHL" });
    }

    [Fact]
    public void Customer_Details_CompareByValue()
    {
        var a = new Customer("C1", "甲") { Phone = "1", ShipToAddresses = ["仓一"], DiscountRate = 0.1m };
        var b = new Customer("C1", "甲") { DiscountRate = 0.1m, ShipToAddresses = ["仓一"], Phone = "1" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Phone = "2" });
        Assert.Equal(new Customer("C1", "甲"), a with { Phone = null, ShipToAddresses = [], DiscountRate = null });
    }
}
