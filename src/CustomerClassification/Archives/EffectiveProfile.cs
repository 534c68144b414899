using System.Collections;
using System.Collections.Generic;

namespace CustomerClassification.Archives;

/// <summary>
/// Every profile value that applies to one customer (or one category), in the order of <see cref="CategoryProfileFields.All"/>,
/// each with its source: the customer's own value, else the nearest category that sets it (its own category first, then
/// up the tree; dimensions in the order the host fixed), else the default. Immutable.
/// </summary>
public sealed class EffectiveProfile : IReadOnlyList<ProfileValue>
{
    private readonly ProfileValue[] _values;

    internal EffectiveProfile(string? customerCode, ProfileValue[] values)
    {
        CustomerCode = customerCode;
        _values = values;
    }

    /// <summary>Gets the code of the customer the profile is for, or null for a category's own resolution.</summary>
    public string? CustomerCode { get; }

    /// <summary>Gets the number of values: every field of the catalogue.</summary>
    public int Count => _values.Length;

    /// <summary>Gets a value by its position in <see cref="CategoryProfileFields.All"/>.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The value with its source.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the catalogue.</exception>
    public ProfileValue this[int index] => _values[index];

    /// <summary>Gets the effective value of a field, with its source.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value with its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public ProfileValue this[CategoryProfileField field] => _values[CategoryProfileFields.IndexOf(Guard.Against.Null(field))];

    /// <summary>Gets the effective value of a field named by its name, label or alias, with its source.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value with its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No profile value has that name.</exception>
    public ProfileValue Get(string name) => this[CategoryProfileFields.Get(name)];

    /// <inheritdoc />
    public IEnumerator<ProfileValue> GetEnumerator() => ((IEnumerable<ProfileValue>)_values).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
