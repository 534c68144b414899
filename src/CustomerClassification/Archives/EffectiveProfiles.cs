using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Resolves effective profiles against one archive snapshot (<see cref="ArchiveSnapshot.EffectiveProfiles"/>). Each
/// category of each dimension is resolved once, in one pre-order pass per dimension, so a customer costs a lookup per
/// dimension. Immutable and safe to use from many threads.
/// </summary>
public sealed class EffectiveProfiles
{
    private static readonly int FieldCount = CategoryProfileFields.All.Count;

    private readonly ArchiveSnapshot _snapshot;
    private readonly ProfileValue[] _defaults;

    [ThreadStatic]
    private static ProfileValue?[]?[]? _paths;

    // Per dimension in order: for each category, what it and its ancestors set (a null slot: nothing on the path).
    private readonly (string Dimension, Dictionary<string, ProfileValue?[]> Resolved)[] _dimensions;

    internal EffectiveProfiles(ArchiveSnapshot snapshot, IReadOnlyList<string> order)
    {
        _snapshot = snapshot;
        DimensionOrder = order;
        var defaults = snapshot.ProfileDefaults;
        _defaults = CategoryProfileFields.All.Select(f => new ProfileValue(f, defaults[f] ?? f.DefaultValue, ProfileSource.Default)).ToArray();
        _dimensions = order.Select(d => (d, Resolve(d, snapshot.CategoriesOf(d), snapshot.ProfilesOf(d)))).ToArray();
    }

    /// <summary>Gets the dimensions in the order they are asked when they disagree: the first that sets a value gives it.</summary>
    public IReadOnlyList<string> DimensionOrder { get; }

    /// <summary>Gets the effective profile of a customer of the archive.</summary>
    /// <param name="customerCode">The customer's code.</param>
    /// <returns>Every value with its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public EffectiveProfile Of(string customerCode) => Of(_snapshot.Get(customerCode));

    /// <summary>
    /// Gets the effective profile of a customer: per value, its own (for the values a customer holds itself), else the
    /// nearest category that sets it in the first dimension of <see cref="DimensionOrder"/> that does, else the default.
    /// </summary>
    /// <param name="customer">The customer; its categories are looked up in the archive's trees.</param>
    /// <returns>Every value with its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public EffectiveProfile Of(Customer customer)
    {
        Guard.Against.Null(customer);
        var paths = PathsOf(customer);
        var values = new ProfileValue[FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            var field = CategoryProfileFields.All[i];
            values[i] = Own(field, customer) is { } own ? new ProfileValue(field, own, ProfileSource.Customer) : InheritedAt(paths, i);
        }

        return new EffectiveProfile(customer.Code, values);
    }

    /// <summary>
    /// Gets one value of a customer's effective profile, with its source, without making the whole profile: for a run
    /// over many customers that needs one value each (provision rates, a collection policy).
    /// </summary>
    /// <param name="customer">The customer.</param>
    /// <param name="field">The profile value.</param>
    /// <returns>The customer's own value, else the nearest category's in the first dimension that sets one, else the default.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProfileValue ValueOf(Customer customer, CategoryProfileField field)
    {
        Guard.Against.Null(customer);
        Guard.Against.Null(field);
        return Own(field, customer) is { } own ? new ProfileValue(field, own, ProfileSource.Customer) : InheritedAt(PathsOf(customer), CategoryProfileFields.IndexOf(field));
    }

    /// <summary>Gets what a category gives its customers: per value, what it or its nearest ancestor sets, else the default.</summary>
    /// <param name="dimension">The category's dimension.</param>
    /// <param name="categoryCode">The category's code.</param>
    /// <returns>Every value with its source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> (or not in <see cref="DimensionOrder"/>) or <see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public EffectiveProfile OfCategory(string dimension, string categoryCode)
    {
        dimension = DimensionNames.Canonical(Guard.Against.Null(dimension));
        Guard.Against.Null(categoryCode);
        var at = Array.FindIndex(_dimensions, d => string.Equals(d.Dimension, dimension, StringComparison.Ordinal));
        if (at < 0)
        {
            throw new ClassificationException(ClassificationErrorCode.DimensionNotFound, Messages.Format("NoDimension", dimension), dimension);
        }

        if (!_dimensions[at].Resolved.TryGetValue(categoryCode, out var resolved))
        {
            throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotInDimension", categoryCode, Messages.Dimension(dimension)), categoryCode);
        }

        var values = new ProfileValue[FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = resolved[i] ?? _defaults[i];
        }

        return new EffectiveProfile(null, values);
    }

    /// <summary>
    /// What a customer inherits for a value, without allocating (rules read it for each customer): the nearest category's
    /// value in the first dimension that sets one, else the default; the customer's own value is the caller's to check first.
    /// </summary>
    internal object? Inherited(Customer customer, int field) => InheritedAt(PathsOf(customer), field).Value;

    // The customer's own value of a field it holds itself; a list's first item (the default ship-to address).
    private static object? Own(CategoryProfileField field, Customer customer) => field.CustomerField?.GetValue(customer) switch
    {
        IReadOnlyList<string> list => list.Count > 0 ? list[0] : null,
        var value => value,
    };

    /// <summary>
    /// The customer's path in each dimension of the order (what its category there and the category's ancestors set), in
    /// a buffer of this thread's, valid until the thread's next call: one customer after another allocates nothing here.
    /// </summary>
    internal ProfileValue?[]?[] PathsOf(Customer customer)
    {
        var paths = _paths is { } buffer && buffer.Length >= _dimensions.Length ? buffer : _paths = new ProfileValue?[]?[Math.Max(8, _dimensions.Length)];
        for (var d = 0; d < _dimensions.Length; d++)
        {
            paths[d] = customer.CodeIn(_dimensions[d].Dimension) is { } code && _dimensions[d].Resolved.TryGetValue(code, out var resolved) ? resolved : null;
        }

        return paths;
    }

    /// <summary>What a category of a dimension in the order gives for a value (its own or inherited, else the default), with its source.</summary>
    internal ProfileValue ValueAt(string dimension, string code, int field)
    {
        foreach (var (name, resolved) in _dimensions)
        {
            if (string.Equals(name, dimension, StringComparison.Ordinal) && resolved.TryGetValue(code, out var path) && path[field] is { } value)
            {
                return value;
            }
        }

        return _defaults[field];
    }

    /// <summary>The default of a value (the archive's, else the catalogue's), with its source.</summary>
    internal ProfileValue DefaultAt(int field) => _defaults[field];

    /// <summary>What a customer with these paths inherits for a value, with its source: the first dimension that sets it, else the default.</summary>
    internal ProfileValue InheritedAt(ProfileValue?[]?[] paths, int field)
    {
        for (var d = 0; d < _dimensions.Length; d++)
        {
            if (paths[d]?[field] is { } value)
            {
                return value;
            }
        }

        return _defaults[field];
    }

    // One pre-order pass: a category that sets nothing shares its parent's slots.
    private static Dictionary<string, ProfileValue?[]> Resolve(string dimension, CategoryTree tree, IReadOnlyDictionary<string, CategoryProfile> own)
    {
        var none = new ProfileValue?[FieldCount];
        var resolved = new Dictionary<string, ProfileValue?[]>(tree.Count, StringComparer.Ordinal);
        foreach (var category in tree)
        {
            var inherited = category.ParentCode is null ? none : resolved[category.ParentCode];
            if (own.TryGetValue(category.Code, out var profile) && profile.Count > 0)
            {
                var slots = (ProfileValue?[])inherited.Clone();
                var source = ProfileSource.Category(dimension, category.Code);
                foreach (var pair in profile)
                {
                    slots[CategoryProfileFields.IndexOf(pair.Key)] = new ProfileValue(pair.Key, pair.Value, source);
                }

                inherited = slots;
            }

            resolved.Add(category.Code, inherited);
        }

        return resolved;
    }
}
