using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// The whitelist of fields for one archive's settings: the built-in fields (<see cref="ProfileFields"/>)
/// under their names, labels and aliases, every further dimension in use and every custom field under its own name.
/// Names are matched ignoring case; a built-in name wins over a dimension or custom field of the same name.
/// </summary>
internal sealed class RuleFieldCatalog
{
    private static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private readonly Dictionary<string, FieldAccessor> _fields = new(StringComparer.OrdinalIgnoreCase);

    public RuleFieldCatalog(ArchiveSettings settings)
    {
        // Built-in fields first, under every name they have, so that they win over a dimension or custom field of the same name.
        var inUse = settings.DimensionNamesInUse;
        foreach (var field in ProfileFields.All)
        {
            if (field.Kind != FieldKind.Dimension || inUse.Contains(field.Name, StringComparer.Ordinal))
            {
                var accessor = new FieldAccessor(field.Name, Kind(field.Kind), field.Accessor, field.Kind == FieldKind.Dimension ? field.Name : null);
                foreach (var name in field.AllNames)
                {
                    Add(name, accessor);
                }
            }
        }

        foreach (var dimension in inUse)
        {
            var customer = Expression.Property(Profile, nameof(CustomerProfile.Customer));
            var code = Expression.Call(customer, typeof(Customer).GetMethod(nameof(Customer.CodeIn))!, Expression.Constant(dimension));
            Add(new FieldAccessor(dimension, RuleFieldKind.Dimension, Expression.Lambda(code, Profile), dimension));
        }

        foreach (var custom in settings.CustomFields)
        {
            var (reader, kind) = custom.Type switch
            {
                CustomFieldType.Number => (nameof(CustomNumber), RuleFieldKind.Number),
                CustomFieldType.Date => (nameof(CustomDate), RuleFieldKind.Date),
                _ => (nameof(CustomText), RuleFieldKind.Text),
            };
            var method = typeof(RuleFieldCatalog).GetMethod(reader, BindingFlags.NonPublic | BindingFlags.Static)!;
            Add(new FieldAccessor(custom.Name, kind, Expression.Lambda(Expression.Call(method, Profile, Expression.Constant(custom.Name)), Profile)));
        }
    }

    /// <summary>Gets every name a rule can use, canonical names and aliases.</summary>
    public IEnumerable<string> Names => _fields.Keys;

    public FieldAccessor? Find(string name) => _fields.TryGetValue(name, out var field) ? field : null;

    /// <summary>The known names closest to an unknown one (edit distance, ignoring case), at most three.</summary>
    public IReadOnlyList<string> Closest(string name)
    {
        var probe = name.Length > 40 ? name.Substring(0, 40) : name;
        return _fields.Keys
            .Select(known => (Name: known, Distance: Distance(probe.ToUpperInvariant(), known.ToUpperInvariant())))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)
            .ToArray();
    }

    private static RuleFieldKind Kind(FieldKind kind) => kind switch
    {
        FieldKind.Number or FieldKind.WholeNumber => RuleFieldKind.Number,
        FieldKind.Date => RuleFieldKind.Date,
        FieldKind.YesNo => RuleFieldKind.Boolean,
        FieldKind.Dimension => RuleFieldKind.Dimension,
        FieldKind.Tags => RuleFieldKind.Tags,
        FieldKind.Text or FieldKind.TaxId or FieldKind.PaymentTerms or FieldKind.TextList => RuleFieldKind.Text,
    };

    private static decimal? CustomNumber(CustomerProfile profile, string name) =>
        profile.Customer.CustomFields.TryGetValue(name, out var value) && value.Type == CustomFieldType.Number ? value.AsNumber() : null;

    private static string? CustomText(CustomerProfile profile, string name) =>
        profile.Customer.CustomFields.TryGetValue(name, out var value) && value.Type == CustomFieldType.Text ? value.AsText() : null;

    private static LocalDate? CustomDate(CustomerProfile profile, string name) =>
        profile.Customer.CustomFields.TryGetValue(name, out var value) && value.Type == CustomFieldType.Date ? value.AsDate() : null;

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private void Add(FieldAccessor field) => Add(field.Name, field);

    private void Add(string name, FieldAccessor field)
    {
        if (!_fields.TryGetValue(name, out _))
        {
            _fields[name] = field;
        }
    }
}
