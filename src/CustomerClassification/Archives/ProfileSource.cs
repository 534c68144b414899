using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Where an effective profile value came from: the customer itself, a category (its dimension and code), or the default.
/// Immutable, equal by value; a class, so that the millions of values an archive's effective profiles hold share one
/// source per category.
/// </summary>
public sealed record ProfileSource
{
    private ProfileSource(ProfileSourceKind kind, string? dimension, string? categoryCode)
    {
        Kind = kind;
        Dimension = dimension;
        CategoryCode = categoryCode;
    }

    /// <summary>Gets the source of a default value.</summary>
    public static ProfileSource Default { get; } = new(ProfileSourceKind.Default, null, null);

    /// <summary>Gets the source of a value the customer sets itself.</summary>
    public static ProfileSource Customer { get; } = new(ProfileSourceKind.Customer, null, null);

    /// <summary>Gets what kind of source it is.</summary>
    public ProfileSourceKind Kind { get; }

    /// <summary>Gets the dimension of the category that set the value (<c>category</c> for 客户分类, <c>region</c> for 地区分类), or null.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the code of the category that set the value, or null when the source is not a category.</summary>
    public string? CategoryCode { get; }

    /// <summary>The source of a value set on a category.</summary>
    /// <param name="dimension">The category's dimension.</param>
    /// <param name="categoryCode">The category's code.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ProfileSource Category(string dimension, string categoryCode) =>
        new(ProfileSourceKind.Category, DimensionNames.Canonical(Guard.Against.Null(dimension)), Guard.Against.Null(categoryCode));

    /// <summary>Returns <c>customer</c>, <c>default</c> or the dimension and code, such as <c>category 01001</c>.</summary>
    /// <returns>The source as text.</returns>
    public override string ToString() => Kind switch
    {
        ProfileSourceKind.Customer => "customer",
        ProfileSourceKind.Category => Dimension + " " + CategoryCode,
        _ => "default",
    };
}
