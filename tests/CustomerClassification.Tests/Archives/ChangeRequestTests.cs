using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

public class ChangeRequestTests
{
    private const string Clerk = "张三";
    private const string Head = "李主管";

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        var batch = new ChangeBatch();
        foreach (var code in new[] { "C1", "C2", "C3", "C4" })
        {
            batch.Add(SampleArchive.Customer(code, "客户" + code) with { CreditLimit = 1000m });
        }

        Assert.True(archive.Apply(batch, SampleArchive.Actor).Succeeded);
        return archive;
    }

    private static ChangeBatch MoveThree() => new ChangeBatch()
        .Update("C1", c => c with { CategoryCode = "01002" })
        .Update("C2", c => c with { CategoryCode = "01002" })
        .Update("C3", c => c with { CategoryCode = "02001" });

    [Fact]
    public void Submit_HoldsEachChangeBeforeAndAfter_AndChangesNothingElse()
    {
        var archive = Archive();
        var before = archive.Snapshot;

        var request = archive.Submit(MoveThree(), Clerk, "年度调整");

        Assert.Equal((1L, RequestStatus.Pending, Clerk, "年度调整"), (request.Id, request.Status, request.Submitter, request.Reason));
        Assert.Equal(
            [("C1", "01001", "01002"), ("C2", "01001", "01002"), ("C3", "01001", "02001")],
            request.Changes.Select(c => (c.CustomerCode!, c.Before!, c.After!)).ToArray());
        Assert.All(request.Changes, c => Assert.Equal(ChangeOperation.CustomerReclassified, c.Operation));
        Assert.Equal([AccessRight.Reclassify], request.Kinds);
        Assert.Equal("01001", archive.Get("C1").CategoryCode);
        Assert.Same(before.Find("C1"), archive.Find("C1"));
        var entry = archive.ChangeLog[^1];
        Assert.Equal((ChangeOperation.RequestSubmitted, "1", "年度调整", Clerk), (entry.Operation, entry.After, entry.Reason, entry.Actor));
        Assert.Same(request, archive.GetRequest(1));
    }

    [Fact]
    public void Approve_BySubmitter_IsRefused_FourEyes()
    {
        var archive = Archive();
        archive.Submit(MoveThree(), Clerk, "年度调整");
        var count = archive.ChangeLog.Count;

        var e = Assert.Throws<ClassificationException>(() => archive.Approve(1, Clerk));

        Assert.Equal(ClassificationErrorCode.RequestNotAllowed, e.ErrorCode);
        Assert.Contains(Clerk, e.Message, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Pending, archive.GetRequest(1).Status);
        Assert.Equal(count, archive.ChangeLog.Count);
    }

    [Fact]
    public void ApprovedRequest_IsAppliedAsOneBatch_AndTheLogTellsTheStory()
    {
        var archive = Archive();
        archive.Submit(MoveThree(), Clerk, "年度调整");
        var start = archive.ChangeLog.Count;

        var approved = archive.Approve(1, Head, "同意");
        var result = archive.ApplyRequest(1, Clerk);

        Assert.True(result.Succeeded);
        Assert.Equal((RequestStatus.Approved, Head, "同意"), (approved.Status, approved.DecidedBy, approved.Decision));
        Assert.Equal(["01002", "01002", "02001"], new[] { "C1", "C2", "C3" }.Select(c => archive.Get(c).CategoryCode!).ToArray());
        var log = archive.ChangeLog.Skip(start - 1).Select(e => (e.Operation, e.Actor)).ToArray();
        Assert.Equal(
            [(ChangeOperation.RequestSubmitted, Clerk), (ChangeOperation.RequestApproved, Head), (ChangeOperation.CustomerReclassified, Clerk),
             (ChangeOperation.CustomerReclassified, Clerk), (ChangeOperation.CustomerReclassified, Clerk), (ChangeOperation.RequestApplied, Clerk)],
            log);
        Assert.Contains(Head, archive.ChangeLog[^2].Reason, StringComparison.Ordinal);
        Assert.Equal((RequestStatus.Applied, Clerk), (archive.GetRequest(1).Status, archive.GetRequest(1).AppliedBy));
    }

    [Fact]
    public void Apply_AValueChangedSinceSubmission_IsRefusedNamingIt_AndNothingChanges()
    {
        var archive = Archive();
        archive.Submit(MoveThree(), Clerk, "年度调整");
        archive.Update("C2", c => c with { CategoryCode = "02001" }, SampleArchive.Actor);
        archive.Approve(1, Head);
        var snapshot = archive.Snapshot;

        var result = archive.ApplyRequest(1, Head);

        var stale = Assert.Single(result.Violations);
        Assert.Equal((ClassificationErrorCode.RequestStale, "C2"), (stale.Error, stale.Code));
        Assert.Contains("01001", stale.Message, StringComparison.Ordinal);
        Assert.Contains("02001", stale.Message, StringComparison.Ordinal);
        Assert.Same(snapshot, archive.Snapshot);
        Assert.Equal(RequestStatus.Approved, archive.GetRequest(1).Status);
        Assert.Equal(ClassificationErrorCode.RequestStale, Assert.Single(archive.Preview(1).Violations).Error);
    }

    [Fact]
    public void Decisions_FollowTheRequestsStatus()
    {
        var archive = Archive();
        archive.Submit(MoveThree(), Clerk, "年度调整");

        Assert.Equal(ClassificationErrorCode.RequestNotAllowed, Assert.Throws<ClassificationException>(() => archive.ApplyRequest(1, Head)).ErrorCode);
        var rejected = archive.Reject(1, Head, "证据不足");
        Assert.Equal((RequestStatus.Rejected, "证据不足"), (rejected.Status, rejected.Decision));
        Assert.Equal(ClassificationErrorCode.RequestNotAllowed, Assert.Throws<ClassificationException>(() => archive.Approve(1, Head)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.RequestNotAllowed, Assert.Throws<ClassificationException>(() => archive.ApplyRequest(1, Head)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.RequestNotFound, Assert.Throws<ClassificationException>(() => archive.Approve(9, Head)).ErrorCode);
        Assert.Throws<ArgumentException>(() => archive.Reject(1, Head, " "));
        Assert.Equal(ChangeOperation.RequestRejected, archive.ChangeLog[^1].Operation);
    }

    [Fact]
    public void Submit_ABatchThatBreaksARule_IsRefusedWithEveryViolation()
    {
        var archive = Archive();
        var count = archive.ChangeLog.Count;

        var e = Assert.Throws<ClassificationException>(() => archive.Submit(new ChangeBatch().Update("C1", c => c with { CategoryCode = "99" }).Remove("C9"), Clerk, "x"));

        Assert.Equal(2, e.Violations.Count);
        Assert.Empty(archive.Requests);
        Assert.Equal(count, archive.ChangeLog.Count);
        Assert.Throws<ArgumentException>(() => archive.Submit(new ChangeBatch(), Clerk, "x"));
        Assert.Throws<ArgumentException>(() => archive.Submit(MoveThree(), Clerk, "\u001b[31m"));
    }

    [Fact]
    public void Submit_AnOperationNoRequestCarries_IsRefused()
    {
        var archive = Archive();

        var e = Assert.Throws<ClassificationException>(() => archive.Submit(new ChangeBatch().MergeCategory(DimensionNames.Category, "01002", "01001"), Clerk, "合并"));

        Assert.Equal(ClassificationErrorCode.RequestUnsupported, e.ErrorCode);
        Assert.DoesNotContain(nameof(ChangeOperation.CategoryMerged), e.Message, StringComparison.Ordinal);
        Assert.Empty(archive.Requests);
    }

    [Fact]
    public void ARequest_CarriesAddedCustomers_Values_Categories_AndProfiles()
    {
        var archive = Archive();
        var added = SampleArchive.Customer("C9", "新客户") with
        {
            CreditLimit = 5000m,
            RegionCode = "3101",
            Phone = "021-1234",
            Tags = ["重点"],
            CustomFields = new System.Collections.Generic.Dictionary<string, CustomFieldValue> { ["年采购额"] = 12.5m, ["客户类型"] = "经销" },
        };
        var batch = new ChangeBatch()
            .AddCategory(DimensionNames.Category, "02002", "天津")
            .Add(added)
            .Update("C4", c => c with { Phone = "010-1", CreditLimit = 2000m })
            .RenameCategory(DimensionNames.Category, "02", "华北区")
            .SetProfileValue(DimensionNames.Category, "01", "creditLimit", 8000m)
            .Deactivate("C1", new NodaTime.LocalDate(2026, 3, 1))
            .HoldCredit("C2", "R01", "逾期");
        var expected = archive.Check(batch);
        Assert.Empty(expected);

        var request = archive.Submit(batch, Clerk, "新开户");
        archive.Approve(request.Id, Head);
        var result = archive.ApplyRequest(request.Id, Head);

        Assert.True(result.Succeeded, string.Join("; ", result.Violations.Select(v => v.Message)));
        var stored = archive.Get("C9");
        Assert.Equal((added.Name, added.CreditLimit, added.RegionCode, added.Phone), (stored.Name, stored.CreditLimit, stored.RegionCode, stored.Phone));
        Assert.Equal(added.CustomFields.OrderBy(p => p.Key), stored.CustomFields.OrderBy(p => p.Key));
        Assert.Equal(["重点"], stored.Tags);
        Assert.Equal(("010-1", 2000m), (archive.Get("C4").Phone, archive.Get("C4").CreditLimit));
        Assert.Equal("华北区", archive.CategoriesOf(DimensionNames.Category).Get("02").Name);
        Assert.Equal("天津", archive.CategoriesOf(DimensionNames.Category).Get("02002").Name);
        Assert.Equal(8000m, archive.Snapshot.ProfileOf(DimensionNames.Category, "01").Find("creditLimit"));
        Assert.NotNull(archive.Get("C1").DeactivatedOn);
        Assert.Equal("R01", archive.Get("C2").CreditHoldCode);
        Assert.Contains(request.Kinds, k => k == AccessRight.ChangeCredit);
    }
}
