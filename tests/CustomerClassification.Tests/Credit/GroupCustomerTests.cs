using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 4: group customers (集团客户): head offices (客户总公司), invoice-to customers (开票单位), group limits.</summary>
[EnglishMessages]
public class GroupCustomerTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    private static CustomerArchive Group()
    {
        var archive = SampleArchive.Create();
        archive.Apply(
            new ChangeBatch()
                .Add(SampleArchive.Customer("M1", "华联苏州") with { ParentCode = "HQ", CreditLimit = 50_000m, InvoiceToCode = "HQ" })
                .Add(SampleArchive.Customer("M2", "华联杭州") with { ParentCode = "HQ", CreditLimit = 50_000m })
                .Add(SampleArchive.Customer("HQ", "华联集团") with { CreditLimit = 60_000m }),
            SampleArchive.Actor);
        return archive;
    }

    private static OpenItem Item(string code, decimal amount) => new(code, "INV-" + code, amount, Today.PlusDays(-10), Today.PlusDays(20));

    [Fact]
    public void AMemberBeforeItsHeadOffice_InOneBatch_IsTaken()
    {
        var archive = Group();

        Assert.Equal(("HQ", "HQ"), (archive.Get("M1").ParentCode, archive.Get("M1").InvoiceToCode));
        Assert.Equal("HQ", archive.Snapshot.HeadOfficeOf("M2"));
        Assert.Equal("HQ", archive.Snapshot.HeadOfficeOf("HQ"));
    }

    [Fact]
    public void TheHeadOfficesLimit_IsCheckedAsWellAsTheMembersOwn_AndTheDecisionNamesWhichBit()
    {
        var snapshot = Group().Snapshot;
        OpenItem[] items = [Item("M1", 20_000m), Item("M2", 30_000m), Item("HQ", 5_000m)];
        var group = GroupExposure.Build(snapshot, items, []);
        var check = new CreditPolicySet().For(snapshot);

        var within = check.Evaluate(new CreditRequest("M1", 5_000m, [items[0]], Today) { GroupExposure = group });
        var groupBit = check.Evaluate(new CreditRequest("M1", 6_000m, [items[0]], Today) { GroupExposure = group });
        var both = check.Evaluate(new CreditRequest("M1", 31_000m, [items[0]], Today) { GroupExposure = group });
        var withoutGroup = check.Evaluate(new CreditRequest("M1", 6_000m, [items[0]], Today));

        Assert.Equal(55_000m, group.Of("HQ"));
        Assert.Equal(CreditOutcome.Approved, within.Outcome);
        var reason = Assert.Single(groupBit.Reasons);
        Assert.Equal((CreditReasonKind.GroupOverLimit, "HQ", 60_000m, 55_000m, 1_000m), (reason.Kind, reason.LimitOf, reason.Limit, reason.Exposure, reason.Excess));
        Assert.Equal([(CreditReasonKind.OverLimit, "M1"), (CreditReasonKind.GroupOverLimit, "HQ")], both.Reasons.Select(r => (r.Kind, r.LimitOf)));
        Assert.Equal(CreditOutcome.Approved, withoutGroup.Outcome);
    }

    [Fact]
    public void GroupExposure_IsKeptAsDocumentsCome_ThroughEveryLevel()
    {
        var archive = Group();
        archive.Add(SampleArchive.Customer("S1", "华联苏州一店") with { ParentCode = "M1" }, SampleArchive.Actor);
        var group = new GroupExposure(archive.Snapshot, CreditExposureParts.Receivables);

        group.Add(Item("S1", 100m));
        group.Add(Item("M1", 10m));
        group.Add(new OpenOrder("S1", "SO", 1_000m, Today, OpenOrderKind.Order));

        Assert.Equal((100m, 110m, 110m, 0m), (group.OwnOf("S1"), group.Of("M1"), group.Of("HQ"), group.Of("M2")));
    }

    [Fact]
    public void BrokenGroups_AreRefused_AndNothingChanges()
    {
        var archive = Group();
        var before = archive.Snapshot;

        var missing = Assert.Throws<ClassificationException>(() => archive.Add(SampleArchive.Customer("X1", "某店") with { ParentCode = "NOPE" }, SampleArchive.Actor));
        var invoiceTo = Assert.Throws<ClassificationException>(() => archive.Add(SampleArchive.Customer("X2", "某店") with { InvoiceToCode = "NOPE" }, SampleArchive.Actor));
        var cycle = Assert.Throws<ClassificationException>(() => archive.Update("HQ", c => c with { ParentCode = "M1" }, SampleArchive.Actor));
        var self = Assert.Throws<ClassificationException>(() => archive.Update("HQ", c => c with { ParentCode = "HQ" }, SampleArchive.Actor));
        var deactivate = Assert.Throws<ClassificationException>(() => archive.Deactivate("HQ", Today, SampleArchive.Actor));
        var remove = Assert.Throws<ClassificationException>(() => archive.Remove("HQ", SampleArchive.Actor));

        Assert.All([missing, invoiceTo, cycle, self, deactivate, remove], e => Assert.Equal(ClassificationErrorCode.CustomerGroupInvalid, e.ErrorCode));
        Assert.Equal("parentCode", cycle.Violations[0].Field);
        Assert.Contains("leads back to the customer itself", cycle.Message, StringComparison.Ordinal);
        Assert.Same(before, archive.Snapshot);
        Assert.Throws<ArgumentException>(() => SampleArchive.Customer("X3", "某店") with { ParentCode = "总公司" });
    }

    [Fact]
    public void AgingAndProvision_RollUpByGroup()
    {
        var snapshot = Group().Snapshot;
        OpenItem[] items = [Item("M1", 20_000m), Item("M2", 30_000m), Item("HQ", 5_000m)];
        var report = AgingReport.Build(snapshot, items, Today);

        var rows = report.ByGroup(snapshot);
        var provision = BadDebtProvision.ByBalance(report, snapshot, 0.1m).ByGroup(snapshot);

        var row = Assert.Single(rows);
        Assert.Equal(("HQ", "华联集团", 55_000m), (row.Code, row.Name, row.Balance));
        Assert.Equal(5_500m, Assert.Single(provision).Provision);
    }
}
