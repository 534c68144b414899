using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// The whitelist of fields for one archive's settings: the built-in customer fields and trading statistics
/// under English names and Chinese aliases, every dimension in use and every custom field under its own name.
/// Names are matched ignoring case; a built-in name wins over a dimension or custom field of the same name.
/// </summary>
internal sealed class RuleFieldCatalog
{
    private static readonly FieldAccessor[] BuiltIn =
    [
        Field("code", RuleFieldKind.Text, p => p.Customer.Code),
        Field("name", RuleFieldKind.Text, p => p.Customer.Name),
        Field("shortName", RuleFieldKind.Text, p => p.Customer.ShortName),
        Field("mnemonic", RuleFieldKind.Text, p => p.Customer.MnemonicCode),
        Field("taxId", RuleFieldKind.Text, p => p.Customer.TaxId.HasValue ? p.Customer.TaxId.GetValueOrDefault().Value : null),
        Field("grade", RuleFieldKind.Text, p => p.Customer.CreditGrade),
        Field("creditLimit", RuleFieldKind.Number, p => p.Customer.CreditLimit),
        Field("taxRate", RuleFieldKind.Number, p => p.Customer.DefaultTaxRate),
        Field("discountRate", RuleFieldKind.Number, p => p.Customer.DiscountRate),
        Field("settlement", RuleFieldKind.Text, p => p.Customer.SettlementMethod),
        Field("contact", RuleFieldKind.Text, p => p.Customer.Contact),
        Field("phone", RuleFieldKind.Text, p => p.Customer.Phone),
        Field("email", RuleFieldKind.Text, p => p.Customer.Email),
        Field("address", RuleFieldKind.Text, p => p.Customer.Address),
        Field("developedOn", RuleFieldKind.Date, p => p.Customer.DevelopedOn),
        Field("deactivatedOn", RuleFieldKind.Date, p => p.Customer.DeactivatedOn),
        Field("deactivated", RuleFieldKind.Boolean, p => p.IsDeactivated),
        Field("hasTransactions", RuleFieldKind.Boolean, p => p.Customer.HasTransactions),
        Field("tags", RuleFieldKind.Tags, p => p.Customer.Tags),
        Field("sales", RuleFieldKind.Number, p => p.Stats.Sales),
        Field("monthlyAverage", RuleFieldKind.Number, p => p.Stats.MonthlyAverage),
        Field("orderCount", RuleFieldKind.Number, p => p.Stats.OrderCount),
        Field("lastOrderOn", RuleFieldKind.Date, p => p.Stats.LastOrderOn),
        Field("daysSinceLastOrder", RuleFieldKind.Number, p => p.DaysSinceLastOrder),
        Field("maxOverdueDays", RuleFieldKind.Number, p => p.Stats.MaxOverdueDays),
        Field("openBalance", RuleFieldKind.Number, p => p.Stats.OpenBalance),
        Field("years", RuleFieldKind.Number, p => p.Years),
        Field("monthsSinceDeveloped", RuleFieldKind.Number, p => p.MonthsSinceDeveloped),
    ];

    private static readonly (string Alias, string Name)[] Aliases =
    [
        ("客户编码", "code"), ("编码", "code"), ("客户名称", "name"), ("名称", "name"), ("客户简称", "shortName"), ("简称", "shortName"),
        ("助记码", "mnemonic"), ("税号", "taxId"), ("creditGrade", "grade"), ("信用等级", "grade"), ("信用额度", "creditLimit"),
        ("税率", "taxRate"), ("扣率", "discountRate"), ("结算方式", "settlement"), ("联系人", "contact"), ("电话", "phone"),
        ("邮箱", "email"), ("地址", "address"), ("发展日期", "developedOn"), ("停用日期", "deactivatedOn"), ("已停用", "deactivated"),
        ("已有业务", "hasTransactions"), ("标签", "tags"), ("销售额", "sales"), ("月均采购额", "monthlyAverage"), ("月均销售额", "monthlyAverage"),
        ("订单数", "orderCount"), ("最近订货日期", "lastOrderOn"), ("未订货天数", "daysSinceLastOrder"), ("最长逾期天数", "maxOverdueDays"),
        ("应收余额", "openBalance"), ("合作年限", "years"), ("合作月数", "monthsSinceDeveloped"),
        ("客户分类", DimensionNames.Category), ("分类", DimensionNames.Category), ("地区分类", DimensionNames.Region), ("地区", DimensionNames.Region),
    ];

    private static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private readonly Dictionary<string, FieldAccessor> _fields = new(StringComparer.OrdinalIgnoreCase);

    public RuleFieldCatalog(ArchiveSettings settings)
    {
        foreach (var field in BuiltIn)
        {
            _fields.Add(field.Name, field);
        }

        foreach (var dimension in settings.DimensionNamesInUse)
        {
            var customer = Expression.Property(Profile, nameof(CustomerProfile.Customer));
            var code = Expression.Call(customer, typeof(Customer).GetMethod(nameof(Customer.CodeIn))!, Expression.Constant(dimension));
            Add(new FieldAccessor(dimension, RuleFieldKind.Dimension, Expression.Lambda(code, Profile), dimension));
        }

        foreach (var (alias, name) in Aliases)
        {
            if (_fields.TryGetValue(name, out var field))
            {
                Add(alias, field);
            }
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

    private static FieldAccessor Field<T>(string name, RuleFieldKind kind, Expression<Func<CustomerProfile, T>> accessor) => new(name, kind, accessor);

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
