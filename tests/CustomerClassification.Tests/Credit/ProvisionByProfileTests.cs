using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 6: provision rates (计提比例) are profile values, inherited and saved; only debit balances are provided for.</summary>
[EnglishMessages]
public class ProvisionByProfileTests
{
    private const string Actor = "test";

    private static readonly OpenItem[] Items =
    [
        Item("D1", 1_000m, 15),     // 1-30
        Item("D2", 2_000m, 400),    // >365
        Item("R1", 4_000m, 45),     // 31-60
        Item("R1", -5_000m, 0),     // a larger advance: R1 owes nothing
    ];

    [Fact]
    public void Rates_AreInherited_TheNearestCategoryFirst_AndANetCreditBalanceGetsNone()
    {
        var archive = Archive();
        archive.SetDefaultProfileValue("计提比例", "0%,5%,10%,30%,50%,80%,100%", Actor);
        archive.SetProfileValue(DimensionNames.Category, "01002", "计提比例", "0,0,0,0,0,0,0.5", Actor);
        var snapshot = archive.Snapshot;

        var provision = BadDebtProvision.ByProfiles(AgingReport.Build(snapshot, Items, Today), snapshot);

        var rows = provision.Customers.ToDictionary(r => r.Code);
        Assert.Equal((50m, PolicySource.Default), (rows["D1"].Provision, rows["D1"].Rates!.Value.Source));
        Assert.Equal((1_000m, PolicySource.Category("01002")), (rows["D2"].Provision, rows["D2"].Rates!.Value.Source));
        Assert.Equal((-1_000m, 0m), (rows["R1"].Balance, rows["R1"].Provision));
        Assert.Equal(1_050m, provision.Total.Provision);
        Assert.Equal(1_050m, provision.Categories.Single(r => r.Code == "01").Provision);
    }

    [Fact]
    public void RatesOfAnotherLength_NameWhereTheyAreSet_AndNoRatesMeanNoProvision()
    {
        var archive = Archive();
        var none = BadDebtProvision.ByProfiles(AgingReport.Build(archive.Snapshot, Items, Today), archive.Snapshot);
        archive.SetProfileValue(DimensionNames.Category, "01", "provisionRates", "5%,100%", Actor);
        var snapshot = archive.Snapshot;

        var e = Assert.Throws<ArgumentException>(() => BadDebtProvision.ByProfiles(AgingReport.Build(snapshot, Items, Today), snapshot));

        Assert.Equal(0m, none.Total.Provision);
        Assert.All(none.Customers, r => Assert.Null(r.Rates));
        Assert.StartsWith("The provision rates of category 01 have 2 brackets; the aging report has 7.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5%,abc")]
    [InlineData("120%")]
    [InlineData("-0.1")]
    [InlineData("")]
    public void AProfile_RefusesTextThatIsNoRates(string text)
    {
        var archive = Archive();

        Assert.ThrowsAny<Exception>(() => archive.SetDefaultProfileValue("计提比例", text, Actor));
        Assert.False(ProvisionRates.Parse(text).Success);
    }

    [Fact]
    public void Rates_PrintAndParse_BothWays()
    {
        var rates = ProvisionRates.Parse("0%，5%、0.1;30%").Value;

        Assert.Equal([0m, 0.05m, 0.1m, 0.3m], rates.Rates);
        Assert.Equal("0%,5%,10%,30%", rates.ToString());
        Assert.Equal(rates.Rates, ProvisionRates.Parse(rates.ToString()).Value.Rates);
    }

    [Fact]
    public void ByAging_ProvidesForDebitBalancesOnly_Too()
    {
        var snapshot = Archive().Snapshot;
        var report = AgingReport.Build(snapshot, Items, Today);

        var aging = BadDebtProvision.ByAging(report, snapshot, new ProvisionRateSet(new ProvisionRates([1m, 1m, 1m, 1m, 1m, 1m, 1m])));
        var balance = BadDebtProvision.ByBalance(report, snapshot, 1m);

        Assert.Equal(0m, aging.Customers.Single(r => r.Code == "R1").Provision);
        Assert.Equal(0m, balance.Customers.Single(r => r.Code == "R1").Provision);
        Assert.Equal(3_000m, balance.Total.Provision);
    }
}
