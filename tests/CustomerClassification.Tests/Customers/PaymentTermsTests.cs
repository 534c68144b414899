using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Customers;

[EnglishMessages]
public class PaymentTermsTests
{
    private static readonly LocalDate Invoice = new(2026, 3, 1);

    [Fact]
    public void Parse_T3Notation_GivesStepsAndNetDays()
    {
        var terms = PaymentTerms.Parse("2/10,1/20,n/30");

        Assert.Equal(30, terms.NetDays);
        Assert.Equal(new[] { new CashDiscountStep(2m, 10), new CashDiscountStep(1m, 20) }, terms.Steps);
        Assert.Equal(0.02m, terms.Steps[0].Rate);
        Assert.Equal("2/10,1/20,n/30", terms.ToString());
    }

    [Theory]
    [InlineData("n/30", "n/30")]
    [InlineData(" 2 / 10 ， 1.5/20 ，N/45 ", "2/10,1.5/20,n/45")]
    [InlineData("3／7,n／7", "3/7,n/7")]
    public void Parse_Variants_GiveTheCanonicalText(string text, string canonical) =>
        Assert.Equal(canonical, PaymentTerms.Parse(text).ToString());

    [Theory]
    [InlineData("", "part 1")]
    [InlineData("2/10", "'n/days'")]
    [InlineData("n/30,2/10", "must be the last part")]
    [InlineData("1/20,2/10,n/30", "increase in days")]
    [InlineData("1/10,2/20,n/30", "a later payment cannot earn more")]
    [InlineData("2/10,1/40,n/30", "shorter than the last discount window")]
    [InlineData("0/10,n/30", "between 0 and 100")]
    [InlineData("100/10,n/30", "between 0 and 100")]
    [InlineData("2/-10,n/30", "part 1")]
    [InlineData("2%/10,n/30", "between 0 and 100")]
    [InlineData("n/x", "part 1")]
    public void Parse_InvalidText_ThrowsFormatExceptionSayingWhy(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => PaymentTerms.Parse(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(PaymentTerms.TryParse(text, out _));
    }

    [Fact]
    public void DueDate_IsTheInvoiceDatePlusNetDays() =>
        Assert.Equal(new LocalDate(2026, 3, 31), PaymentTerms.Parse("2/10,1/20,n/30").DueDate(Invoice));

    [Theory]
    [InlineData(0, "0.02")]
    [InlineData(10, "0.02")]
    [InlineData(11, "0.01")]
    [InlineData(20, "0.01")]
    [InlineData(21, "0")]
    [InlineData(90, "0")]
    public void DiscountFor_TakesTheFirstWindowThePaymentFallsIn(int days, string rate) =>
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), PaymentTerms.Parse("2/10,1/20,n/30").DiscountFor(Invoice, Invoice.PlusDays(days)));

    [Fact]
    public void DiscountFor_PaymentBeforeInvoice_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerms.Parse("n/30").DiscountFor(Invoice, Invoice.PlusDays(-1)));

    [Fact]
    public void Constructor_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new PaymentTerms(30, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentTerms(-1, []));
        Assert.Throws<ArgumentException>(() => new PaymentTerms(5, [new CashDiscountStep(2m, 10)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CashDiscountStep(0m, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CashDiscountStep(2m, -1));
        Assert.Throws<ArgumentNullException>(() => PaymentTerms.Parse(null!));
    }

    [Fact]
    public void Equality_IsByStepsAndNetDays()
    {
        Assert.Equal(PaymentTerms.Parse("2/10,n/30"), new PaymentTerms(30, [new CashDiscountStep(2m, 10)]));
        Assert.Equal(PaymentTerms.Parse("2/10,n/30").GetHashCode(), PaymentTerms.Parse("2.0/10,n/30").GetHashCode());
        Assert.NotEqual(PaymentTerms.Parse("2/10,n/30"), PaymentTerms.Parse("2/10,n/31"));
    }
}
