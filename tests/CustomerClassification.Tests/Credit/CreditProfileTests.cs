using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>The credit part of category profiles is what credit checks read; a policy set fills in where no profile sets a value.</summary>
public class CreditProfileTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { RegionCode = "3101", CreditGrade = "B" }, SampleArchive.Actor);
        return archive;
    }

    [Fact]
    public void CategoryProfile_SetsTheLimit_OverThePolicySet()
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01", "信用额度", 1_000m, SampleArchive.Actor);
        var policies = new CreditPolicySet(new CreditPolicy { CreditLimit = 50_000m, AllowedOverdueDays = 10 });

        var decision = policies.For(archive.Snapshot).Evaluate(new CreditRequest("C001", 2_000m, [], Today));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(new PolicyValue<decimal?>(1_000m, PolicySource.Category("01")), decision.Policy.CreditLimit);
        Assert.Equal(new PolicyValue<int?>(10, PolicySource.Default), decision.Policy.AllowedOverdueDays);
    }

    [Fact]
    public void RegionProfile_AndArchiveDefaults_AreReadToo()
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Region, "31", "allowedOverdueDays", 5, SampleArchive.Actor);
        archive.SetDefaultProfileValue("blockOverLimit", false, SampleArchive.Actor);
        archive.SetDefaultProfileValue("minimumGrade", "A", SampleArchive.Actor);
        var item = new OpenItem("C001", "INV-1", 100m, Today.PlusDays(-40), Today.PlusDays(-10));

        var decision = new CreditPolicySet().For(archive.Snapshot).Evaluate(new CreditRequest("C001", 1m, [item], Today));

        Assert.Equal(new PolicyValue<int?>(5, PolicySource.Category("31")), decision.Policy.AllowedOverdueDays);
        Assert.False(decision.Policy.BlockOverLimit.Value);
        Assert.Contains(decision.Reasons, r => r.Kind == CreditReasonKind.Overdue);
        Assert.Contains(decision.Reasons, r => r.Kind == CreditReasonKind.GradeBelowMinimum);
    }

    [Fact]
    public void CustomersOwnLimit_StillComesFirst()
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01001", "creditLimit", 1_000m, SampleArchive.Actor);
        archive.Update("C001", c => c with { CreditLimit = 9_000m }, SampleArchive.Actor);

        var policy = new CreditPolicySet().For(archive.Snapshot).EffectivePolicyOf("C001");

        Assert.Equal(new PolicyValue<decimal?>(9_000m, PolicySource.Customer), policy.CreditLimit);
    }

    [Fact]
    public void MinimumGradeOffTheScale_IsMetByNoGrade()
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01", "minimumGrade", "Z9", SampleArchive.Actor);

        var decision = new CreditPolicySet().For(archive.Snapshot).Evaluate(new CreditRequest("C001", 1m, [], Today));

        Assert.Equal(CreditReasonKind.GradeBelowMinimum, Assert.Single(decision.Reasons).Kind);
    }
}
