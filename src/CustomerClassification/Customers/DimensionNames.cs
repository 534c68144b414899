namespace CustomerClassification.Customers;

/// <summary>The names of the built-in classification dimensions, as used by the archive and by rules.</summary>
public static class DimensionNames
{
    /// <summary>The customer categories (客户分类), required of every customer when customers are classified.</summary>
    public const string Category = "category";

    /// <summary>The regions (地区分类), optional for a customer.</summary>
    public const string Region = "region";

    /// <summary>The T3 label of the customer categories, accepted wherever a dimension is named.</summary>
    public const string CategoryLabel = "客户分类";

    /// <summary>The T3 label of the regions, accepted wherever a dimension is named.</summary>
    public const string RegionLabel = "地区分类";

    /// <summary>Tells whether a name is a built-in dimension's (ordinal, case-insensitive, so that look-alikes are refused too), or its T3 label.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True for <see cref="Category"/> and <see cref="Region"/> in any case, and for <see cref="CategoryLabel"/> and <see cref="RegionLabel"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool IsBuiltIn(string name)
    {
        Guard.Against.Null(name);
        return string.Equals(name, Category, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Region, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, CategoryLabel, StringComparison.Ordinal) || string.Equals(name, RegionLabel, StringComparison.Ordinal);
    }

    /// <summary>
    /// The name a dimension is kept under: <see cref="Category"/> for <see cref="CategoryLabel"/> (客户分类), <see cref="Region"/>
    /// for <see cref="RegionLabel"/> (地区分类), any other name as it is. Every API that takes a dimension reads it through this,
    /// so that the T3 label works wherever the name does.
    /// </summary>
    /// <param name="name">The dimension's name or T3 label.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Canonical(string name) => Guard.Against.Null(name) switch
    {
        CategoryLabel => Category,
        RegionLabel => Region,
        _ => name,
    };
}
