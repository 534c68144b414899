using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Archives;

/// <summary>
/// The values one category sets for its customers (or the archive's defaults): each optional, so that a category sets only
/// what differs from its ancestors. Immutable: <see cref="With"/> and <see cref="Without"/> return new profiles; values are
/// kept in the order of <see cref="CategoryProfileFields.All"/>. Two profiles are equal when they set the same values.
/// </summary>
public sealed class CategoryProfile : IReadOnlyCollection<KeyValuePair<CategoryProfileField, object>>, IEquatable<CategoryProfile>
{
    private readonly object?[] _values;

    private CategoryProfile(object?[] values)
    {
        _values = values;
        Count = values.Count(v => v is not null);
    }

    /// <summary>Gets the profile that sets nothing.</summary>
    public static CategoryProfile Empty { get; } = new(new object?[CategoryProfileFields.All.Count]);

    /// <summary>Gets the number of values set.</summary>
    public int Count { get; }

    /// <summary>Gets the value set for a field, or null when the profile does not set it.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public object? this[CategoryProfileField field] => _values[CategoryProfileFields.IndexOf(Guard.Against.Null(field))];

    /// <summary>Finds the value set for a field named by its name, label or alias.</summary>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or null when the profile does not set it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No profile value has that name.</exception>
    public object? Find(string name) => this[CategoryProfileFields.Get(name)];

    /// <summary>Returns a profile that sets a value (replacing the one set before).</summary>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, of the field's kind (see <see cref="CategoryProfileField.Kind"/>); text is trimmed.</param>
    /// <returns>The new profile; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The value is not of the field's kind, is out of its range (a rate outside 0 to 1, a negative number of days) or is blank text.</exception>
    public CategoryProfile With(CategoryProfileField field, object value)
    {
        Guard.Against.Null(field);
        Guard.Against.Null(value);
        var checkedValue = field.Check(value);
        return WithChecked(field, checkedValue.Success ? checkedValue.Value : throw new ArgumentException(checkedValue.Problem, nameof(value)));
    }

    /// <summary>Returns a profile that no longer sets a value: the category inherits it again.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The new profile (this one when it did not set the value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public CategoryProfile Without(CategoryProfileField field) => this[field] is null ? this : WithChecked(field, null);

    /// <summary>Enumerates the values set, in the catalogue's order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<CategoryProfileField, object>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is { } value)
            {
                yield return new KeyValuePair<CategoryProfileField, object>(CategoryProfileFields.All[i], value);
            }
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(CategoryProfile? other) =>
        other is not null && _values.Zip(other._values, SameValue).All(same => same);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryProfile);

    /// <inheritdoc />
    public override int GetHashCode() => this.Aggregate(Count, (hash, pair) => (hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key.Name));

    /// <summary>Returns the values set, such as <c>settlementMethod=月结, taxRate=0.13</c>.</summary>
    /// <returns>The values as text.</returns>
    public override string ToString() => string.Join(", ", this.Select(p => p.Key.Name + "=" + p.Key.Format(p.Value)));

    /// <summary>Whether two profile values are the same: lists item by item (ordinal), others by their own equality.</summary>
    internal static bool SameValue(object? a, object? b) =>
        a is IEnumerable<string> x && b is IEnumerable<string> y ? x.SequenceEqual(y, StringComparer.Ordinal) : Equals(a, b);

    // A value already checked by the field (or null to clear).
    internal CategoryProfile WithChecked(CategoryProfileField field, object? value)
    {
        var values = (object?[])_values.Clone();
        values[CategoryProfileFields.IndexOf(field)] = value;
        return new CategoryProfile(values);
    }
}
