using System.Collections.Generic;

namespace CustomerClassification.Credit;

/// <summary>One row of a bad-debt provision: a customer (with the rates applied and where they came from), a category rolled up over its subtree, or a total.</summary>
public sealed class ProvisionRow
{
    internal ProvisionRow(string code, string name, decimal balance, decimal provision, PolicyValue<IReadOnlyList<decimal>>? rates)
    {
        Code = code;
        Name = name;
        Balance = balance;
        Provision = provision;
        Rates = rates;
    }

    /// <summary>Gets the customer or category code; empty for the unclassified and total rows.</summary>
    public string Code { get; }

    /// <summary>Gets the customer or category name, or the row's caption.</summary>
    public string Name { get; }

    /// <summary>Gets the open balance.</summary>
    public decimal Balance { get; }

    /// <summary>Gets the provision (坏账准备), exact; round only to show it.</summary>
    public decimal Provision { get; }

    /// <summary>Gets, on a customer row, the rates applied (one per bracket, or a single balance rate) and where they came from; null on other rows.</summary>
    public PolicyValue<IReadOnlyList<decimal>>? Rates { get; }
}
