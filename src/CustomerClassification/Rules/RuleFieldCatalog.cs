using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// The whitelist of fields for one archive: the built-in fields (<see cref="ProfileFields"/>) under their names, labels
/// and aliases, the category-profile values (<see cref="CategoryProfileFields"/>), every further dimension in use and
/// every custom field under its own name. A built-in field that a profile value covers (付款条件, 结算方式, 税率, 扣率,
/// 信用额度) reads the customer's effective value: its own, else what its categories or the defaults give it. Names are
/// matched ignoring case; a built-in name wins over a dimension or custom field of the same name.
/// </summary>
internal sealed class RuleFieldCatalog
{
    private static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private readonly Dictionary<string, FieldAccessor> _fields = new(StringComparer.OrdinalIgnoreCase);

    public RuleFieldCatalog(ArchiveSnapshot archive, bool metrics = false)
    {
        // Built-in fields first, under every name they have, so that they win over a dimension or custom field of the same name.
        var settings = archive.Settings;
        var inUse = settings.DimensionNamesInUse;
        var profiles = archive.EffectiveProfiles();
        foreach (var field in ProfileFields.All)
        {
            if ((field.Kind != FieldKind.Dimension || inUse.Contains(field.Name, StringComparer.Ordinal)) && (metrics || !field.IsMetric))
            {
                var read = CategoryProfileFields.Find(field.Name) is { } covered && string.Equals(covered.Name, field.Name, StringComparison.Ordinal)
                    ? Expression.Lambda(Expression.Coalesce(field.Accessor.Body, Inherited(profiles, covered, field.Accessor.ReturnType, field.Accessor.Parameters[0])), field.Accessor.Parameters)
                    : field.Accessor;
                var accessor = new FieldAccessor(field.Name, Kind(field.Kind), read, field.Kind == FieldKind.Dimension ? field.Name : null);
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

        // The profile values no customer field holds (专管业务员, 价格表, 币种, …): what the customer's categories give it; last,
        // so that a dimension or custom field of the same name (a T3 自定义项 called 部门, say) keeps it.
        foreach (var value in CategoryProfileFields.All.Where(f => f.CustomerField is null && f.Kind is not FieldKind.TextList && Find(f.Name) is null))
        {
            var type = value.Kind switch { FieldKind.Text => typeof(string), FieldKind.YesNo => typeof(bool?), _ => typeof(decimal?) };
            var accessor = new FieldAccessor(value.Name, Kind(value.Kind), Expression.Lambda(Inherited(profiles, value, type, Profile), Profile));
            foreach (var name in value.Aliases.Prepend(value.Label).Prepend(value.Name).Where(n => Find(n) is null))
            {
                Add(name, accessor);
            }
        }
    }

    // What the profile's customer inherits for a value, as the rule field's type: terms as their text, whole numbers as decimals.
    private static Expression Inherited(EffectiveProfiles profiles, CategoryProfileField field, Type type, ParameterExpression profile)
    {
        var customer = Expression.Property(profile, nameof(CustomerProfile.Customer));
        var value = Expression.Call(Expression.Constant(profiles), typeof(EffectiveProfiles).GetMethod(nameof(EffectiveProfiles.Inherited), BindingFlags.NonPublic | BindingFlags.Instance)!, customer, Expression.Constant(CategoryProfileFields.IndexOf(field)));
        return field.Kind switch
        {
            FieldKind.PaymentTerms => Expression.Call(typeof(RuleFieldCatalog).GetMethod(nameof(TermsText), BindingFlags.NonPublic | BindingFlags.Static)!, value),
            FieldKind.WholeNumber => Expression.Call(typeof(RuleFieldCatalog).GetMethod(nameof(Whole), BindingFlags.NonPublic | BindingFlags.Static)!, value),
            _ => Expression.Convert(value, type),
        };
    }

    private static string? TermsText(object? terms) => terms?.ToString();

    private static decimal? Whole(object? number) => number is int whole ? whole : null;

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
