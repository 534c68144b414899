using CustomerClassification.Sales;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

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
}
