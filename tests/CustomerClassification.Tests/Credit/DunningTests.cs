using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using static CustomerClassification.Tests.Credit.SampleCredit;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 item 7: collection policies (催款策略) by category, dunning runs and statements of account (对账单).</summary>
[EnglishMessages]
public class DunningTests
{
    private const string Actor = "test";
    private const string Policy = "1:7:提醒付款:邮件;2:30:催款函:电话;3:60:律师函:快递";

    private static ArchiveSnapshot Snapshot(string? retail = null)
    {
        var archive = Archive();
        archive.SetProfileValue(DimensionNames.Category, "01", "催款策略", Policy, Actor);
        if (retail is not null)
        {
            archive.SetProfileValue(DimensionNames.Category, "02", "催款策略", retail, Actor);
        }

        return archive.Snapshot;
    }

    [Fact]
    public void EachCustomer_IsAtTheLevelItsOldestItemReached_ButRaisedOneLevelAtATime()
    {
        OpenItem[] items = [Item("D1", 1_000m, 65, "A1"), Item("D1", 500m, 3, "A2"), Item("D2", 2_000m, 31, "B1"), Item("R1", 800m, 90, "C1")];
        Reminder[] sent = [new("D1", 2, Today.PlusDays(-10)), new("D1", 1, Today.PlusDays(-40))];

        var run = DunningRun.Build(Snapshot(), items, sent, Today);

        var d1 = run.Entries[0];
        Assert.Equal(("D1", 3, "律师函", "快递", 1_500m, 65), (d1.CustomerCode, d1.Level.Level, d1.Level.Text, d1.Level.Channel, d1.OverdueAmount, d1.MaxDaysOverdue));
        Assert.Equal(["A1", "A2"], d1.Documents);
        Assert.Equal((2, true), (d1.LastReminder!.Level, d1.IsRaised));
        var d2 = run.Entries[1];
        Assert.Equal(("D2", 1, 2), (d2.CustomerCode, d2.Level.Level, d2.DueLevel));
        Assert.Equal(["R1"], run.WithoutPolicy);
        Assert.Equal([new DunningLevelTotal(1, 1, 2_000m), new DunningLevelTotal(3, 1, 1_500m)], run.Levels);
    }

    [Fact]
    public void ACategoryMayHaveItsOwnPolicy_AndCreditsSettleFirst()
    {
        OpenItem[] items = [Item("R1", 800m, 20, "C1"), Item("D2", 2_000m, 31, "B1"), new("D2", "RC", -2_000m, Today.PlusDays(-1), Today.PlusDays(-1)), Item("NOPE", 5m, 99)];

        var run = DunningRun.Build(Snapshot(retail: "1:15:电话提醒"), items, [], Today);

        var entry = Assert.Single(run.Entries);
        Assert.Equal(("R1", "电话提醒", string.Empty), (entry.CustomerCode, entry.Level.Text, entry.Level.Channel));
        Assert.Equal(["NOPE"], run.UnknownCustomers);
    }

    [Fact]
    public void ACodeWrittenInAnotherCase_CountsForTheSameCustomer()
    {
        OpenItem[] items = [Item("D1", 1_000m, 40, "A1"), Item("d1", 500m, 10, "A2"), new("d1", "RC", -200m, Today.PlusDays(-1), Today.PlusDays(-1))];

        var run = DunningRun.Build(Snapshot(), items, [new Reminder("d1", 1, Today.PlusDays(-3))], Today);

        var entry = Assert.Single(run.Entries);
        Assert.Equal(("D1", 1_300m, 2, 2), (entry.CustomerCode, entry.OverdueAmount, entry.Level.Level, entry.DueLevel));
        Assert.Equal(["A1", "A2"], entry.Documents);
        Assert.Empty(run.UnknownCustomers);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2:7:提醒")]
    [InlineData("1:30:a;2:30:b")]
    [InlineData("1:0:a")]
    [InlineData("1:x:a")]
    [InlineData("1:7:")]
    [InlineData("1:7:a:b:c")]
    public void APolicyThatIsNotOneLevelAfterAnother_IsRefused(string text)
    {
        Assert.False(CollectionPolicy.Parse(text).Success);
        Assert.ThrowsAny<Exception>(() => Archive().SetDefaultProfileValue("collectionPolicy", text, Actor));
    }

    [Fact]
    public void APolicy_PrintsAndReadsBack_InBothSeparators()
    {
        var policy = CollectionPolicy.Parse("1：7：提醒付款：邮件；2:30:催款函").Value;

        Assert.Equal("1:7:提醒付款:邮件;2:30:催款函", policy.ToString());
        Assert.Equal(policy, CollectionPolicy.Parse(policy.ToString()).Value);
        Assert.Equal([0, 1, 1, 2], new[] { 6, 7, 29, 30 }.Select(policy.LevelFor));
    }

    [Fact]
    public void AStatement_HasTheOpeningBalance_EachLineInDateOrder_AndTheClosingBalance()
    {
        LedgerEntry[] entries =
        [
            new("D1", "INV-1", new LocalDate(2026, 5, 20), 1_000m),
            new("D1", "INV-3", new LocalDate(2026, 6, 10), 2_500m, "六月货款"),
            new("D1", "RC-1", new LocalDate(2026, 6, 5), -1_000m, "收款"),
            new("D1", "INV-2", new LocalDate(2026, 6, 5), 300m),
            new("D2", "X", new LocalDate(2026, 6, 5), 9_999m),
            new("D1", "INV-9", new LocalDate(2026, 7, 1), 7_000m),
        ];

        var statement = AccountStatement.Build(Archive().Snapshot, "D1", entries, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30));

        Assert.Equal(1_000m, statement.OpeningBalance);
        Assert.Equal(
            [("INV-2", 300m, 0m, 1_300m), ("RC-1", 0m, 1_000m, 300m), ("INV-3", 2_500m, 0m, 2_800m)],
            statement.Lines.Select(l => (l.DocumentNumber, l.Debit, l.Credit, l.Balance)));
        Assert.Equal((2_800m, 1_000m, 2_800m), (statement.TotalDebit, statement.TotalCredit, statement.ClosingBalance));
        Assert.Equal("六月货款", statement.Lines[2].Summary);
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountStatement.Build(Archive().Snapshot, "D1", entries, new LocalDate(2026, 6, 30), new LocalDate(2026, 6, 1)));
        Assert.Throws<ClassificationException>(() => AccountStatement.Build(Archive().Snapshot, "NOPE", entries, new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30)));
        Assert.Throws<ArgumentException>(() => new LedgerEntry("D1", "X", Today, 1m, "a\u0007"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Reminder("D1", 0, Today));
    }
}
