using CustomerClassification.Sales;
using CustomerClassification.Tests.Generators;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerClassification.Tests.Sales;

[ScaledProperties(Arbitrary = [typeof(SalesGenerators)], MaxTest = 100)]
public class SalesLedgerProperties
{
    // A ledger reads back as the documents it was made of, and its columns say what each document says.
    [Property]
    public bool A_ledger_is_its_documents(SalesScenario scenario)
    {
        var documents = scenario.SalesDocuments();
        var ledger = SalesLedger.Of(documents);
        return ledger.SequenceEqual(documents)
            && ledger.CustomerCount == documents.Select(d => d.CustomerCode).Distinct(StringComparer.Ordinal).Count()
            && Enumerable.Range(0, ledger.Count).All(i => ledger.NetAmountAt(i) == documents[i].NetAmount && ledger.NetCostAt(i) == documents[i].NetCost
                && ledger.CustomerCodeAt(i) == documents[i].CustomerCode && ledger.DateAt(i) == documents[i].Date && ledger.KindAt(i) == documents[i].Kind);
    }

    // Dates are compared and subtracted as day numbers: they count days and give back their date.
    [Property]
    public void Day_numbers_count_days(DoNotSize<uint> first, DoNotSize<uint> second)
    {
        var (a, b) = (Day(first.Item), Day(second.Item));

        Assert.Equal(a, SalesLedger.DayOf(SalesLedger.DayNumber(a)));
        Assert.Equal(Period.DaysBetween(a, b), SalesLedger.DayNumber(b) - SalesLedger.DayNumber(a));
    }

    // Any day a document may have, 1753-01-01 to 9999-12-31, leap days and century ends among them.
    private static LocalDate Day(uint seed) => new LocalDate(1753, 1, 1).PlusDays((int)(seed % 3_012_154));
}
