using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>How a field's names are matched: its canonical name, its label and its aliases, ignoring case and surrounding white space.</summary>
internal static class FieldNames
{
    public static IEnumerable<string> Of(string name, string label, IEnumerable<string> aliases) => aliases.Prepend(label).Prepend(name);

    public static bool Match(IEnumerable<string> names, string name)
    {
        var trimmed = Guard.Against.Null(name).Trim();
        return names.Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every name of every field, to its field; a name given twice throws, as two fields may never share one.</summary>
    public static Dictionary<string, T> Index<T>(IEnumerable<T> fields, Func<T, IEnumerable<string>> names) =>
        fields.SelectMany(f => names(f).Select(n => (Name: n, Field: f))).ToDictionary(p => p.Name, p => p.Field, StringComparer.OrdinalIgnoreCase);

    public static T? Find<T>(Dictionary<string, T> index, string name)
        where T : class => index.TryGetValue(Guard.Against.Null(name).Trim(), out var field) ? field : null;
}
