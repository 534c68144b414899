using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CustomerClassification.Archives;
using CustomerClassification.Benchmarks.Customers;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Benchmarks.Credit;

/// <summary>
/// Issue #24's figures on 100,000 customers with 1,000,000 open items: a credit check of a member of a 1,000-customer
/// group (group exposure kept, not summed per check) against the same check without a group; and a dunning run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CollectionsBenchmarks
{
    private const string Policy = "1:7:提醒付款:邮件;2:30:催款函:电话;3:60:律师函:快递";
    private static readonly LocalDate Today = new(2026, 6, 30);

    private ArchiveSnapshot _plain = null!;
    private ArchiveSnapshot _grouped = null!;
    private OpenItem[] _items = null!;
    private Reminder[] _reminders = null!;
    private CreditCheck _plainCheck = null!;
    private CreditCheck _groupCheck = null!;
    private CreditRequest[] _plainRequests = null!;
    private CreditRequest[] _groupRequests = null!;

    [Params(100_000)]
    public int Customers { get; set; }

    [Params(1_000_000)]
    public int OpenItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var archive = SampleCustomers.Build(Customers);
        archive.SetDefaultProfileValue("collectionPolicy", Policy, "bench");
        archive.SetDefaultProfileValue("creditLimit", 500_000m, "bench");
        _plain = archive.Snapshot;
        var customers = _plain.ToArray();
        var random = new Random(24);
        _items = Enumerable.Range(0, OpenItems)
            .Select(i =>
            {
                var due = Today.PlusDays(-random.Next(-60, 200));
                return new OpenItem(customers[random.Next(customers.Length)].Code, "INV" + i, random.Next(100, 100_000), due.PlusDays(-30), due);
            })
            .ToArray();
        _reminders = customers.Where((_, i) => i % 4 == 0).Select((c, i) => new Reminder(c.Code, 1 + (i % 3), Today.PlusDays(-10))).ToArray();

        // The first 1,000 customers: one head office and 999 members.
        var head = customers[0].Code;
        var batch = new ChangeBatch();
        foreach (var member in customers.Skip(1).Take(999))
        {
            batch.Update(member.Code, c => c with { ParentCode = head });
        }

        archive.Apply(batch, "bench");
        _grouped = archive.Snapshot;
        _plainCheck = new CreditPolicySet().For(_plain);
        _groupCheck = new CreditPolicySet().For(_grouped);
        var group = GroupExposure.Build(_grouped, _items, []);
        var byCustomer = _items.ToLookup(i => i.CustomerCode);
        var members = customers.Skip(1).Take(999).ToArray();
        _plainRequests = members.Select(c => new CreditRequest(c.Code, 50_000m, byCustomer[c.Code], Today)).ToArray();
        _groupRequests = members.Select(c => new CreditRequest(c.Code, 50_000m, byCustomer[c.Code], Today) { GroupExposure = group }).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 999)]
    [BenchmarkCategory("Credit check")]
    public int Check_WithoutGroup() => Blocked(_plainCheck, _plainRequests);

    [Benchmark(OperationsPerInvoke = 999)]
    [BenchmarkCategory("Credit check")]
    public int Check_MemberOfA1000CustomerGroup() => Blocked(_groupCheck, _groupRequests);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Dunning")]
    public int Dunning_NaivePerCustomer()
    {
        // Per customer: its items by LINQ, its whole effective profile, its policy parsed again.
        var profiles = _plain.EffectiveProfiles();
        var last = _reminders.ToLookup(r => r.CustomerCode);
        var listed = 0;
        foreach (var items in _items.GroupBy(i => i.CustomerCode, StringComparer.Ordinal))
        {
            var days = items.Max(i => i.DaysOverdue(Today));
            var policy = CollectionPolicy.Parse((string)profiles.Of(items.Key).Get("collectionPolicy").Value!).Value;
            var sent = last[items.Key].Select(r => r.Level).DefaultIfEmpty(0).Max();
            listed += Math.Min(policy.LevelFor(days), sent + 1) > 0 ? 1 : 0;
        }

        return listed;
    }

    [Benchmark]
    [BenchmarkCategory("Dunning")]
    public int Dunning_Run() => DunningRun.Build(_plain, _items, _reminders, Today).Entries.Count;

    private static int Blocked(CreditCheck check, CreditRequest[] requests)
    {
        var blocked = 0;
        foreach (var request in requests)
        {
            blocked += check.Evaluate(request).Outcome == CreditOutcome.Blocked ? 1 : 0;
        }

        return blocked;
    }
}
