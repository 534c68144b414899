namespace CustomerClassification.Customers;

/// <summary>The names of the built-in classification dimensions, as used by the archive and by rules.</summary>
public static class DimensionNames
{
    /// <summary>The customer categories (客户分类), required of every customer when customers are classified.</summary>
    public const string Category = "category";

    /// <summary>The regions (地区分类), optional for a customer.</summary>
    public const string Region = "region";

    /// <summary>Tells whether a name is a built-in dimension's (ordinal, case-insensitive, so that look-alikes are refused too).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True for <see cref="Category"/> and <see cref="Region"/> in any case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool IsBuiltIn(string name)
    {
        Guard.Against.Null(name);
        return string.Equals(name, Category, StringComparison.OrdinalIgnoreCase) || string.Equals(name, Region, StringComparison.OrdinalIgnoreCase);
    }
}
