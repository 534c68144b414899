using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 1: U8's 控制信用额度, per customer and in profiles.</summary>
public class CreditControlTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static readonly OpenItem[] Overdue = [new("C001", "INV-1", 9_000m, Today.PlusDays(-100), Today.PlusDays(-70))];

    private static CustomerArchive Archive(bool? controlled, decimal? limit)
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = limit, CreditControlled = controlled }, SampleArchive.Actor);
        archive.SetDefaultProfileValue("allowedOverdueDays", 30, SampleArchive.Actor);
        return archive;
    }

    private static CreditDecision Check(CustomerArchive archive, decimal amount) =>
        new CreditPolicySet().For(archive.Snapshot).Evaluate(new CreditRequest("C001", amount, Overdue, Today));

    [Fact]
    public void AnUncontrolledCustomer_IsNeverBlockedForItsLimitOrItsOverdueItems()
    {
        var decision = Check(Archive(controlled: false, limit: 1_000m), 50_000m);

        Assert.Equal(CreditOutcome.Approved, decision.Outcome);
        Assert.Empty(decision.Reasons);
        Assert.Equal(new PolicyValue<bool>(false, PolicySource.Customer), decision.Policy.CreditControlled);
    }

    [Fact]
    public void AControlledCustomerWithALimitOf0_IsCashOnly()
    {
        var decision = Check(Archive(controlled: true, limit: 0m), 1m);

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.Kind == CreditReasonKind.OverLimit);
        Assert.Contains(decision.Reasons, r => r.Kind == CreditReasonKind.Overdue);
    }

    [Fact]
    public void ACategoryProfile_TurnsControlOff_AndTheCustomersOwnValueComesFirst()
    {
        var archive = Archive(controlled: null, limit: 1_000m);
        archive.SetProfileValue(DimensionNames.Category, "01", "控制信用额度", false, SampleArchive.Actor);

        var inherited = Check(archive, 50_000m);
        archive.Update("C001", c => c with { CreditControlled = true }, SampleArchive.Actor);
        var own = Check(archive, 50_000m);

        Assert.Equal((CreditOutcome.Approved, PolicySource.Category("01")), (inherited.Outcome, inherited.Policy.CreditControlled.Source));
        Assert.Equal(CreditOutcome.Blocked, own.Outcome);
        Assert.True(archive.Snapshot.EffectiveProfile("C001").Get("creditControlled").Value is true);
    }
}
