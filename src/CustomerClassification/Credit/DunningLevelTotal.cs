namespace CustomerClassification.Credit;

/// <summary>How many customers a dunning run raises or keeps at a level, and what they owe overdue. Immutable.</summary>
/// <param name="Level">The level.</param>
/// <param name="Customers">The customers at the level.</param>
/// <param name="Amount">Their overdue amounts, summed.</param>
public sealed record DunningLevelTotal(int Level, int Customers, decimal Amount);
