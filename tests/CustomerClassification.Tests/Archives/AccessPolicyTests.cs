using System.Collections.Generic;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Rules;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Archives;

[EnglishMessages]
public class AccessPolicyTests
{
    private const string Clerk = "张三";
    private const string Head = "李主管";
    private const string Admin = "管理员";

    // 业务员 works on 华东 (01) only; 财务主管 approves everything everywhere.
    private static AccessPolicy Policy(RequestPolicy? requests = null) => new(
        [Admin],
        [
            new AccessRole("业务员", [Clerk, "赵六"], [AccessRight.EditCustomers, AccessRight.Reclassify, AccessRight.Export], scope: DataScope.Of(DimensionNames.Category, "01")),
            new AccessRole("财务主管", [Head], [AccessRight.MaintainCategories, AccessRight.EditCustomers, AccessRight.Reclassify, AccessRight.ChangeCredit, AccessRight.Approve], approvesAll: true),
        ],
        requests);

    private static CustomerArchive Archive()
    {
        var archive = SampleArchive.Create();
        var batch = new ChangeBatch()
            .Add(SampleArchive.Customer("C1", "上海客户"))
            .Add(SampleArchive.Customer("C2", "江苏客户", "01002"))
            .Add(SampleArchive.Customer("C3", "北京客户", "02001"));
        Assert.True(archive.Apply(batch, SampleArchive.Actor).Succeeded);
        return archive;
    }

    [Fact]
    public void Apply_AChangeTheUserHasTheRightToInScope_GoesIn()
    {
        var archive = Archive();

        var result = archive.Apply(new ChangeBatch().Update("C1", c => c with { Phone = "021-1", CategoryCode = "01002" }), Clerk, Policy());

        Assert.True(result.Succeeded);
        Assert.Equal(Clerk, archive.ChangeLog[^1].Actor);
    }

    [Fact]
    public void Apply_WithoutTheRight_IsRefusedNamingUserOperationAndCustomer()
    {
        var archive = Archive();
        var snapshot = archive.Snapshot;

        var result = archive.Apply(new ChangeBatch().Update("C1", c => c with { CreditLimit = 9000m }), Clerk, Policy());

        var denied = Assert.Single(result.Violations);
        Assert.Equal((ClassificationErrorCode.AccessDenied, "C1", "creditLimit"), (denied.Error, denied.Code, denied.Field));
        Assert.Contains(Clerk, denied.Message, StringComparison.Ordinal);
        Assert.Contains("change credit values", denied.Message, StringComparison.Ordinal);
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Theory]
    [InlineData("C3", "01001")] // a customer outside the scope
    [InlineData("C1", "02001")] // moved out of it
    public void Apply_OutsideTheScope_IsRefused(string code, string category)
    {
        var archive = Archive();

        var result = archive.Apply(new ChangeBatch().Update(code, c => c with { CategoryCode = category }), Clerk, Policy());

        Assert.Equal((ClassificationErrorCode.AccessDenied, code), (Assert.Single(result.Violations).Error, result.Violations[0].Code));
    }

    [Fact]
    public void Apply_ByAnUnknownUser_IsRefused_AndAnAdministratorMayDoAnything()
    {
        var archive = Archive();
        var batch = new ChangeBatch().Update("C3", c => c with { CreditLimit = 1m }).AddCategory(DimensionNames.Category, "03", "华南");

        Assert.Equal(ClassificationErrorCode.AccessDenied, Assert.Single(archive.Apply(batch, "王五", Policy()).Violations).Error);
        Assert.True(archive.Apply(batch, Admin, Policy()).Succeeded);
    }

    [Fact]
    public void Apply_AChangeThePolicyRoutesThroughARequest_IsRefused()
    {
        var archive = Archive();
        archive.MarkTransacted("C2", SampleArchive.Actor);
        var policy = Policy(new RequestPolicy([], reclassifyTransacted: true, creditLimitAbove: 50_000m, categoryLifecycle: true));

        var moved = archive.Apply(new ChangeBatch().Update("C2", c => c with { CategoryCode = "01001" }, new LockOverride("年审")), Clerk, policy);
        var limit = archive.Apply(new ChangeBatch().Update("C3", c => c with { CreditLimit = 60_000m }), Head, policy);
        var category = archive.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, "03", "华南"), Head, policy);
        var small = archive.Apply(new ChangeBatch().Update("C3", c => c with { CreditLimit = 40_000m }), Head, policy);

        Assert.All(new[] { moved, limit, category }, r => Assert.Equal(ClassificationErrorCode.RequestRequired, Assert.Single(r.Violations).Error));
        Assert.True(small.Succeeded);
    }

    [Fact]
    public void Approve_NeedsARoleThatApprovesTheKind_WithTheCustomersInScope()
    {
        var archive = Archive();
        var policy = Policy();
        var request = archive.Submit(new ChangeBatch().Update("C1", c => c with { CategoryCode = "01002" }), Clerk, "调整", policy);

        Assert.Equal(ClassificationErrorCode.AccessDenied, Assert.Throws<ClassificationException>(() => archive.Approve(request.Id, "赵六", policy: policy)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.RequestNotAllowed, Assert.Throws<ClassificationException>(() => archive.Approve(request.Id, Clerk, policy: policy)).ErrorCode);
        Assert.Equal(RequestStatus.Approved, archive.Approve(request.Id, Head, policy: policy).Status);
        Assert.Equal(ClassificationErrorCode.AccessDenied, Assert.Throws<ClassificationException>(() => archive.ApplyRequest(request.Id, "赵六", policy)).ErrorCode);
        Assert.True(archive.ApplyRequest(request.Id, Clerk, policy).Succeeded);
    }

    [Fact]
    public void Apply_AnApprovalThatNoLongerCoversTheCustomer_IsRefused()
    {
        var archive = Archive();
        var east = new AccessRole("华东主管", ["钱七"], [AccessRight.Approve], [AccessRight.EditCustomers], scope: DataScope.Of(DimensionNames.Category, "01"));
        var policy = new AccessPolicy([Admin], [.. Policy().Roles, east]);
        var request = archive.Submit(new ChangeBatch().Update("C1", c => c with { Phone = "021-1" }), Clerk, "改电话", policy);
        archive.Approve(request.Id, "钱七", policy: policy);
        archive.Update("C1", c => c with { CategoryCode = "02001" }, Admin);

        var result = archive.ApplyRequest(request.Id, Clerk, policy);

        Assert.Equal((ClassificationErrorCode.AccessDenied, "C1"), (Assert.Single(result.Violations).Error, result.Violations[0].Code));
        Assert.Null(archive.Get("C1").Phone);
    }

    [Fact]
    public void Submit_TouchingACustomerTheSubmitterDoesNotSee_IsRefused()
    {
        var archive = Archive();

        var e = Assert.Throws<ClassificationException>(() => archive.Submit(new ChangeBatch().Update("C3", c => c with { Phone = "1" }), Clerk, "x", Policy()));

        Assert.Equal(ClassificationErrorCode.AccessDenied, e.ErrorCode);
        Assert.Empty(archive.Requests);
    }

    [Fact]
    public void Sees_AndCan_FollowTheRoles()
    {
        var archive = Archive();
        var policy = Policy();

        Assert.Equal(["C1", "C2"], archive.Where(c => policy.Sees(Clerk, c)).Select(c => c.Code).ToArray());
        Assert.Equal(3, archive.Count(c => policy.Sees(Head, c)));
        Assert.False(policy.SeesEverything(Clerk));
        Assert.True(policy.SeesEverything(Admin));
        Assert.True(policy.Can(Clerk, AccessRight.Export));
        Assert.False(policy.Can(Clerk, AccessRight.Import));
        Assert.Equal(ClassificationErrorCode.AccessDenied, Assert.Throws<ClassificationException>(() => policy.Demand(Clerk, AccessRight.Import)).ErrorCode);
    }

    [Fact]
    public void ClassifyWithin_AUsersScope_ClassifiesOnlyTheirCustomers_AndSeenByIsTheirView()
    {
        var archive = Archive();
        var policy = Policy();
        var rules = RuleSet.Compile([new ClassificationRule("标记", "客户名称 包含 '客户'", RuleAction.AddTag("已检查"))], archive.Snapshot);
        var day = new NodaTime.LocalDate(2026, 6, 30);

        var mine = rules.ClassifyWithin(archive.Snapshot, new Dictionary<string, TradingStats>(), day, policy.ScopeOf(Clerk));
        var all = rules.ClassifyWithin(archive.Snapshot, new Dictionary<string, TradingStats>(), day, policy.ScopeOf(Head));
        var seen = new AccountSet(archive) { Access = policy }.SeenBy(Clerk);

        Assert.Equal(["C1", "C2"], mine.Select(s => s.CustomerCode).ToArray());
        Assert.Equal(3, all.Count);
        Assert.Equal((true, 2), (seen.IsPartial, seen.Archive.Count));
        Assert.Null(seen.Archive.Find("C3"));
        Assert.DoesNotContain(seen.Archive.ChangeLog, e => e.CustomerCode == "C3");
        Assert.False(new AccountSet(archive) { Access = policy }.SeenBy(Head).IsPartial);
        Assert.Throws<ClassificationException>(() => new AccountSet(archive) { Access = policy }.SeenBy("王五"));
    }

    [Fact]
    public void Policy_RefusesBadInput()
    {
        Assert.Throws<ArgumentException>(() => new AccessPolicy([" "], []));
        Assert.Throws<ArgumentException>(() => new AccessPolicy([], [new AccessRole("a", [], []), new AccessRole("a", [], [])]));
        Assert.Throws<ArgumentException>(() => new AccessRole("a", ["x\u0007"], []));
        Assert.Throws<ArgumentException>(() => new AccessRole("a", [], [(AccessRight)99]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestPolicy([], creditLimitAbove: -1m));
        Assert.Equal(AccessRight.ApplyRules, AccessPolicy.ParseRight(" APPLYRULES ").Value);
        Assert.Contains("maintainCategories", AccessPolicy.ParseRight("delete").Problem, StringComparison.Ordinal);
    }
}
