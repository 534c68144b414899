using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Archives;

/// <summary>
/// Issue #26's law, model-based: over random interleavings of direct changes, submissions, approvals, rejections and
/// applications by users with random rights and scopes, no change goes in that its user could not make directly or
/// that someone else did not approve; a stale request never overwrites a newer value; the log tells exactly what happened.
/// </summary>
[ScaledProperties(Arbitrary = [typeof(GovernanceGenerators)], MaxTest = 100)]
public class GovernanceProperties
{
    [Property]
    public void EveryChange_IsAllowedOrApproved_NeverStale_AndLoggedAsItHappened(GovernanceScript script)
    {
        var archive = SampleArchive.Create();
        var seed = new ChangeBatch();
        for (var i = 0; i < GovernanceGenerators.Customers.Length; i++)
        {
            seed.Add(SampleArchive.Customer(GovernanceGenerators.Customers[i], "客户" + i, GovernanceGenerators.Categories[i % 3]));
        }

        Assert.True(archive.Apply(seed, "系统").Succeeded);
        var policy = Policy(script);
        var submitted = new List<long>();
        foreach (var step in script.Steps)
        {
            var user = script.Users[step.User];
            var before = archive.Snapshot;
            var requestsBefore = archive.Requests;
            var outcome = Run(archive, policy, step, user.Name, submitted);
            var entries = archive.ChangeLog.Skip(before.ChangeLog.Count).ToArray();

            // Nothing happens on a refusal; what happens is logged by the user who did it.
            Assert.True(outcome == (entries.Length > 0), $"{step}: outcome {outcome}, {entries.Length} entries");
            Assert.All(entries, e => Assert.Equal(user.Name, e.Actor));
            var changes = entries.Where(e => e.Operation is ChangeOperation.CustomerReclassified or ChangeOperation.CustomerChanged).ToArray();
            switch (step)
            {
                case DirectStep direct when outcome:
                    Assert.True(MayDirectly(user, script, before.Get(direct.Customer), direct), $"{step} went in for {user}");
                    Assert.Single(changes);
                    break;
                case ApplyStep apply when outcome:
                    var request = requestsBefore.Single(r => r.Id == submitted[apply.Request]);
                    Assert.NotEqual(request.Submitter, request.DecidedBy);
                    var approver = script.Users.Single(u => u.Name == request.DecidedBy);
                    Assert.All(request.Changes, c => Assert.True(MayApprove(approver, c, before.Get(c.CustomerCode!)), $"{approver} approved {c}"));
                    Assert.All(request.Changes, c => Assert.Equal(c.Before, Value(before.Get(c.CustomerCode!), c.Field!)));
                    Assert.Equal(request.Changes.Count, changes.Length);
                    Assert.Equal(ChangeOperation.RequestApplied, entries[^1].Operation);
                    break;
                default:
                    Assert.Empty(changes);
                    break;
            }
        }
    }

    private static AccessPolicy Policy(GovernanceScript script) => new(
        [],
        script.Users.Select(u => new AccessRole("R" + u.Name, [u.Name], u.Rights, [AccessRight.EditCustomers], u.ApprovesAll, u.OnlyEast ? DataScope.Of(DimensionNames.Category, "01") : null)),
        script.RequestsForReclassify ? new RequestPolicy([AccessRight.Reclassify]) : null);

    private static bool Run(CustomerArchive archive, AccessPolicy policy, GovernanceStep step, string user, List<long> submitted)
    {
        try
        {
            switch (step)
            {
                case DirectStep s:
                    // A change to the value it has already goes in and writes nothing.
                    return archive.Apply(Change(s.Customer, s.Reclassify, s.Value), user, policy) is { Succeeded: true, Entries.Count: > 0 };
                case SubmitStep s:
                    submitted.Add(archive.Submit(Change(s.Customer, s.Reclassify, s.Value), user, "申请", policy).Id);
                    return true;
                case ApproveStep s when s.Request < submitted.Count:
                    archive.Approve(submitted[s.Request], user, null, policy);
                    return true;
                case RejectStep s when s.Request < submitted.Count:
                    archive.Reject(submitted[s.Request], user, "不同意", policy);
                    return true;
                case ApplyStep s when s.Request < submitted.Count:
                    return archive.ApplyRequest(submitted[s.Request], user, policy).Succeeded;
                default:
                    return false;
            }
        }
        catch (ClassificationException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            // A batch that changes nothing is no request.
            return false;
        }
    }

    private static ChangeBatch Change(string customer, bool reclassify, string value) =>
        new ChangeBatch().Update(customer, c => reclassify ? c with { CategoryCode = value } : c with { Phone = value });

    private static bool MayDirectly(GovernanceUser user, GovernanceScript script, Customer before, DirectStep step)
    {
        var right = step.Reclassify ? AccessRight.Reclassify : AccessRight.EditCustomers;
        var target = step.Reclassify ? step.Value : before.CategoryCode!;
        return user.Rights.Contains(right) && Sees(user, before.CategoryCode!) && Sees(user, target)
            && !(step.Reclassify && script.RequestsForReclassify);
    }

    private static bool MayApprove(GovernanceUser approver, RequestedChange change, Customer before)
    {
        var kind = change.Operation == ChangeOperation.CustomerReclassified ? AccessRight.Reclassify : AccessRight.EditCustomers;
        var target = change.Operation == ChangeOperation.CustomerReclassified ? change.After! : before.CategoryCode!;
        return approver.Rights.Contains(AccessRight.Approve) && (approver.ApprovesAll || kind == AccessRight.EditCustomers)
            && Sees(approver, before.CategoryCode!) && Sees(approver, target);
    }

    private static bool Sees(GovernanceUser user, string category) => !user.OnlyEast || category.StartsWith("01", StringComparison.Ordinal);

    private static string? Value(Customer customer, string field) =>
        field == DimensionNames.Category ? customer.CategoryCode : CustomerFields.Get(field).FormatValue(customer);
}
