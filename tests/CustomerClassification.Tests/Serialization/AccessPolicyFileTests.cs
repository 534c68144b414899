using System.IO;
using System.Linq;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Serialization;

public class AccessPolicyFileTests
{
    // The issue's example, as a team writes it.
    public const string Example = """
        { "schemaVersion": 1, "administrators": ["管理员"],
          "roles": [
            { "name": "业务员", "members": ["张三", "赵六"], "rights": ["editCustomers", "reclassify", "import", "export", "applyRules"],
              "scope": { "region": ["31"] } },
            { "name": "财务主管", "members": ["李主管"], "rights": ["maintainCategories", "editCustomers", "reclassify",
              "changeProfiles", "changeCredit", "approve", "import", "export", "applyRules"], "approves": ["*"], "scope": {} } ],
          "requests": { "rights": ["reclassify"], "creditLimitAbove": 100000 } }
        """;

    [Fact]
    public void FromJson_ReadsTheIssuesShape_AndToJsonReadsBack()
    {
        var policy = AccessPolicyFile.FromJson(Example);

        Assert.Equal(["管理员"], policy.Administrators);
        var clerk = policy.Roles[0];
        Assert.Equal(("业务员", 2, 5, false), (clerk.Name, clerk.Members.Count, clerk.Rights.Count, clerk.ApprovesAll));
        Assert.Equal(["31"], clerk.Scope.AllowedIn(DimensionNames.Region)!);
        Assert.True(policy.Roles[1].MayApprove(AccessRight.ChangeCredit));
        Assert.Equal([AccessRight.Reclassify], policy.Requests.Rights);
        Assert.Equal(100000m, policy.Requests.CreditLimitAbove);

        var again = AccessPolicyFile.FromJson(AccessPolicyFile.ToJson(policy));
        Assert.Equal(AccessPolicyFile.ToJson(policy), AccessPolicyFile.ToJson(again));
    }

    [Fact]
    public void FromJson_ReportsEveryProblemWithItsPath()
    {
        var e = Assert.Throws<RuleSyntaxException>(() => AccessPolicyFile.FromJson("""
            { "schemaVersion": 1, "roles": [ { "name": "a", "members": ["x"], "rights": ["delete"], "colour": 1 }, { "members": [] } ] }
            """));

        var paths = e.Errors.Select(p => p.Path ?? string.Empty).ToArray();
        Assert.Contains("$.roles[0].rights[0]", paths);
        Assert.Contains(paths, p => p.StartsWith("$.roles[0]", StringComparison.Ordinal) && p != "$.roles[0].rights[0]");
        Assert.Contains(paths, p => p.StartsWith("$.roles[1]", StringComparison.Ordinal));
        Assert.Throws<RuleSyntaxException>(() => AccessPolicyFile.FromJson("{"));
        Assert.Throws<RuleSyntaxException>(() => AccessPolicyFile.FromJson("{ \"schemaVersion\": 1, \"\\ud800\": 1, \"roles\": [] }"));
        Assert.Throws<RuleSyntaxException>(() => AccessPolicyFile.FromJson("""{ "roles": [] }"""));
    }

    [Fact]
    public void ASnapshot_KeepsThePolicyAndTheRequests()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C1", "上海客户"), SampleArchive.Actor);
        archive.Submit(new ChangeBatch().Update("C1", c => c with { CategoryCode = "01002", Phone = "1" }), "张三", "调整");
        archive.Submit(new ChangeBatch().Add(SampleArchive.Customer("C2", "新客户") with { CreditLimit = 5m }), "张三", "开户");
        archive.Approve(2, "李主管", "同意");
        var set = new AccountSet(archive) { Access = AccessPolicyFile.FromJson(Example) };

        using var stream = new MemoryStream();
        SnapshotJson.Write(set, stream);
        stream.Position = 0;
        var loaded = SnapshotJson.Read(stream, new NodaTime.Testing.FakeClock(SampleArchive.Start));

        Assert.Equal(AccessPolicyFile.ToJson(set.Access!), AccessPolicyFile.ToJson(loaded.Access!));
        Assert.Equal(
            archive.Requests.Select(r => (r.Id, r.Status, r.Submitter, r.Reason, r.SubmittedAt, r.DecidedBy, r.Decision, r.Changes.Count)),
            loaded.Archive.Requests.Select(r => (r.Id, r.Status, r.Submitter, r.Reason, r.SubmittedAt, r.DecidedBy, r.Decision, r.Changes.Count)));
        Assert.Equal(archive.Requests.SelectMany(r => r.Changes), loaded.Archive.Requests.SelectMany(r => r.Changes));
        Assert.True(loaded.Archive.ApplyRequest(2, "李主管").Succeeded);
        Assert.Equal(5m, loaded.Archive.Get("C2").CreditLimit);
    }

    [Fact]
    public void ASavedApprovalByItsOwnSubmitter_IsRefusedWhenLoading()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C1", "上海客户"), SampleArchive.Actor);
        archive.Submit(new ChangeBatch().Update("C1", c => c with { Phone = "1" }), "张三", "调整");
        archive.Approve(1, "李主管");
        var json = SnapshotJson.ToJson(new AccountSet(archive));

        var tampered = System.Text.RegularExpressions.Regex.Replace(json, "\"decidedBy\"\\s*:\\s*\"[^\"]*\"", "\"decidedBy\": \"张三\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

        Assert.NotEqual(json, tampered);
        var e = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(tampered, new NodaTime.Testing.FakeClock(SampleArchive.Start)));
        Assert.Contains(e.Problems, p => p.Path == "$.requests[0].decidedBy");
        Assert.Equal(RequestStatus.Approved, SnapshotJson.FromJson(json, new NodaTime.Testing.FakeClock(SampleArchive.Start)).Archive.GetRequest(1).Status);
    }
}
