using CustomerClassification.Archives;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerClassification.Tests.Generators;

/// <summary>One user of a generated access policy: their rights, whether they approve every kind, and whether they see only 华东 (01).</summary>
public sealed record GovernanceUser(string Name, IReadOnlyList<AccessRight> Rights, bool ApprovesAll, bool OnlyEast);

/// <summary>One step of the governance property: a direct change, a submission, or a decision on the n-th request submitted.</summary>
public abstract record GovernanceStep(int User);

/// <summary>A change of one customer: its category (a reclassification) or its phone.</summary>
public sealed record DirectStep(int User, string Customer, bool Reclassify, string Value) : GovernanceStep(User);

public sealed record SubmitStep(int User, string Customer, bool Reclassify, string Value) : GovernanceStep(User);

public sealed record ApproveStep(int User, int Request) : GovernanceStep(User);

public sealed record RejectStep(int User, int Request) : GovernanceStep(User);

public sealed record ApplyStep(int User, int Request) : GovernanceStep(User);

/// <summary>Users with random rights and scopes, whether the policy routes reclassifications through requests, and the steps.</summary>
public sealed record GovernanceScript(IReadOnlyList<GovernanceUser> Users, bool RequestsForReclassify, IReadOnlyList<GovernanceStep> Steps)
{
    public override string ToString() =>
        string.Join("; ", Users) + $" requests={RequestsForReclassify}" + Environment.NewLine + string.Join(Environment.NewLine, Steps);
}

/// <summary>The generators of the governance property, registered with [Properties(Arbitrary = …)].</summary>
public static class GovernanceGenerators
{
    public static readonly string[] Customers = ["C0", "C1", "C2"];
    public static readonly string[] Categories = ["01001", "01002", "02001"];

    private static readonly AccessRight[] Rights = [AccessRight.EditCustomers, AccessRight.Reclassify, AccessRight.Approve];

    private static Gen<GovernanceUser> User(int index) =>
        from rights in Gen.SubListOf(Rights)
        from all in Gen.Elements(true, false)
        from east in Gen.Elements(true, false)
        select new GovernanceUser("U" + index, rights.ToArray(), all, east);

    private static Gen<GovernanceStep> Step(int users)
    {
        var user = Gen.Choose(0, users - 1);
        var change = from u in user
                     from customer in Gen.Elements(Customers)
                     from reclassify in Gen.Elements(true, false)
                     from value in reclassify ? Gen.Elements(Categories) : Gen.Elements("021-1", "021-2")
                     select (u, customer, reclassify, value);
        var decision = from u in user from n in Gen.Choose(0, 3) select (u, n);
        return Gen.Frequency(
            (3, change.Select(c => (GovernanceStep)new DirectStep(c.u, c.customer, c.reclassify, c.value))),
            (3, change.Select(c => (GovernanceStep)new SubmitStep(c.u, c.customer, c.reclassify, c.value))),
            (3, decision.Select(d => (GovernanceStep)new ApproveStep(d.u, d.n))),
            (1, decision.Select(d => (GovernanceStep)new RejectStep(d.u, d.n))),
            (3, decision.Select(d => (GovernanceStep)new ApplyStep(d.u, d.n))));
    }

    public static Arbitrary<GovernanceScript> ScriptArbitrary() =>
        (from first in User(0)
         from second in User(1)
         from third in User(2)
         from requests in Gen.Elements(true, false)
         from steps in Step(3).ArrayOf(60)
         select new GovernanceScript([first, second, third], requests, steps)).ToArbitrary();
}
