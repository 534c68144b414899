using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Hostile;

// Amounts and dates at and beyond T3's ranges: refused where they enter; every report on bounded values returns.
[EnglishMessages]
public sealed class MoneyHostileTests
{
    private const decimal Max = 922_337_203_685_477.5807m;

    [Fact]
    public void AmountsBeyondT3sMoneyRange_AreRefusedWhereTheyEnter()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Customer("C1", "甲") { CreditLimit = Max + 0.0001m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditPolicy { CreditLimit = decimal.MaxValue });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenItem("D1", "A1", decimal.MinValue, Today, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CreditRequest("D1", decimal.MaxValue, [], Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradingStats { OpenBalance = -decimal.MaxValue });
        Assert.Equal(Max, new Customer("C1", "甲") { CreditLimit = Max }.CreditLimit);
    }

    [Fact]
    public void DatesOutsideT3sRange_AreRefusedWhereTheyEnter_AndTermsNearTheEndSaySo()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Customer("C1", "甲") { DevelopedOn = new LocalDate(1752, 12, 31) });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenItem("D1", "A1", 1m, new LocalDate(1, 1, 1), Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TradingStats { LastOrderOn = new LocalDate(1600, 1, 1) });

        var late = Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.Parse("n/30").DueDate(new LocalDate(9999, 12, 31)));
        Assert.StartsWith("n/30 from 9999-12-31 falls after 9999-12-31", late.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(9999, 12, 31), PaymentTerms.Parse("n/1").DueDate(new LocalDate(9999, 12, 30)));
    }

    [Fact]
    public void CreditAndAgingOnTheLargestAmounts_Return()
    {
        var archive = Archive();
        archive.Update("R1", c => c with { CreditLimit = Max }, "test");
        OpenItem[] items = [Item("R1", Max, 10, "A1"), Item("R1", Max, 400, "A2"), Item("R1", -Max, 0, "A3"), Item("D1", Max, 200, "A4")];

        var decision = Policies().For(archive.Snapshot).Evaluate(new CreditRequest("R1", Max, items.Where(i => i.CustomerCode == "R1"), Today, Max));
        var aging = AgingReport.Build(archive.Snapshot, items, Today);
        var provision = BadDebtProvision.ByAging(aging, archive.Snapshot, new ProvisionRateSet(new ProvisionRates([0m, 0.01m, 0.05m, 0.1m, 0.2m, 0.5m, 1m])));

        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
        Assert.Equal(Max * 2, aging.Total.Balance);
        Assert.True(provision.Total.Provision > 0m);
    }
}
