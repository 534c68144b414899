using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;

namespace CustomerClassification.Archives;

/// <summary>
/// The profiles of an archive: its defaults and, per dimension, the profile of each category that sets a value. Immutable
/// once published; a transaction changes a copy (<see cref="Copy"/>), made on its first profile change.
/// </summary>
internal sealed class ProfileBook
{
    private static readonly IReadOnlyDictionary<string, CategoryProfile> None = new Dictionary<string, CategoryProfile>(StringComparer.Ordinal);

    private readonly Dictionary<string, Dictionary<string, CategoryProfile>> _byDimension;

    private ProfileBook(CategoryProfile defaults, Dictionary<string, Dictionary<string, CategoryProfile>> byDimension)
    {
        Defaults = defaults;
        _byDimension = byDimension;
    }

    public static ProfileBook Empty { get; } = new(CategoryProfile.Empty, new(StringComparer.Ordinal));

    public CategoryProfile Defaults { get; private set; }

    /// <summary>Gets whether no category and no default sets anything.</summary>
    public bool IsEmpty => Defaults.Count == 0 && _byDimension.Values.All(d => d.Count == 0);

    public IReadOnlyDictionary<string, CategoryProfile> Of(string dimension) => _byDimension.TryGetValue(dimension, out var profiles) ? profiles : None;

    public CategoryProfile Of(string dimension, string code) => _byDimension.TryGetValue(dimension, out var profiles) && profiles.TryGetValue(code, out var profile) ? profile : CategoryProfile.Empty;

    /// <summary>A copy to change: only a transaction that has not published it changes it.</summary>
    public ProfileBook Copy() => new(Defaults, _byDimension.ToDictionary(p => p.Key, p => new Dictionary<string, CategoryProfile>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>
    /// A book with values added where this one sets nothing at the same place (a null code: the defaults), for values kept
    /// elsewhere that read as profile values (a credit policy set's). Codes the dimension's tree lacks are skipped. This book when nothing is added.
    /// </summary>
    public ProfileBook Filled(string dimension, CategoryTree tree, IEnumerable<(string? Code, CategoryProfileField Field, object Value)> values)
    {
        ProfileBook? filled = null;
        foreach (var (given, field, value) in values)
        {
            var code = given is null ? null : tree.Find(given)?.Code;
            var profile = given is null ? (filled ?? this).Defaults : code is null ? null : (filled ?? this).Of(dimension, code);
            if (profile is not null && profile[field] is null && field.Check(value) is { Success: true } checkedValue)
            {
                filled ??= Copy();
                filled.Set(code is null ? null : dimension, code, profile.WithChecked(field, checkedValue.Value));
            }
        }

        return filled ?? this;
    }

    /// <summary>Sets a category's profile (or the defaults, with a null dimension); an empty profile is dropped.</summary>
    public void Set(string? dimension, string? code, CategoryProfile profile)
    {
        if (dimension is null || code is null)
        {
            Defaults = profile;
            return;
        }

        if (!_byDimension.TryGetValue(dimension, out var profiles))
        {
            _byDimension.Add(dimension, profiles = new Dictionary<string, CategoryProfile>(StringComparer.Ordinal));
        }

        if (profile.Count == 0)
        {
            profiles.Remove(code);
        }
        else
        {
            profiles[code] = profile;
        }
    }
}
