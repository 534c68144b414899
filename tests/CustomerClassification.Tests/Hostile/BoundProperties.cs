using System.IO;
using CustomerClassification.AccountSets;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Hostile;

// Laws at the bounds: whatever amounts, dates and texts a generator reaches, the model refuses with its documented
// exception or holds the value exactly; credit, aging and provision always return and conserve every amount.
[ScaledProperties(Arbitrary = [typeof(BoundGenerators)], MaxTest = 100)]
public sealed class BoundProperties
{
    private static readonly ProvisionRateSet Rates = new(new ProvisionRates([0m, 0.01m, 0.05m, 0.1m, 0.2m, 0.5m, 1m]));

    [Property]
    public void Aging_and_provision_on_bounded_items_return_and_conserve_every_amount(decimal[] amounts, LocalDate[] days)
    {
        var archive = Archive().Snapshot;
        var items = amounts.Take(8).Select((amount, i) =>
        {
            var day = days.Length == 0 ? Today : days[i % days.Length];
            return new OpenItem(i % 2 == 0 ? "D1" : "R1", "A" + i, amount, day, day);
        }).ToArray();

        var aging = AgingReport.Build(archive, items, Today);
        var provision = BadDebtProvision.ByAging(aging, archive, Rates);
        var decision = Policies().For(archive).Evaluate(new CreditRequest("R1", Math.Abs(amounts.FirstOrDefault()), items.Where(i => i.CustomerCode == "R1"), Today));

        Assert.Equal(items.Sum(i => i.Amount), aging.Total.Balance);
        Assert.Equal(provision.Customers.Sum(r => r.Provision), provision.Total.Provision);
        Assert.True(Enum.IsDefined(decision.Outcome));
    }

    [Property]
    public void Payment_terms_from_any_day_give_a_due_date_or_say_it_falls_after_the_range(LocalDate day, byte days)
    {
        var terms = PaymentTerms.Parse(FormattableString.Invariant($"n/{days}"));

        var due = Record.Exception(() => terms.DueDate(day));

        Assert.True(due is null ? day.PlusDays(days) <= BoundGenerators.LastDay : due is ArgumentOutOfRangeException && day > BoundGenerators.LastDay.PlusDays(-days));
    }

    [ScaledProperty(MaxTest = 300)]
    public Property Any_text_is_a_name_exactly_or_an_ArgumentException_and_survives_a_snapshot() =>
        Prop.ForAll(BoundGenerators.Texts.ToArbitrary(), text =>
        {
            Customer? customer = null;
            var thrown = Record.Exception(() => customer = new Customer("C1", text));
            if (thrown is not null)
            {
                return thrown is ArgumentException;
            }

            var archive = SampleArchive.Create(classified: false);
            archive.Add(customer!, SampleArchive.Actor);
            var loaded = SnapshotJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SnapshotJson.ToJson(new AccountSet(archive)))), SystemClock.Instance);
            return loaded.Archive.Get("C1") == customer;
        });
}
