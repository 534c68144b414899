using System.Collections.Generic;

namespace CustomerClassification.Analysis;

/// <summary>One line of a <see cref="CategoryConversion"/>: a category the followed customers were in at the end, how many and which. Immutable.</summary>
public sealed class ConversionTarget
{
    internal ConversionTarget(string categoryCode, string name, string[] customers, int start)
    {
        CategoryCode = categoryCode;
        Name = name;
        CustomerCodes = ReadOnly.Of(customers);
        Share = start == 0 ? 0m : (decimal)customers.Length / start;
    }

    /// <summary>Gets the category code at the end of the period; empty when the customers had none.</summary>
    public string CategoryCode { get; }

    /// <summary>Gets the category's name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of customers.</summary>
    public int Count => CustomerCodes.Count;

    /// <summary>Gets their codes, in code order.</summary>
    public IReadOnlyList<string> CustomerCodes { get; }

    /// <summary>Gets their share of the customers followed (转化率).</summary>
    public decimal Share { get; }
}
