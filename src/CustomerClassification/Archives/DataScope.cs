using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// A data scope (数据权限): the category subtrees, per dimension, whose customers and categories a user may
/// see and change. A customer is in scope when, for every dimension the scope names, the customer is at or
/// under one of that dimension's allowed categories; dimensions the scope does not name do not restrict.
/// Immutable.
/// </summary>
public sealed class DataScope
{
    private readonly Dictionary<string, string[]> _allowed;

    // The same as an array, for Allows: a user's view checks every customer of the archive.
    private readonly KeyValuePair<string, string[]>[] _checks;

    private DataScope(Dictionary<string, string[]> allowed)
    {
        _allowed = allowed;
        _checks = [.. allowed];
    }

    /// <summary>Gets the scope that restricts nothing.</summary>
    public static DataScope Unrestricted { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>Gets whether the scope restricts nothing.</summary>
    public bool IsUnrestricted => _checks.Length == 0;

    /// <summary>Gets the dimensions the scope restricts, in ordinal order.</summary>
    public IEnumerable<string> Dimensions => _allowed.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Creates a scope that allows the subtrees of some categories of one dimension.</summary>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="categoryCodes">The roots of the allowed subtrees; at least one.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a code is null.</exception>
    /// <exception cref="ArgumentException">No code is given, or a code or the dimension is blank.</exception>
    public static DataScope Of(string dimension, params string[] categoryCodes) => Unrestricted.And(dimension, categoryCodes);

    /// <summary>Returns this scope further restricted in one more dimension (or with that dimension's subtrees replaced).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="categoryCodes">The roots of the allowed subtrees; at least one.</param>
    /// <returns>The new scope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or a code is null.</exception>
    /// <exception cref="ArgumentException">No code is given, or a code or the dimension is blank.</exception>
    public DataScope And(string dimension, params string[] categoryCodes)
    {
        dimension = DimensionNames.Canonical(Guard.Against.NullOrWhiteSpace(dimension));
        Guard.Against.NullOrEmpty(categoryCodes);
        foreach (var code in categoryCodes)
        {
            Guard.Against.NullOrWhiteSpace(code, nameof(categoryCodes));
        }

        var allowed = new Dictionary<string, string[]>(_allowed, StringComparer.Ordinal)
        {
            [dimension] = categoryCodes.Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray(),
        };
        return new DataScope(allowed);
    }

    /// <summary>Gets the allowed subtree roots of a dimension, or null when the scope does not restrict it.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The codes, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public IReadOnlyList<string>? AllowedIn(string dimension) => _allowed.TryGetValue(DimensionNames.Canonical(dimension), out var codes) ? codes : null;

    /// <summary>Tells whether a customer is in scope.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>True when every restricted dimension has the customer at or under an allowed category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public bool Allows(Customer customer)
    {
        Guard.Against.Null(customer);
        foreach (var pair in _checks)
        {
            // The keys are canonical already.
            if (!Covers(pair.Value, customer.CodeInCanonical(pair.Key)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a category of a dimension is in scope: at or under an allowed category, or in an unrestricted dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>True when the category is in scope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool AllowsCategory(string dimension, string categoryCode)
    {
        Guard.Against.Null(categoryCode);
        return !_allowed.TryGetValue(DimensionNames.Canonical(dimension), out var roots) || Covers(roots, categoryCode);
    }

    // Codes fit their tree's scheme, so "at or under" is a prefix test.
    // A loop, not LINQ: a user's view checks every customer of the archive.
    private static bool Covers(string[] roots, string? code)
    {
        if (code is null)
        {
            return false;
        }

        foreach (var root in roots)
        {
            if (code.StartsWith(root, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
