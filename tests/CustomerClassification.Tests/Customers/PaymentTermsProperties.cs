using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerClassification.Tests.Customers;

[ScaledProperties(Arbitrary = [typeof(ArchiveGenerators)], MaxTest = 300)]
public class PaymentTermsProperties
{
    private static readonly LocalDate Invoice = new(2026, 1, 31);

    [Property]
    public bool Parse_of_ToString_gives_equal_terms(PaymentTerms terms)
    {
        var parsed = PaymentTerms.Parse(terms.ToString());
        return parsed == terms && parsed.GetHashCode() == terms.GetHashCode() && parsed.ToString() == terms.ToString();
    }

    [Property]
    public bool A_later_payment_never_earns_a_higher_discount(PaymentTerms terms, byte first, byte second)
    {
        var (early, late) = (Math.Min(first, second), Math.Max(first, second));
        return terms.DiscountFor(Invoice, Invoice.PlusDays(early)) >= terms.DiscountFor(Invoice, Invoice.PlusDays(late))
            && terms.DiscountFor(Invoice, Invoice.PlusDays(terms.NetDays + 1)) == 0m
            && terms.DueDate(Invoice) == Invoice.PlusDays(terms.NetDays);
    }
}
