using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 5: approvers by level (信用审批人) with the excess each may approve, and approvals logged.</summary>
[EnglishMessages]
public class CreditApprovalTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static CustomerArchive Archive(string approvers = "张经理:5000;王总监:20%;李总:50000")
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = 100_000m }, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "信用审批人", approvers, SampleArchive.Actor);
        return archive;
    }

    private static CreditRequest Order(decimal amount) => new("C001", amount, [], Today);

    [Theory]
    [InlineData(104_000, 1, "张经理")]
    [InlineData(105_000, 1, "张经理")]
    [InlineData(105_001, 2, "王总监")]
    [InlineData(120_000, 2, "王总监")]
    [InlineData(150_000, 3, "李总")]
    public void ABlockedDecision_SaysWhichLevelIsRequired(int amount, int level, string approver)
    {
        var decision = new CreditPolicySet().For(Archive().Snapshot).Evaluate(Order(amount));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(new RequiredApproval(level, approver, amount - 100_000m), decision.RequiredApproval);
    }

    [Fact]
    public void AnExcessBeyondEveryApprover_OrABlockNoApprovalLifts_NeedsNoLevel()
    {
        var archive = Archive();
        var check = new CreditPolicySet().For(archive.Snapshot);

        var beyond = check.Evaluate(Order(150_001m));
        archive.HoldCredit("C001", "R01", null, SampleArchive.Actor);
        var held = new CreditPolicySet().For(archive.Snapshot).Evaluate(Order(104_000m));

        Assert.Null(beyond.RequiredApproval);
        Assert.Null(held.RequiredApproval);
    }

    [Fact]
    public void AnApproval_IsGrantedOnlyAtTheLevelRequiredOrAbove_AndRecorded()
    {
        var archive = Archive();
        var check = new CreditPolicySet().For(archive.Snapshot);

        var tooLow = check.Approve(Order(110_000m), "张经理");
        var enough = check.Approve(Order(110_000m), "李总");
        var stranger = check.Approve(Order(110_000m), "赵六");
        var notBlocked = check.Approve(Order(1_000m), "张经理");
        archive.RecordCreditApproval("C001", enough.ApprovedBy!.Name, 110_000m, enough.RequiredApproval!.Excess, SampleArchive.Actor);

        Assert.Equal(CreditOutcome.Blocked, tooLow.Outcome);
        Assert.Equal("张经理 may approve 5,000.00 (level 1); the excess 10,000.00 needs level 2 (王总监).", tooLow.Reasons[^1].Message);
        Assert.Equal((CreditOutcome.Approved, 3), (enough.Outcome, enough.ApprovedBy.Level));
        Assert.Equal(CreditReasonKind.ApprovalRefused, stranger.Reasons[^1].Kind);
        Assert.Equal((CreditOutcome.Approved, null), (notBlocked.Outcome, notBlocked.ApprovedBy));
        var entry = archive.ChangeLog[^1];
        Assert.Equal((ChangeOperation.CreditApproved, "C001", "order 110000 excess 10000", "李总"), (entry.Operation, entry.CustomerCode, entry.After, entry.Reason));
    }

    [Theory]
    [InlineData("张经理")]
    [InlineData("张经理:abc")]
    [InlineData(":5000")]
    [InlineData("张经理:5000;张经理:6000")]
    [InlineData("张经理:120%")]
    [InlineData("张经理:-1")]
    public void ApproversThatCannotBeRead_AreRefusedByTheProfile(string text)
    {
        Assert.False(CreditApprovers.Parse(text).Success);
        Assert.ThrowsAny<Exception>(() => Archive().SetDefaultProfileValue("creditApprovers", text, SampleArchive.Actor));
    }

    [Fact]
    public void Approvers_PrintAndReadBack()
    {
        var approvers = CreditApprovers.Parse("张经理：5000；王总监:20%").Value;

        Assert.Equal("张经理:5000;王总监:20%", approvers.ToString());
        Assert.Equal(approvers, CreditApprovers.Parse(approvers.ToString()).Value);
        Assert.Equal(20_000m, approvers.Approvers[1].AllowanceOver(100_000m));
        Assert.Throws<ArgumentException>(() => Archive().RecordCreditApproval("C001", " ", 1m, 1m, SampleArchive.Actor));
        Assert.Throws<ClassificationException>(() => Archive().RecordCreditApproval("NOPE", "李总", 1m, 1m, SampleArchive.Actor));
    }
}
