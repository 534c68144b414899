using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Credit;

[ScaledProperties(Arbitrary = [typeof(CreditGenerators)], MaxTest = 100)]
public class CreditProperties
{
    [Property]
    public void Inheritance_equals_a_naive_walk_up_the_ancestors(CreditScenario scenario)
    {
        var archive = scenario.Archive();
        var set = scenario.PolicySet();
        var check = set.For(archive);
        var tree = archive.CategoriesOf(DimensionNames.Category);
        foreach (var customer in archive)
        {
            // Naive: the customer's category, then its ancestors nearest first, then the defaults.
            var path = customer.CategoryCode is null ? [] : tree.AncestorsOf(customer.CategoryCode).Select(c => c.Code).Append(customer.CategoryCode).Reverse().ToArray();
            (T? Value, PolicySource Source) Walk<T>(Func<CreditPolicy, T?> value)
            {
                foreach (var code in path)
                {
                    if (set.Policies.TryGetValue(code, out var policy) && value(policy) is { } found)
                    {
                        return (found, PolicySource.Category(code));
                    }
                }

                return (value(set.Defaults), PolicySource.Default);
            }

            var effective = check.EffectivePolicyOf(customer);
            var limit = customer.CreditLimit is { } own ? (own, PolicySource.Customer) : Walk(p => p.CreditLimit);
            Assert.Equal(limit, (effective.CreditLimit.Value, effective.CreditLimit.Source));
            Assert.Equal(Walk(p => p.AllowedOverdueDays), (effective.AllowedOverdueDays.Value, effective.AllowedOverdueDays.Source));
            Assert.Equal(Walk(p => p.MinimumGrade), (effective.MinimumGrade.Value, effective.MinimumGrade.Source));
            Assert.Equal(Walk(p => p.WarningThreshold), (effective.WarningThreshold.Value, effective.WarningThreshold.Source));
            Assert.Equal(Walk(p => p.WatchListMonths), (effective.WatchListMonths.Value, effective.WatchListMonths.Source));
            var block = Walk(p => p.BlockOverLimit);
            Assert.Equal((block.Value ?? true, block.Source), (effective.BlockOverLimit.Value, effective.BlockOverLimit.Source));
            Assert.Equal(Walk(p => p.AutoApprovedGrades).Value ?? [], effective.AutoApprovedGrades.Value);
        }
    }

    [Property]
    public void A_larger_order_never_gets_a_better_outcome(CreditScenario scenario, uint small, uint extra)
    {
        var archive = scenario.Archive();
        var check = scenario.PolicySet().For(archive);
        var items = scenario.OpenItems().ToLookup(i => i.CustomerCode);
        foreach (var customer in archive)
        {
            var smaller = check.Evaluate(new CreditRequest(customer.Code, small % 300_000, items[customer.Code], CreditScenario.Today));
            var larger = check.Evaluate(new CreditRequest(customer.Code, (small % 300_000) + (extra % 300_000), items[customer.Code], CreditScenario.Today));
            Assert.True(larger.Outcome >= smaller.Outcome, $"{customer.Code}: {smaller.Outcome} then {larger.Outcome}");
            Assert.All(smaller.Reasons, r => Assert.Contains(larger.Reasons, l => l.Kind == r.Kind || (r.Kind == CreditReasonKind.AboveWarningThreshold && l.Kind == CreditReasonKind.OverLimit)));
        }
    }

    [Property]
    public void Aging_conserves_every_amount_and_rolls_up_consistently(CreditScenario scenario)
    {
        var archive = scenario.Archive();
        var items = scenario.OpenItems();
        var report = AgingReport.Build(archive, items, CreditScenario.Today);
        var tree = archive.CategoriesOf(DimensionNames.Category);

        foreach (var row in report.Customers)
        {
            Assert.Equal(items.Where(i => i.CustomerCode == row.Code).Sum(i => i.Amount), row.Balance);
        }

        Assert.Equal(items.Sum(i => i.Amount), report.Total.Balance);
        Assert.Equal(report.Total.Balance, tree.Roots.Sum(r => report.CategoryRow(r.Code).Balance) + report.Unclassified.Balance);
        foreach (var category in tree)
        {
            var own = report.Customers.Where(r => archive.Find(r.Code)!.CategoryCode == category.Code);
            for (var bucket = 0; bucket < report.Buckets.Count; bucket++)
            {
                var expected = own.Sum(r => r.Amounts[bucket]) + tree.ChildrenOf(category.Code).Sum(c => report.CategoryRow(c.Code).Amounts[bucket]);
                Assert.Equal(expected, report.CategoryRow(category.Code).Amounts[bucket]);
            }
        }
    }

    [Property]
    public void Provision_is_monotone_in_the_rates(CreditScenario scenario, byte[] lower, byte[] raise)
    {
        var archive = scenario.Archive();
        var report = AgingReport.Build(archive, scenario.OpenItems().Where(i => i.Amount >= 0m), CreditScenario.Today);
        decimal Rate(byte[] bytes, int i) => bytes.Length == 0 ? 0m : bytes[i % bytes.Length] / 1000m;
        var low = Enumerable.Range(0, report.Buckets.Count).Select(i => Rate(lower, i)).ToArray();
        var high = low.Select((r, i) => r + Rate(raise, i)).ToArray();

        var smaller = BadDebtProvision.ByAging(report, archive, new ProvisionRateSet(new ProvisionRates(low)));
        var larger = BadDebtProvision.ByAging(report, archive, new ProvisionRateSet(new ProvisionRates(high)));

        Assert.True(larger.Total.Provision >= smaller.Total.Provision);
        Assert.All(smaller.Customers.Zip(larger.Customers), pair => Assert.True(pair.Second.Provision >= pair.First.Provision));
        Assert.Equal(smaller.Customers.Sum(r => r.Provision), smaller.Total.Provision);
    }

    // One mechanism: a policy set written into the archive as profile values (ToBatch) decides as the set did.
    [Property]
    public void A_policy_set_written_as_profile_values_decides_as_the_set_did(CreditScenario scenario)
    {
        var archive = scenario.Built();
        var set = scenario.PolicySet();
        var items = scenario.OpenItems().ToLookup(i => i.CustomerCode, StringComparer.Ordinal);
        string[] Decisions(CreditCheck check) => [.. archive.Snapshot.Select(c =>
        {
            var decision = check.Evaluate(new CreditRequest(c.Code, 10_000m, items[c.Code], CreditScenario.Today));
            return Serialization.SnapshotJsonTests.Described(decision.Policy) + " => " + decision.Outcome + ": " + string.Join(",", decision.Reasons.Select(r => r.Kind));
        })];
        var before = Decisions(set.For(archive.Snapshot));

        Assert.True(archive.Apply(set.ToBatch(), "gen").Succeeded);

        Assert.Equal(before, Decisions(new CreditPolicySet().For(archive.Snapshot)));
    }

    // U8's 控制信用额度 off: whatever the limit, the order or the items past due, no limit or overdue reason is given.
    [Property]
    public void An_uncontrolled_customer_is_never_blocked_or_warned_for_its_limit_or_overdue_items(CreditScenario scenario, FsCheck.PositiveInt amount)
    {
        var archive = scenario.Built();
        var batch = new CustomerClassification.Archives.ChangeBatch();
        foreach (var customer in archive.Snapshot)
        {
            batch.Update(customer.Code, c => c with { CreditControlled = false });
        }

        Assert.True(archive.Apply(batch, "gen").Succeeded);
        var check = scenario.PolicySet().For(archive.Snapshot);
        var items = scenario.OpenItems().ToLookup(i => i.CustomerCode, StringComparer.Ordinal);
        foreach (var customer in archive.Snapshot)
        {
            var decision = check.Evaluate(new CreditRequest(customer.Code, amount.Get, items[customer.Code], CreditScenario.Today));
            Assert.DoesNotContain(decision.Reasons, r => r.Kind is CreditReasonKind.OverLimit or CreditReasonKind.AboveWarningThreshold or CreditReasonKind.Overdue);
        }
    }
}
