using System.Collections.Generic;

namespace CustomerClassification.Credit;

/// <summary>
/// One row of an aging report: a customer, a category (its own customers plus all its descendants'), the
/// unclassified customers, or the grand total. Amounts are exact; round only to show them (<see cref="AgingReport.Round"/>).
/// </summary>
public sealed class AgingRow
{
    internal AgingRow(string code, string name, decimal[] amounts)
    {
        Code = code;
        Name = name;
        Amounts = ReadOnly.Of(amounts);
    }

    /// <summary>Gets the customer or category code; empty for the unclassified and total rows.</summary>
    public string Code { get; }

    /// <summary>Gets the customer or category name, or the row's caption.</summary>
    public string Name { get; }

    /// <summary>Gets the open amount in each bracket, in bracket order.</summary>
    public IReadOnlyList<decimal> Amounts { get; }

    /// <summary>Gets the open balance: the sum of the brackets.</summary>
    public decimal Balance
    {
        get
        {
            var sum = 0m;
            foreach (var amount in Amounts)
            {
                sum += amount;
            }

            return sum;
        }
    }
}
