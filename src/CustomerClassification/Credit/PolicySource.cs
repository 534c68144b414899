namespace CustomerClassification.Credit;

/// <summary>Where an effective value came from: the customer, a category (with its code), or the defaults.</summary>
public readonly record struct PolicySource
{
    private PolicySource(PolicySourceKind kind, string? categoryCode)
    {
        Kind = kind;
        CategoryCode = categoryCode;
    }

    /// <summary>Gets the value from the policy set's defaults.</summary>
    public static PolicySource Default { get; } = new(PolicySourceKind.Default, null);

    /// <summary>Gets the value from the customer's own record.</summary>
    public static PolicySource Customer { get; } = new(PolicySourceKind.Customer, null);

    /// <summary>Gets what kind of source it is.</summary>
    public PolicySourceKind Kind { get; }

    /// <summary>Gets the code of the category that set the value, or null when the source is not a category.</summary>
    public string? CategoryCode { get; }

    /// <summary>A value set on a category.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    public static PolicySource Category(string categoryCode) => new(PolicySourceKind.Category, Guard.Against.Null(categoryCode));

    /// <summary>The policy source of a profile value's source (a category of whichever dimension, the customer, the defaults).</summary>
    internal static PolicySource Of(Archives.ProfileSource source) => source.Kind switch
    {
        Archives.ProfileSourceKind.Category => Category(source.CategoryCode!),
        Archives.ProfileSourceKind.Customer => Customer,
        Archives.ProfileSourceKind.Default => Default,
    };

    /// <summary>Returns <c>customer</c>, <c>default</c> or <c>category 01001</c>.</summary>
    /// <returns>The source as text.</returns>
    public override string ToString() => Kind switch
    {
        PolicySourceKind.Customer => "customer",
        PolicySourceKind.Category => "category " + CategoryCode,
        _ => "default",
    };
}
