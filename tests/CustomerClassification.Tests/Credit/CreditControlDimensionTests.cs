using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Credit;

/// <summary>Issue #24 items 1 and 2: what is controlled (信用控制纬度, 信用期限), what counts as exposure (信用占用), prepayment.</summary>
[EnglishMessages]
public class CreditControlDimensionTests
{
    private static readonly LocalDate Today = new(2026, 6, 30);

    // Open 50 days, due in 60: within any overdue allowance, beyond a credit period of 45 days.
    private static readonly OpenItem Item = new("C001", "INV-7", 4_000m, Today.PlusDays(-50), Today.PlusDays(10));

    private static CustomerArchive Archive(string? dimension = null, int? period = 45)
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { CreditLimit = 5_000m, CreditPeriodDays = period }, SampleArchive.Actor);
        if (dimension is not null)
        {
            archive.SetDefaultProfileValue("信用控制纬度", dimension, SampleArchive.Actor);
        }

        return archive;
    }

    private static CreditDecision Check(CustomerArchive archive, decimal amount, params OpenOrder[] orders) =>
        new CreditPolicySet().For(archive.Snapshot).Evaluate(new CreditRequest("C001", amount, [Item], Today) { OpenOrders = orders });

    private static CreditReasonKind[] Kinds(CreditDecision decision) => [.. decision.Reasons.Select(r => r.Kind)];

    [Theory]
    [InlineData(null, "OverLimit")]
    [InlineData("额度", "OverLimit")]
    [InlineData("期限", "CreditPeriodExceeded")]
    [InlineData("both", "OverLimit,CreditPeriodExceeded")]
    public void TheDimension_ChoosesWhatIsChecked(string? dimension, string expected)
    {
        var decision = Check(Archive(dimension), 2_000m);

        Assert.Equal(expected.Split(',').Select(Enum.Parse<CreditReasonKind>), Kinds(decision));
        Assert.Equal(CreditOutcome.Blocked, decision.Outcome);
    }

    [Fact]
    public void ThePeriodReason_NamesTheDocument_AndItsDays()
    {
        var reason = Assert.Single(Check(Archive("期限"), 1m).Reasons);

        Assert.Equal((45, 50, "INV-7"), (reason.CreditPeriodDays, reason.DaysOpen, reason.OverdueDocument));
        Assert.Equal("Document INV-7 of 2026-05-11 has been open 50 days; the credit period is 45 days.", reason.Message);
    }

    [Fact]
    public void ACustomerWithinItsPeriod_OrNotControlled_IsNotBlockedForIt()
    {
        var within = Archive("期限", period: 50);
        var uncontrolled = Archive("期限");
        uncontrolled.Update("C001", c => c with { CreditControlled = false }, SampleArchive.Actor);

        Assert.Empty(Check(within, 1m).Reasons);
        Assert.Empty(Check(uncontrolled, 1m).Reasons);
    }

    [Fact]
    public void OpenOrders_CountAsExposure_ByTheKindsThePolicyIncludes()
    {
        var archive = Archive();
        OpenOrder[] orders =
        [
            new("C001", "SO-1", 300m, Today, OpenOrderKind.Order),
            new("C001", "DN-1", 200m, Today, OpenOrderKind.Delivery),
            new("C001", "SI-1", 100m, Today, OpenOrderKind.Invoice),
        ];

        var all = Check(archive, 0m, orders);
        archive.SetDefaultProfileValue("信用占用", new[] { "应收", "发货" }, SampleArchive.Actor);
        var some = Check(archive, 0m, orders);

        Assert.Equal(4_600m, all.Exposure);
        Assert.Equal(4_200m, some.Exposure);
        Assert.Equal(CreditExposureParts.Receivables | CreditExposureParts.Deliveries, some.Policy.ExposureIncludes.Value);
    }

    [Fact]
    public void UnknownWords_AreRefusedByTheProfile()
    {
        var archive = Archive();

        Assert.ThrowsAny<Exception>(() => archive.SetDefaultProfileValue("信用控制纬度", "金额", SampleArchive.Actor));
        Assert.ThrowsAny<Exception>(() => archive.SetDefaultProfileValue("信用占用", new[] { "应收", "合同" }, SampleArchive.Actor));
        Assert.False(OpenOrder.ParseKind("合同").Success);
        Assert.Equal(OpenOrderKind.Delivery, OpenOrder.ParseKind(" 发货 ").Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenOrder("C001", "X", -1m, Today, OpenOrderKind.Order));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenOrder("C001", "X", 1m, Today, (OpenOrderKind)9));
        Assert.Throws<ArgumentException>(() => new CreditRequest("C001", 1m, [], Today) { OpenOrders = [new("C002", "X", 1m, Today, OpenOrderKind.Order)] });
    }

    [Fact]
    public void Prepayment_BlocksAnOrderBeyondTheUnusedAdvances()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "要求预付款", true, SampleArchive.Actor);
        var check = new CreditPolicySet().For(archive.Snapshot);
        OpenItem[] advance = [new("C001", "RC-1", -3_000m, Today.PlusDays(-5), Today.PlusDays(-5))];

        var within = check.Evaluate(new CreditRequest("C001", 3_000m, advance, Today));
        var beyond = check.Evaluate(new CreditRequest("C001", 3_000.01m, advance, Today));

        Assert.Equal(CreditOutcome.Approved, within.Outcome);
        var reason = Assert.Single(beyond.Reasons);
        Assert.Equal((CreditOutcome.Blocked, CreditReasonKind.PrepaymentRequired, 3_000m), (beyond.Outcome, reason.Kind, reason.AdvancePayments));
    }
}
