using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

public class CategoryProfileTests
{
    private const string Actor = SampleArchive.Actor;

    [Fact]
    public void Dealer_BringsItsValuesAlong_WithTheirSource()
    {
        var archive = SampleArchive.Create();
        archive.SetProfileValue(DimensionNames.Category, "01", "付款条件", PaymentTerms.Parse("n/30"), Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "税率", 0.13m, Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "专管业务员", "张三", Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联"), Actor);

        var profile = archive.Snapshot.EffectiveProfile("C001");

        Assert.Equal(PaymentTerms.Parse("n/30"), profile.Get("paymentTerms").Value);
        Assert.Equal(ProfileSource.Category(DimensionNames.Category, "01"), profile.Get("paymentTerms").Source);
        Assert.Equal(0.13m, profile.Get("taxRate").Value);
        Assert.Equal("category 01001", profile.Get("taxRate").Source.ToString());
        Assert.Equal("张三", profile.Get("salesperson").Value);
        Assert.Equal(new ProfileValue(CategoryProfileFields.Get("currency"), "CNY", ProfileSource.Default), profile.Get("币种"));
        Assert.Null(profile.Get("priceList").Value);
        Assert.Equal(CategoryProfileFields.All.Count, profile.Count);
    }

    [Fact]
    public void CustomerOwnValue_ComesFirst_AndTheFirstShipToAddress()
    {
        var archive = SampleArchive.Create();
        archive.SetProfileValue(DimensionNames.Category, "01001", "taxRate", 0.13m, Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "shipTo", "上海仓", Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { DefaultTaxRate = 0.06m, ShipToAddresses = ["浦东仓", "闵行仓"] }, Actor);

        var profile = archive.Snapshot.EffectiveProfile("C001");

        Assert.Equal(new ProfileValue(CategoryProfileFields.Get("taxRate"), 0.06m, ProfileSource.Customer), profile.Get("taxRate"));
        Assert.Equal("浦东仓", profile.Get("shipTo").Value);
    }

    [Fact]
    public void Dimensions_AskedInTheHostsOrder_CategoryFirstByDefault()
    {
        var archive = SampleArchive.Create();
        archive.SetProfileValue(DimensionNames.Region, "31", "settlementMethod", "现金", Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "settlementMethod", "月结", Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { RegionCode = "3101" }, Actor);

        Assert.Equal("月结", archive.Snapshot.EffectiveProfile("C001").Get("结算方式").Value);
        var regionFirst = archive.Snapshot.EffectiveProfiles([DimensionNames.Region, DimensionNames.Category]).Of("C001");
        Assert.Equal(new ProfileValue(CategoryProfileFields.Get("settlementMethod"), "现金", ProfileSource.Category("region", "31")), regionFirst.Get("settlementMethod"));
        Assert.Throws<ArgumentException>(() => archive.Snapshot.EffectiveProfiles(["region", "地区分类"]));
        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Assert.Throws<ClassificationException>(() => archive.Snapshot.EffectiveProfiles(["渠道"])).ErrorCode);
    }

    [Fact]
    public void Defaults_ApplyWhereNothingElseSetsTheValue()
    {
        var archive = SampleArchive.Create();
        archive.SetDefaultProfileValue("currency", "USD", Actor);
        archive.SetDefaultProfileValue("预付款", true, Actor);
        archive.Add(SampleArchive.Customer("C001", "上海华联"), Actor);

        var profile = archive.Snapshot.EffectiveProfile("C001");

        Assert.Equal("USD", profile.Get("currency").Value);
        Assert.Equal(true, profile.Get("prepayment").Value);
        Assert.Equal(ProfileSourceKind.Default, profile.Get("prepayment").Source.Kind);
    }

    [Fact]
    public void ProfileChange_IsLogged_WithBeforeAndAfter_AndClearingRestoresTheInheritedValue()
    {
        var archive = SampleArchive.Create();
        archive.SetProfileValue(DimensionNames.Category, "01", "taxRate", 0.13m, Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "taxRate", 0.09m, Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "taxRate", null, Actor);

        var entries = archive.Snapshot.ChangeLog.Where(e => e.Operation == ChangeOperation.ProfileChanged).ToArray();
        Assert.Equal(3, entries.Length);
        Assert.Equal(("01001", "taxRate", "0.09", (string?)null), (entries[2].CategoryCode, entries[2].Field, entries[2].Before, entries[2].After));
        Assert.Equal(0.13m, archive.Snapshot.EffectiveProfiles().OfCategory(DimensionNames.Category, "01001").Get("taxRate").Value);
        Assert.Equal(CategoryProfile.Empty, archive.Snapshot.ProfileOf(DimensionNames.Category, "01001"));
    }

    [Fact]
    public void BadValues_AreRefused_AndNothingChanges()
    {
        var archive = SampleArchive.Create();
        var before = archive.Snapshot;

        Assert.Equal(ClassificationErrorCode.ProfileValueInvalid, Assert.Throws<ClassificationException>(() => archive.SetProfileValue(DimensionNames.Category, "01", "taxRate", 1.3m, Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.ProfileValueInvalid, Assert.Throws<ClassificationException>(() => archive.SetProfileValue(DimensionNames.Category, "01", "taxRate", "13%", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.ProfileValueInvalid, Assert.Throws<ClassificationException>(() => archive.SetProfileValue(DimensionNames.Category, "01", "allowedOverdueDays", -1, Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.ProfileValueInvalid, Assert.Throws<ClassificationException>(() => archive.SetProfileValue(DimensionNames.Category, "01", "salesperson", "张\n三", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => archive.SetProfileValue(DimensionNames.Category, "09", "taxRate", 0.13m, Actor)).ErrorCode);
        Assert.Throws<KeyNotFoundException>(() => archive.SetProfileValue(DimensionNames.Category, "01", "折扣价", 0.13m, Actor));
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [InlineData("taxRate", "13%", "0.13")]
    [InlineData("税率", "0.13", "0.13")]
    [InlineData("预付款", "是", "true")]
    [InlineData("allowedOverdueDays", "1,000", "1000")]
    [InlineData("paymentTerms", "2/10,n/30", "2/10,n/30")]
    [InlineData("autoApprovedGrades", "B, AAA,A", "A, AAA, B")]
    public void Parse_ReadsACell_AsAProfileTableHoldsIt(string field, string text, string printed)
    {
        var profileField = CategoryProfileFields.Get(field);

        Assert.Equal(printed, profileField.Format(profileField.Parse(text).Value));
    }

    [Theory]
    [InlineData("taxRate", "130%")]
    [InlineData("discountRate", "-0.1")]
    [InlineData("prepayment", "maybe")]
    [InlineData("watchListMonths", "1.5")]
    [InlineData("creditLimit", "-5")]
    [InlineData("salesperson", " ")]
    public void Parse_RefusesWhatTheValueCannotHold(string field, string text) =>
        Assert.False(CategoryProfileFields.Get(field).Parse(text).Success);

    [Fact]
    public void RemovedCategory_TakesItsProfileAlong()
    {
        var archive = SampleArchive.Create();
        archive.AddCategory(DimensionNames.Category, "02002", "天津", Actor);
        archive.SetProfileValue(DimensionNames.Category, "02002", "department", "销售二部", Actor);
        archive.RemoveCategory(DimensionNames.Category, "02002", Actor);
        archive.AddCategory(DimensionNames.Category, "02002", "天津", Actor);

        Assert.Empty(archive.Snapshot.ProfileOf(DimensionNames.Category, "02002"));
    }
}
