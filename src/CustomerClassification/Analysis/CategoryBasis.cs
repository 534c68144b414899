namespace CustomerClassification.Analysis;

/// <summary>Under which category a customer's documents are counted.</summary>
public enum CategoryBasis
{
    /// <summary>The category in force on each document's date, from the change log (历史口径): earlier documents stay with the old category after a reclassification.</summary>
    InForce = 1,

    /// <summary>Today's category for every document (当前口径), as if customers had always been where they are now.</summary>
    Current = 2,
}
