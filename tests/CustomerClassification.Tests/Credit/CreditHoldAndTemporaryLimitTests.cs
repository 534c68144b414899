using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 3: temporary limits (临时额度) and manual holds (冻结), logged.</summary>
[EnglishMessages]
public class CreditHoldAndTemporaryLimitTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = 10_000m }, SampleArchive.Actor);
        return archive;
    }

    private static CreditDecision Check(CustomerArchive archive, decimal amount, LocalDate day) =>
        new CreditPolicySet().For(archive.Snapshot).Evaluate(new CreditRequest("C001", amount, [], day));

    [Fact]
    public void ATemporaryLimit_IsUsedOnlyWithinItsPeriod_AndLogged()
    {
        var archive = Archive();
        archive.GrantTemporaryLimit("C001", 5_000m, Today, Today.PlusDays(9), SampleArchive.Actor);

        var before = Check(archive, 12_000m, Today.PlusDays(-1));
        var first = Check(archive, 12_000m, Today);
        var last = Check(archive, 12_000m, Today.PlusDays(9));
        var after = Check(archive, 12_000m, Today.PlusDays(10));

        Assert.Equal(
            [CreditOutcome.Blocked, CreditOutcome.Approved, CreditOutcome.Approved, CreditOutcome.Blocked],
            new[] { before.Outcome, first.Outcome, last.Outcome, after.Outcome });
        Assert.Equal((5_000m, 15_000m), (first.TemporaryLimit, first.AvailableCredit!.Value));
        Assert.Equal((0m, 10_000m), (after.TemporaryLimit, after.AvailableCredit!.Value));
        var entry = archive.ChangeLog[^1];
        Assert.Equal((ChangeOperation.TemporaryLimitGranted, "temporaryLimit", (string?)null, "5000 2026-06-30..2026-07-09"), (entry.Operation, entry.Field, entry.Before, entry.After));
    }

    [Fact]
    public void AnOverLimitReason_NamesTheTemporaryIncrease()
    {
        var archive = Archive();
        archive.GrantTemporaryLimit("C001", 5_000m, Today, Today, SampleArchive.Actor);

        var reason = Assert.Single(Check(archive, 20_000m, Today).Reasons);

        Assert.Equal((CreditReasonKind.OverLimit, 15_000m, 5_000m, 5_000m), (reason.Kind, reason.Limit!.Value, reason.TemporaryLimit!.Value, reason.Excess!.Value));
    }

    [Fact]
    public void ATemporaryLimitEndingBeforeItStarts_IsRefused_AndNothingChanges()
    {
        var archive = Archive();
        var before = archive.Snapshot;

        var refused = Assert.Throws<ClassificationException>(() => archive.GrantTemporaryLimit("C001", 5_000m, Today, Today.PlusDays(-1), SampleArchive.Actor));

        Assert.Equal(ClassificationErrorCode.CreditControlValueInvalid, refused.ErrorCode);
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void AnIncompleteTemporaryLimit_OrAHoldTextWithoutACode_IsRefused()
    {
        var archive = Archive();

        var limit = Assert.Throws<ClassificationException>(() => archive.Update("C001", c => c with { TemporaryLimit = 1m }, SampleArchive.Actor));
        var hold = Assert.Throws<ClassificationException>(() => archive.Update("C001", c => c with { CreditHoldText = "逾期" }, SampleArchive.Actor));

        Assert.Equal((ClassificationErrorCode.CreditControlValueInvalid, "temporaryLimit"), (limit.ErrorCode, limit.Violations[0].Field));
        Assert.Equal((ClassificationErrorCode.CreditControlValueInvalid, "creditHoldText"), (hold.ErrorCode, hold.Violations[0].Field));
    }

    [Fact]
    public void AHold_BlocksEveryOrder_WithItsReason_AndReleasingIsLogged()
    {
        var archive = Archive();
        archive.HoldCredit("C001", "R01", "逾期未付款", SampleArchive.Actor);

        var held = Check(archive, 1m, Today);
        archive.ReleaseCredit("C001", SampleArchive.Actor, "已回款");
        var released = Check(archive, 1m, Today);

        var reason = Assert.Single(held.Reasons);
        Assert.Equal((CreditOutcome.Blocked, CreditReasonKind.CreditHold, "R01"), (held.Outcome, reason.Kind, reason.HoldReasonCode));
        Assert.Contains("逾期未付款", reason.Message, StringComparison.Ordinal);
        Assert.Equal(CreditOutcome.Approved, released.Outcome);
        var log = archive.ChangeLog.TakeLast(2).Select(e => (e.Operation, e.Before, e.After, e.Reason)).ToArray();
        Assert.Equal([(ChangeOperation.CreditHeld, null, "R01", "逾期未付款"), (ChangeOperation.CreditReleased, "R01", null, "已回款")], log);
        Assert.False(archive.Get("C001").IsOnCreditHold);
    }

    [Fact]
    public void AHold_BlocksAnUncontrolledCustomerToo_AndIsNotADeactivation()
    {
        var archive = Archive();
        archive.Update("C001", c => c with { CreditControlled = false }, SampleArchive.Actor);
        archive.HoldCredit("C001", "R02", null, SampleArchive.Actor);

        var decision = Check(archive, 1m, Today);

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.False(archive.Get("C001").IsDeactivatedOn(Today));
    }

    [Fact]
    public void HoldingTwice_OrReleasingWithoutAHold_IsRefused_AndNothingChanges()
    {
        var archive = Archive();
        var notHeld = Assert.Throws<ClassificationException>(() => archive.ReleaseCredit("C001", SampleArchive.Actor));
        archive.HoldCredit("C001", "R01", null, SampleArchive.Actor);
        var before = archive.Snapshot;

        var twice = Assert.Throws<ClassificationException>(() => archive.HoldCredit("C001", "R09", null, SampleArchive.Actor));

        Assert.Equal(ClassificationErrorCode.CustomerNotOnCreditHold, notHeld.ErrorCode);
        Assert.Equal(ClassificationErrorCode.CustomerOnCreditHold, twice.ErrorCode);
        Assert.Same(before, archive.Snapshot);
        Assert.Throws<ArgumentException>(() => archive.HoldCredit("C001", " ", null, SampleArchive.Actor));
        Assert.Throws<ArgumentException>(() => archive.HoldCredit("C001", "R\u001b", null, SampleArchive.Actor));
        Assert.Throws<ArgumentOutOfRangeException>(() => archive.GrantTemporaryLimit("C001", -1m, Today, Today, SampleArchive.Actor));
    }
}
