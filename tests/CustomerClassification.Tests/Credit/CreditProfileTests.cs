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
    public void MinimumGradeOffTheArchivesScale_IsMetByNoGrade()
    {
        // A host's policy set may hold grades of a scale of its own; checks compare on the archive's, where Z9 is not.
        var archive = Archive();
        var policies = new CreditPolicySet(grades: new CreditGradeScale(["Z9", "B"]), defaults: new CreditPolicy { MinimumGrade = "Z9" });

        var decision = policies.For(archive.Snapshot).Evaluate(new CreditRequest("C001", 1m, [], Today));

        Assert.Equal(CreditReasonKind.GradeBelowMinimum, Assert.Single(decision.Reasons).Kind);
    }

    [Fact]
    public void AProfileGradeOffTheScale_IsRefused_AndChangesNothing()
    {
        var archive = Archive();
        var snapshot = archive.Snapshot;

        var minimum = archive.Apply(new ChangeBatch().SetProfileValue(DimensionNames.Category, "01", "minimumGrade", "Z9"), SampleArchive.Actor);
        var auto = archive.Apply(new ChangeBatch().SetDefaultProfileValue("autoApprovedGrades", new[] { "AAA", "Z9" }), SampleArchive.Actor);

        Assert.Equal((ClassificationErrorCode.ProfileValueInvalid, "minimumGrade"), (Assert.Single(minimum.Violations).Error, minimum.Violations[0].Field));
        Assert.Equal((ClassificationErrorCode.ProfileValueInvalid, "autoApprovedGrades"), (Assert.Single(auto.Violations).Error, auto.Violations[0].Field));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void APolicySetsValue_IsNearerThanAnAncestorsProfile_AsProfileValuesAre()
    {
        // One mechanism: the set's value on 01001 is a profile value of 01001, nearer to C001 than the profile on 01.
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01", "creditLimit", 1_000m, SampleArchive.Actor);
        var policies = new CreditPolicySet().With("01001", new CreditPolicy { CreditLimit = 7_000m });

        var policy = policies.For(archive.Snapshot).EffectivePolicyOf("C001");

        Assert.Equal(new PolicyValue<decimal?>(7_000m, PolicySource.Category("01001")), policy.CreditLimit);
    }

    [Fact]
    public void ToBatch_WritesTheSetsValues_AsLoggedProfileValues_AndDecidesAsTheSetDid()
    {
        var archive = Archive();
        var policies = new CreditPolicySet(new CreditPolicy { AllowedOverdueDays = 10, AutoApprovedGrades = ["AA", "AAA"] })
            .With("01", new CreditPolicy { CreditLimit = 5_000m, BlockOverLimit = false, PaymentTerms = PaymentTerms.Parse("月结30天") });
        var before = policies.For(archive.Snapshot).EffectivePolicyOf("C001");
        var logged = archive.ChangeLog.Count;

        var result = archive.Apply(policies.ToBatch(), SampleArchive.Actor);

        Assert.True(result.Succeeded);
        Assert.Equal(5, archive.ChangeLog.Count - logged);
        Assert.All(archive.ChangeLog.Skip(logged), e => Assert.Equal(ChangeOperation.ProfileChanged, e.Operation));
        Assert.Equal(5_000m, archive.Snapshot.ProfileOf(DimensionNames.Category, "01").Find("creditLimit"));
        var after = new CreditPolicySet().For(archive.Snapshot).EffectivePolicyOf("C001");
        Assert.Equal(Serialization.SnapshotJsonTests.Described(before), Serialization.SnapshotJsonTests.Described(after));
    }

    [Fact]
    public void ToBatch_OfACodeTheArchiveLacks_IsRefused_AndChangesNothing()
    {
        var archive = Archive();
        var snapshot = archive.Snapshot;

        var result = archive.Apply(new CreditPolicySet().With("01", new CreditPolicy { CreditLimit = 1m }).With("99", new CreditPolicy { CreditLimit = 2m }).ToBatch(), SampleArchive.Actor);

        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Single(result.Violations).Error);
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void AGradeNoCustomerCouldHold_IsRefusedByTheScale_AndAGradeOffTheSetsScaleByTheSet()
    {
        Assert.Throws<ArgumentException>(() => new CreditGradeScale([new string('A', 101), "B"]));
        Assert.Throws<ArgumentException>(() => new CreditGradeScale(["A\u001bB"]));
        Assert.Throws<ArgumentException>(() => new CreditPolicySet(defaults: new CreditPolicy { MinimumGrade = "AAAA" }));
        Assert.Throws<ArgumentException>(() => new CreditPolicySet().With("01", new CreditPolicy { AutoApprovedGrades = ["AAAA"] }));
    }
}
