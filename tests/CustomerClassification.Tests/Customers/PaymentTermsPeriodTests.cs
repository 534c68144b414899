using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Customers;

public class PaymentTermsPeriodTests
{
    [Theory]
    [InlineData("月结30天", "月结30天", "EOM+30")]
    [InlineData("月结 30 天", "月结30天", "EOM+30")]
    [InlineData("EOM+30", "月结30天", "EOM+30")]
    [InlineData("eom 45 days", "月结45天", "EOM+45")]
    [InlineData("月结", "月结", "EOM")]
    [InlineData("季结", "季结", "EOQ")]
    [InlineData("季结60天", "季结60天", "EOQ+60")]
    [InlineData("次月15日", "次月15日", "day 15 next month")]
    [InlineData("次月5号", "次月5日", "day 5 next month")]
    [InlineData("day 31 of next month", "次月31日", "day 31 next month")]
    [InlineData("预付款", "预付款", "cash in advance")]
    [InlineData("款到发货", "预付款", "cash in advance")]
    [InlineData("2/10,n/30", "2/10,n/30", "2/10,n/30")]
    public void Parse_ReadsChineseAndEnglish_AndPrintsBoth(string text, string chinese, string english)
    {
        var terms = PaymentTerms.Parse(text);

        Assert.Equal((chinese, english), (terms.ToString(), terms.ToEnglishString()));
    }

    [Theory]
    [InlineData("月结30天", "2026-01-15", "2026-03-02")]
    [InlineData("月结30天", "2024-02-10", "2024-03-30")]
    [InlineData("月结", "2024-02-10", "2024-02-29")]
    [InlineData("季结", "2026-11-30", "2026-12-31")]
    [InlineData("季结30天", "2026-02-01", "2026-04-30")]
    [InlineData("次月15日", "2026-12-20", "2027-01-15")]
    [InlineData("次月31日", "2026-01-31", "2026-02-28")]
    [InlineData("次月30日", "2028-01-02", "2028-02-29")]
    [InlineData("预付款", "2026-06-30", "2026-06-30")]
    public void DueDate_CountsFromThePeriodEnd(string terms, string invoice, string due) =>
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), PaymentTerms.Parse(terms).DueDate(LocalDate.FromDateTime(DateTime.Parse(invoice, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("次月0日")]
    [InlineData("次月32日")]
    [InlineData("月结-5天")]
    [InlineData("月结三十天")]
    [InlineData("EOM+")]
    public void Parse_RefusesWhatIsNoTerms(string text) => Assert.False(PaymentTerms.TryParse(text, out _));

    [Fact]
    public void PeriodTerms_AreEqualByBasisAndDays()
    {
        Assert.Equal(PaymentTerms.MonthEnd(30), PaymentTerms.Parse("EOM+30"));
        Assert.NotEqual(PaymentTerms.MonthEnd(30), PaymentTerms.QuarterEnd(30));
        Assert.NotEqual(PaymentTerms.MonthEnd(30), PaymentTerms.Parse("n/30"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.NextMonthDay(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.MonthEnd(30).DueDate(new LocalDate(9999, 12, 15)));
    }
}
