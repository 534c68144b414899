using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Tests.Sales;

public class SalesLedgerTests
{
    private static readonly LocalDate Day = new(2026, 6, 1);

    [Fact]
    public void Builder_KeepsTheDocumentsInOrder_AndEachCustomerCodeOnce()
    {
        var ledger = SalesLedger.CreateBuilder()
            .Add("C2", Day, "S1", 100m)
            .Add("C1", Day.PlusDays(1), "S2", 50m, SalesKind.Return, cost: 30m)
            .Add("C2", Day.PlusDays(2), "S3", 10m, quantity: 4m)
            .Build();

        Assert.Equal(3, ledger.Count);
        Assert.Equal(2, ledger.CustomerCount);
        Assert.Equal(new[] { "C2", "C1", "C2" }, ledger.Select(d => d.CustomerCode));
        Assert.Equal(new SalesDocument("C1", Day.PlusDays(1), "S2", 50m, SalesKind.Return, 30m), ledger[1]);
        Assert.Equal(new SalesDocument("C2", Day.PlusDays(2), "S3", 10m, quantity: 4m), ledger[2]);
        Assert.Equal((-50m, -30m, SalesKind.Return, "C1", Day.PlusDays(1)), (ledger.NetAmountAt(1), ledger.NetCostAt(1), ledger.KindAt(1), ledger.CustomerCodeAt(1), ledger.DateAt(1)));
        Assert.Equal((100m, 0m, SalesKind.Sale), (ledger.NetAmountAt(0), ledger.NetCostAt(0), ledger.KindAt(0)));
        Assert.Null(ledger[0].Cost);
        Assert.Null(ledger[1].Quantity);
    }

    [Fact]
    public void Of_ALedger_IsThatLedger_AndOtherDocumentsAreCopiedInOrder()
    {
        SalesDocument[] documents = [new("A", Day, "1", 1m), new("B", Day, "2", 2m, cost: 1m), new("A", Day, "3", 3m)];

        var ledger = SalesLedger.Of(documents);

        Assert.Same(ledger, SalesLedger.Of(ledger));
        Assert.Equal(documents, ledger);
        Assert.Same(SalesLedger.Empty, SalesLedger.Of([]));
        Assert.Throws<ArgumentNullException>(() => SalesLedger.Of(null!));
        Assert.Throws<ArgumentNullException>(() => SalesLedger.Of([documents[0], null!]));
    }

    [Fact]
    public void Add_RefusesWhatADocumentRefuses_AndKeepsNothingOfIt()
    {
        var builder = SalesLedger.CreateBuilder().Add("A", Day, "1", 1m);

        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("A", Day, "2", -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("A", Day, "2", 1m, cost: -1m));
        Assert.Throws<ArgumentException>(() => builder.Add(" ", Day, "2", 1m));
        Assert.ThrowsAny<ArgumentException>(() => builder.Add("A", Day, "2", 1m, (SalesKind)9));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));

        Assert.Equal(1, builder.Count);
        Assert.Single(builder.Build());
    }

    [Fact]
    public void Build_IsNotChangedByDocumentsAddedAfterIt()
    {
        var builder = SalesLedger.CreateBuilder().Add("A", Day, "1", 1m);
        var built = builder.Build();

        builder.Add("B", Day, "2", 2m, cost: 1m);

        Assert.Equal((1, 1), (built.Count, built.CustomerCount));
        Assert.Equal((2, 2), (builder.Build().Count, builder.Build().CustomerCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => built[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => built[-1]);
    }
}
