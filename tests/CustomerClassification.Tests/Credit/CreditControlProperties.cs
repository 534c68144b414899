using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24's laws: holds, temporary limits, periods and prepayment keep orders monotone; dunning never skips a level; a statement closes on the open items.</summary>
[ScaledProperties(Arbitrary = [typeof(CreditGenerators)], MaxTest = 100)]
public class CreditControlProperties
{
    private const string Actor = "gen";

    // The scenario with holds, temporary limits, credit periods and prepayment spread over its customers by the seed.
    private static (ArchiveSnapshot Snapshot, CreditPolicySet Set) Controlled(CreditScenario scenario, uint seed)
    {
        var archive = scenario.Built();
        archive.SetDefaultProfileValue("creditControlDimension", (seed % 3) switch { 0 => "limit", 1 => "period", _ => "both" }, Actor);
        archive.SetDefaultProfileValue("creditApprovers", "甲:5000;乙:20%;丙:100000", Actor);
        var i = 0u;
        foreach (var customer in archive.Snapshot.ToArray())
        {
            var pick = (seed + (i++ * 7)) % 11;
            archive.Update(customer.Code, c => c with { CreditPeriodDays = (int)(pick * 20), CreditControlled = pick != 4 ? null : false }, Actor);
            if (pick == 0)
            {
                archive.HoldCredit(customer.Code, "R" + pick, null, Actor);
            }
            else if (pick % 3 == 0)
            {
                archive.GrantTemporaryLimit(customer.Code, pick * 10_000m, CreditScenario.Today.PlusDays(-(int)pick), CreditScenario.Today.PlusDays((int)pick - 5), Actor);
            }
            else if (pick == 7 && customer.CategoryCode is { } category)
            {
                archive.SetProfileValue(DimensionNames.Category, category, "prepayment", true, Actor);
            }
        }

        // Every fifth customer after the first is a member of the one before it: groups with head-office limits.
        var codes = archive.Snapshot.Select(c => c.Code).ToArray();
        for (var j = 1; j < codes.Length; j += 5)
        {
            var head = codes[j - 1];
            archive.Update(codes[j], c => c with { ParentCode = head }, Actor);
        }

        return (archive.Snapshot, scenario.PolicySet());
    }

    [Property]
    public void A_larger_order_never_gets_a_better_outcome_with_holds_temporary_limits_periods_prepayment_and_groups(CreditScenario scenario, uint seed, uint small, uint extra)
    {
        var (snapshot, set) = Controlled(scenario, seed);
        var check = set.For(snapshot);
        var items = scenario.OpenItems().ToLookup(i => i.CustomerCode);
        var group = GroupExposure.Build(snapshot, scenario.OpenItems(), []);
        foreach (var customer in snapshot)
        {
            var smaller = check.Evaluate(new CreditRequest(customer.Code, small % 300_000, items[customer.Code], CreditScenario.Today) { GroupExposure = group });
            var larger = check.Evaluate(new CreditRequest(customer.Code, (small % 300_000) + (extra % 300_000), items[customer.Code], CreditScenario.Today) { GroupExposure = group });
            Assert.True(larger.Outcome >= smaller.Outcome, $"{customer.Code}: {smaller.Outcome} then {larger.Outcome}");
            Assert.True(!customer.IsOnCreditHold || larger.Outcome == CreditOutcome.Blocked);
            // An approver who lets the larger order through lets the smaller through; the larger never needs a lower level.
            var approver = (seed % 3) switch { 0 => "甲", 1 => "乙", _ => "丙" };
            var (approvedSmall, approvedLarge) = (check.Approve(new CreditRequest(customer.Code, small % 300_000, items[customer.Code], CreditScenario.Today) { GroupExposure = group }, approver), check.Approve(new CreditRequest(customer.Code, (small % 300_000) + (extra % 300_000), items[customer.Code], CreditScenario.Today) { GroupExposure = group }, approver));
            Assert.True(approvedLarge.Outcome == CreditOutcome.Blocked || approvedSmall.Outcome != CreditOutcome.Blocked, $"{customer.Code} approved by {approver}: {approvedSmall.Outcome} then {approvedLarge.Outcome}");
            Assert.True(smaller.RequiredApproval is null || larger.RequiredApproval is null || larger.RequiredApproval.Level >= smaller.RequiredApproval.Level);
        }
    }

    [Property]
    public void A_temporary_limit_never_lowers_the_available_credit_nor_worsens_an_order(CreditScenario scenario, uint amount, int from, uint days, uint order)
    {
        var archive = scenario.Built();
        var without = scenario.PolicySet().For(archive.Snapshot);
        var start = CreditScenario.Today.PlusDays(from % 30);
        foreach (var customer in archive.Snapshot.ToArray())
        {
            archive.GrantTemporaryLimit(customer.Code, amount % 500_000, start, start.PlusDays((int)(days % 60)), Actor);
        }

        var with = scenario.PolicySet().For(archive.Snapshot);
        var items = scenario.OpenItems().ToLookup(i => i.CustomerCode);
        foreach (var customer in archive.Snapshot)
        {
            var request = new CreditRequest(customer.Code, order % 300_000, items[customer.Code], CreditScenario.Today);
            var (before, after) = (without.Evaluate(request), with.Evaluate(request));
            Assert.True(after.Outcome <= before.Outcome, $"{customer.Code}: {before.Outcome} then {after.Outcome}");
            Assert.True(before.AvailableCredit is null || after.AvailableCredit >= before.AvailableCredit);
        }
    }

    [Property]
    public void Dunning_never_skips_a_level(CreditScenario scenario, uint seed)
    {
        var archive = scenario.Built();
        archive.SetDefaultProfileValue("collectionPolicy", "1:1:提醒;2:30:催款函;3:60:律师函;4:120:起诉", Actor);
        var reminders = scenario.Customers.Select((_, i) => (i, level: (int)((seed + (uint)i) % 6))).Where(r => r.level > 0)
            .Select(r => new Reminder(CreditScenario.CodeOf(r.i), r.level, CreditScenario.Today.PlusDays(-r.level))).ToArray();

        var run = DunningRun.Build(archive.Snapshot, scenario.OpenItems(), reminders, CreditScenario.Today);

        foreach (var entry in run.Entries)
        {
            var last = reminders.FirstOrDefault(r => r.CustomerCode == entry.CustomerCode)?.Level ?? 0;
            Assert.InRange(entry.Level.Level, 1, Math.Max(1, Math.Min(entry.DueLevel, last + 1)));
            Assert.True(entry.Level.Level == Math.Min(entry.DueLevel, last + 1) || last + 1 > 4);
        }

        Assert.Equal(run.Entries.Sum(e => e.OverdueAmount), run.Levels.Sum(l => l.Amount));
    }

    [Property]
    public void A_statement_closes_on_the_sum_of_the_open_items(CreditScenario scenario, int from, uint length)
    {
        var snapshot = scenario.Archive();
        var items = scenario.OpenItems();
        var ledger = items.Select(i => new LedgerEntry(i.CustomerCode, i.DocumentNumber, i.InvoiceDate, i.Amount)).ToArray();
        var first = CreditScenario.Today.PlusDays(-(Math.Abs(from % 400)));
        var last = first.PlusDays((int)(length % 400));
        foreach (var customer in snapshot)
        {
            var statement = AccountStatement.Build(snapshot, customer.Code, ledger, first, last);

            Assert.Equal(items.Where(i => i.CustomerCode == customer.Code && i.InvoiceDate <= last).Sum(i => i.Amount), statement.ClosingBalance);
            Assert.Equal(statement.ClosingBalance, statement.Lines.Count == 0 ? statement.OpeningBalance : statement.Lines[^1].Balance);
        }
    }

    [Property]
    public void Group_exposure_equals_the_sum_of_its_members(CreditScenario scenario, uint seed)
    {
        var archive = scenario.Built();
        var codes = archive.Snapshot.Select(c => c.Code).ToArray();
        // Each customer after the first may name an earlier one as its head office: a forest, no cycle.
        for (var i = 1; i < codes.Length; i++)
        {
            if ((seed + (uint)i) % 3 != 0)
            {
                var parent = codes[(int)((seed + (uint)i) % (uint)i)];
                archive.Update(codes[i], c => c with { ParentCode = parent }, Actor);
            }
        }

        var snapshot = archive.Snapshot;
        var items = scenario.OpenItems();
        var group = GroupExposure.Build(snapshot, items, []);
        foreach (var customer in snapshot)
        {
            // Naive: every item whose customer has this one on its chain of head offices (itself included).
            var naive = items.Where(i => Chain(snapshot, i.CustomerCode).Contains(customer.Code)).Sum(i => i.Amount);
            Assert.Equal(naive, group.Of(customer.Code));
            Assert.Equal(items.Where(i => i.CustomerCode == customer.Code).Sum(i => i.Amount), group.OwnOf(customer.Code));
        }

        Assert.Equal(items.Sum(i => i.Amount), snapshot.Where(c => c.ParentCode is null).Sum(c => group.Of(c.Code)));
    }

    private static IEnumerable<string> Chain(ArchiveSnapshot snapshot, string code)
    {
        for (string? at = code; at is not null; at = snapshot.Find(at)?.ParentCode)
        {
            yield return at;
        }
    }
}
