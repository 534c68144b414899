using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Credit;

public class CreditCheckTests
{
    private static CreditDecision Check(string customer, decimal order, params OpenItem[] items) =>
        Policies().For(Archive().Snapshot).Evaluate(new CreditRequest(customer, order, items, Today));

    [Fact]
    public void EffectivePolicy_TakesEachValueFromTheNearestSource()
    {
        var check = Policies().For(Archive().Snapshot);

        var d2 = check.EffectivePolicyOf("D2");
        Assert.Equal(new PolicyValue<decimal?>(50_000m, PolicySource.Category("01002")), d2.CreditLimit);
        Assert.Equal(new PolicyValue<decimal?>(0.9m, PolicySource.Category("01")), d2.WarningThreshold);
        Assert.Equal(new PolicyValue<int?>(90, PolicySource.Default), d2.AllowedOverdueDays);
        Assert.Equal(new PolicyValue<string?>("B", PolicySource.Customer), d2.Grade);
        Assert.Equal("2/10,n/30", d2.PaymentTerms.Value!.ToString());
        Assert.Equal(PolicySource.Category("01002"), d2.PaymentTerms.Source);
        Assert.Equal(new PolicyValue<bool>(true, PolicySource.Default), d2.BlockOverLimit);

        var r1 = check.EffectivePolicyOf("R1");
        Assert.Equal(new PolicyValue<decimal?>(30_000m, PolicySource.Customer), r1.CreditLimit);
        Assert.Equal(new PolicyValue<bool>(false, PolicySource.Category("02")), r1.BlockOverLimit);
        Assert.Equal("category 02", r1.BlockOverLimit.Source.ToString());

        var x1 = check.EffectivePolicyOf("X1");
        Assert.Equal(new PolicyValue<decimal?>(null, PolicySource.Default), x1.CreditLimit);
        Assert.Empty(x1.AutoApprovedGrades.Value);
    }

    [Fact]
    public void OverTheLimit_IsBlocked_WithTheExcess()
    {
        // Limit 100,000, exposure 85,000, order 20,000 → blocked, 5,000 over.
        var decision = Check("D1", 20_000m, Item("D1", 60_000m, 0, "A1"), Item("D1", 25_000m, 10, "A2"));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal((CreditReasonKind.OverLimit, 100_000m, 85_000m, 5_000m), (reason.Kind, reason.Limit, reason.Exposure, reason.Excess));
        Assert.Equal(85_000m, decision.Exposure);
        Assert.Equal(15_000m, decision.AvailableCredit);
    }

    [Fact]
    public void OverTheLimit_OnlyWarns_WhenThePolicySaysSo()
    {
        var decision = Check("R1", 40_000m);

        Assert.Equal(CreditOutcome.Warning, decision.Outcome);
        Assert.Equal(CreditReasonKind.OverLimit, Assert.Single(decision.Reasons).Kind);
    }

    [Fact]
    public void EveryReason_IsReported_NotJustTheFirst()
    {
        var decision = Check("D2", 48_000m, Item("D2", 1_000m, 120));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(
            new[] { CreditReasonKind.Overdue, CreditReasonKind.GradeBelowMinimum, CreditReasonKind.WatchList, CreditReasonKind.AboveWarningThreshold }.OrderBy(k => k),
            decision.Reasons.Select(r => r.Kind).OrderBy(k => k));
        var overdue = decision.Reasons.Single(r => r.Kind == CreditReasonKind.Overdue);
        Assert.Equal((120, 90), (overdue.OverdueDays!.Value, overdue.AllowedOverdueDays!.Value));
        Assert.Equal(3, decision.Reasons.Single(r => r.Kind == CreditReasonKind.WatchList).MonthsSinceDeveloped);
        Assert.Equal(("B", "A"), (decision.Reasons.Single(r => r.Kind == CreditReasonKind.GradeBelowMinimum).Grade, decision.Reasons.Single(r => r.Kind == CreditReasonKind.GradeBelowMinimum).MinimumGrade));
    }

    [Fact]
    public void AnOverdueReason_NamesTheOldestOverdueDocument()
    {
        var decision = Check("D2", 1_000m, Item("D2", 1_000m, 100, "INV-100"), Item("D2", 2_000m, 130, "INV-130"), Item("D2", 2_000m, 120, "INV-120"), Item("D2", -500m, 200, "CR-200"));

        var overdue = decision.Reasons.Single(r => r.Kind == CreditReasonKind.Overdue);
        Assert.Equal((130, "INV-130"), (overdue.OverdueDays, overdue.OverdueDocument));
        Assert.Contains("INV-130", overdue.Message, StringComparison.Ordinal);
        Assert.Null(decision.Reasons.Single(r => r.Kind == CreditReasonKind.WatchList).OverdueDocument);
    }

    [Fact]
    public void APolicySet_CanBeMadeFromItsDefaultsAlone()
    {
        var set = new CreditPolicySet(new CreditPolicy { CreditLimit = 10_000m });

        Assert.Equal((DimensionNames.Category, 10_000m), (set.Dimension, set.Defaults.CreditLimit));
        Assert.Throws<ArgumentNullException>(() => new CreditPolicySet((CreditPolicy)null!));
        Assert.Equal(DimensionNames.Region, new CreditPolicySet(DimensionNames.RegionLabel).Dimension);
    }

    [Fact]
    public void AutoApproved_OnlyForAnAutoApprovedGradeWithNoReason()
    {
        Assert.Equal(CreditOutcome.AutoApproved, Check("D1", 10_000m).Outcome);
        Assert.Equal(CreditOutcome.Warning, Check("D1", 95_000m).Outcome);
        Assert.Equal(CreditOutcome.Approved, Check("X1", 1_000_000m).Outcome);
    }

    [Fact]
    public void ADeactivatedCustomer_IsBlocked()
    {
        var archive = Archive();
        archive.Deactivate("X1", Today, "test");

        var decision = Policies().For(archive.Snapshot).Evaluate(new CreditRequest("X1", 1m, [], Today));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(CreditReasonKind.Deactivated, Assert.Single(decision.Reasons).Kind);
        Assert.Equal(CreditOutcome.Approved, Policies().For(archive.Snapshot).Evaluate(new CreditRequest("X1", 1m, [], Today.PlusDays(-1))).Outcome);
    }

    [Fact]
    public void UnknownCustomersAndBadRequests_AreRefused()
    {
        var check = Policies().For(Archive().Snapshot);

        Assert.Equal(ClassificationErrorCode.CustomerNotFound, Assert.Throws<ClassificationException>(() => check.EffectivePolicyOf("NOPE")).ErrorCode);
        Assert.Throws<ClassificationException>(() => check.Evaluate(new CreditRequest("NOPE", 1m, [], Today)));
        Assert.Throws<ArgumentNullException>(() => check.Evaluate(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditRequest("D1", -1m, [], Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditRequest("D1", 1m, [], Today, -5m));
        Assert.Throws<ArgumentException>(() => new CreditRequest("D1", 1m, [Item("D2", 1m, 0)], Today));
        Assert.Throws<ArgumentNullException>(() => new CreditRequest("D1", 1m, [null!], Today));
        Assert.Throws<ArgumentException>(() => new CreditRequest(" ", 1m, [], Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenItem("D1", "A1", 1m, Today, Today.PlusDays(-1)));
        Assert.Throws<ArgumentException>(() => new OpenItem("D1", " ", 1m, Today, Today));
        Assert.Throws<ArgumentNullException>(() => Policies().For(null!));
    }

    [Fact]
    public void PolicySets_AreImmutableAndCheckGrades()
    {
        var set = new CreditPolicySet();

        var withPolicy = set.With("01", new CreditPolicy { CreditLimit = 1m });
        Assert.Empty(set.Policies);
        Assert.Equal(1m, withPolicy.Policies["01"].CreditLimit);
        Assert.Throws<ArgumentException>(() => set.With("01", new CreditPolicy { MinimumGrade = "D" }));
        Assert.Throws<ArgumentException>(() => set.With(" ", new CreditPolicy()));
        Assert.Throws<ArgumentNullException>(() => set.With("01", null!));
        Assert.Throws<ArgumentException>(() => new CreditPolicySet(defaults: new CreditPolicy { AutoApprovedGrades = ["Z"] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditPolicy { CreditLimit = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditPolicy { WarningThreshold = 1.5m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditPolicy { AllowedOverdueDays = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditPolicy { WatchListMonths = -1 });
        Assert.Equal(new CreditPolicy { AutoApprovedGrades = ["AA", "AAA"] }, new CreditPolicy { AutoApprovedGrades = ["AAA", "AA"] });
        Assert.Throws<ClassificationException>(() => new CreditPolicySet("行业").For(Archive().Snapshot));
    }

    [Fact]
    public void GradeScale_OrdersGrades()
    {
        var scale = CreditGradeScale.Default;

        Assert.True(scale.IsAtLeast("AA", "A"));
        Assert.True(scale.IsAtLeast("A", "A"));
        Assert.False(scale.IsAtLeast("B", "A"));
        Assert.Equal("AAA > AA > A > B > C", scale.ToString());
        Assert.Throws<ArgumentException>(() => scale.IsAtLeast("D", "A"));
        Assert.Throws<ArgumentException>(() => new CreditGradeScale(["A", "A"]));
        Assert.Throws<ArgumentException>(() => new CreditGradeScale([]));
        Assert.Throws<ArgumentException>(() => new CreditGradeScale(["A", " "]));
        Assert.True(new CreditGradeScale(["优", "良", "中", "差"]).IsAtLeast("良", "中"));
    }
}
