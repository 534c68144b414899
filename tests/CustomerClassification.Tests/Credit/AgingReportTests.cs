using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Credit;

[EnglishMessages]
public class AgingReportTests
{
    private static readonly OpenItem[] Items =
    [
        Item("D1", 1_000m, -5, "A1"),    // not yet due
        Item("D1", 2_000m, 15, "A2"),    // 1-30
        Item("D2", 3_000.005m, 45, "A3"), // 31-60
        Item("D2", -500m, 200, "A4"),    // 181-365, an open credit
        Item("R1", 4_000m, 400, "A5"),   // >365
        Item("X1", 100m, 0, "A6"),       // due today: not yet overdue
    ];

    [Fact]
    public void Build_BucketsEveryItem_AndRollsUpTheTree()
    {
        var report = AgingReport.Build(Archive().Snapshot, Items, Today);

        Assert.Equal(new[] { "not due", "1-30", "31-60", "61-90", "91-180", "181-365", ">365" }, report.Buckets.Labels);
        Assert.Equal(new[] { "D1", "D2", "R1", "X1" }, report.Customers.Select(r => r.Code));
        Assert.Equal(new[] { 1_000m, 2_000m, 0m, 0m, 0m, 0m, 0m }, report.Customers[0].Amounts);
        Assert.Equal(new[] { 1_000m, 2_000m, 3_000.005m, 0m, 0m, -500m, 0m }, report.CategoryRow("01").Amounts);
        Assert.Equal(5_500.005m, report.CategoryRow("01").Balance);
        Assert.Equal(2_500.005m, report.CategoryRow("01002").Balance);
        Assert.Equal(4_000m, report.CategoryRow("02").Amounts[6]);
        Assert.Equal(9_600.005m, report.Total.Balance);
        Assert.Equal(0m, report.Unclassified.Balance);
        Assert.Equal(3_000.01m, AgingReport.Round(report.CategoryRow("01002").Amounts[2]));
        Assert.Equal(new[] { "01", "01001", "01002", "02", "02001", "03", "03001" }, report.Categories.Select(r => r.Code));
    }

    [Fact]
    public void Build_ByInvoiceDate_CountsFromTheInvoice()
    {
        var report = AgingReport.Build(Archive().Snapshot, [Item("D1", 10m, -5)], Today, basis: AgingBasis.InvoiceDate, buckets: new AgingBuckets([10, 30]));

        Assert.Equal(new[] { "≤10", "11-30", ">30" }, report.Buckets.Labels);
        Assert.Equal(new[] { 0m, 10m, 0m }, report.Total.Amounts);
    }

    [Fact]
    public void Build_ItemsOfUnknownCustomers_AreRefusedEveryOne()
    {
        var e = Assert.Throws<ClassificationException>(() => AgingReport.Build(Archive().Snapshot, [Item("NOPE", 1m, 0), Item("GONE", 1m, 0), Item("D1", 1m, 0)], Today));

        Assert.Equal(ClassificationErrorCode.CustomerNotFound, e.ErrorCode);
        Assert.Equal(new[] { "GONE", "NOPE" }, e.Violations.Select(v => v.Code));
    }

    [Fact]
    public void Build_BadArguments_Throw()
    {
        var snapshot = Archive().Snapshot;

        Assert.Throws<ArgumentNullException>(() => AgingReport.Build(null!, [], Today));
        Assert.Throws<ArgumentNullException>(() => AgingReport.Build(snapshot, null!, Today));
        Assert.Throws<ArgumentNullException>(() => AgingReport.Build(snapshot, [null!], Today));
        Assert.Throws<ClassificationException>(() => AgingReport.Build(snapshot, [], Today, dimension: "行业"));
        Assert.ThrowsAny<ArgumentException>(() => AgingReport.Build(snapshot, [], Today, basis: (AgingBasis)7));
        Assert.Throws<ArgumentException>(() => new AgingBuckets([30, 30]));
        Assert.Throws<ArgumentException>(() => new AgingBuckets([-1, 30]));
        Assert.Throws<ArgumentException>(() => new AgingBuckets([]));
        Assert.Throws<ClassificationException>(() => AgingReport.Build(snapshot, [], Today).CategoryRow("09"));
    }

    [Fact]
    public void Provision_ByAging_UsesInheritedRatesAndSaysWhereTheyCameFrom()
    {
        var archive = Archive().Snapshot;
        var report = AgingReport.Build(archive, Items, Today);
        var rates = new ProvisionRateSet(new ProvisionRates([0m, 0.01m, 0.05m, 0.1m, 0.2m, 0.5m, 1m]))
            .With("02", new ProvisionRates([0m, 0m, 0m, 0m, 0m, 0m, 0.8m]));

        var provision = BadDebtProvision.ByAging(report, archive, rates);

        var d1 = provision.Customers[0];
        Assert.Equal((20m, PolicySource.Default), (d1.Provision, d1.Rates!.Value.Source));
        var r1 = provision.Customers.Single(r => r.Code == "R1");
        Assert.Equal((3_200m, PolicySource.Category("02")), (r1.Provision, r1.Rates!.Value.Source));
        Assert.Equal(20m + (3_000.005m * 0.05m) - 250m, provision.Categories.Single(r => r.Code == "01").Provision);
        Assert.Equal(provision.Customers.Sum(r => r.Provision), provision.Total.Provision);
        Assert.Throws<ArgumentException>(() => rates.With("01", new ProvisionRates([0.1m])));
        Assert.Throws<ArgumentException>(() => BadDebtProvision.ByAging(AgingReport.Build(archive, Items, Today, buckets: new AgingBuckets([30])), archive, rates));
    }

    [Fact]
    public void Provision_ByBalance_AppliesOneRate()
    {
        var archive = Archive().Snapshot;
        var report = AgingReport.Build(archive, Items, Today);

        var provision = BadDebtProvision.ByBalance(report, archive, 0.05m);

        Assert.Equal(report.Total.Balance * 0.05m, provision.Total.Provision);
        Assert.Equal(report.CategoryRow("01").Balance * 0.05m, provision.Categories[0].Provision);
        Assert.Throws<ArgumentOutOfRangeException>(() => BadDebtProvision.ByBalance(report, archive, 1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProvisionRates([0.5m, -0.1m]));
        Assert.Throws<ArgumentNullException>(() => BadDebtProvision.ByAging(report, archive, null!));
    }
}
