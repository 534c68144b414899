namespace CustomerClassification.Credit;

/// <summary>What an item's age counts from; T3 offers both (按到期日 / 按开票日).</summary>
public enum AgingBasis
{
    /// <summary>Days past the due date: the first bucket holds what is not yet due.</summary>
    DueDate = 1,

    /// <summary>Days since the invoice date.</summary>
    InvoiceDate = 2,
}
