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
            && (terms.Basis != PaymentTermsBasis.InvoiceDate || terms.DueDate(Invoice) == Invoice.PlusDays(terms.NetDays));
    }

    [Property]
    public bool Parse_of_the_English_text_gives_equal_terms(PaymentTerms terms) => PaymentTerms.Parse(terms.ToEnglishString()) == terms;

    // Across month ends, quarter ends and leap years: any invoice day from 2023 to 2029.
    [Property]
    public bool Due_date_is_what_a_walk_through_the_calendar_gives(PaymentTerms terms, ushort offset)
    {
        var invoice = new LocalDate(2023, 1, 1).PlusDays(offset % 2557);
        return terms.DueDate(invoice) == Walked(terms, invoice);
    }

    // Day by day, as a clerk with a wall calendar would count.
    private static LocalDate Walked(PaymentTerms terms, LocalDate invoice)
    {
        var day = invoice;
        switch (terms.Basis)
        {
            case PaymentTermsBasis.MonthEnd:
                while (day.PlusDays(1).Month == invoice.Month)
                {
                    day = day.PlusDays(1);
                }

                break;
            case PaymentTermsBasis.QuarterEnd:
                while ((day.PlusDays(1).Month - 1) / 3 == (invoice.Month - 1) / 3 && day.PlusDays(1).Year == invoice.Year)
                {
                    day = day.PlusDays(1);
                }

                break;
            case PaymentTermsBasis.NextMonthDay:
                while (day.Month == invoice.Month)
                {
                    day = day.PlusDays(1);
                }

                while (day.Day < terms.DayOfMonth && day.PlusDays(1).Month == day.Month)
                {
                    day = day.PlusDays(1);
                }

                return day;
            case PaymentTermsBasis.CashInAdvance:
                return day;
        }

        for (var i = 0; i < terms.NetDays; i++)
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
