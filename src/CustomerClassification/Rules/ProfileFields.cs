using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Customers;

namespace CustomerClassification.Rules;

/// <summary>
/// Every built-in field rules can read: the catalogue's rule fields (<see cref="CustomerFields"/>), then the trading
/// statistics, the values derived as of the evaluation day and the portfolio metrics (<see cref="ProfileField.IsMetric"/>),
/// which are declared here and nowhere else. Trading statistics files read their column headers from here too.
/// </summary>
public static class ProfileFields
{
    private static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private static readonly ProfileField[] Fields =
    [
        .. CustomerFields.All.Where(f => f.IsRuleField).Select(FromCatalogue),
        Field("deactivated", "已停用", FieldKind.YesNo, p => p.IsDeactivated, []),
        Field("taxRegion", "税号行政区划", FieldKind.Text, p => p.Customer.TaxId.HasValue ? p.Customer.TaxId.GetValueOrDefault().AdministrativeDivision : null, ["税号地区"]),
        Field("sales", "销售额", FieldKind.Number, p => p.Stats.Sales, ["销售金额"]),
        Field("monthlyAverage", "月均采购额", FieldKind.Number, p => p.Stats.MonthlyAverage, ["月均销售额"]),
        Field("orderCount", "订单数", FieldKind.Number, p => p.Stats.OrderCount, ["订货次数"]),
        Field("lastOrderOn", "最近订货日期", FieldKind.Date, p => p.Stats.LastOrderOn, ["最后订货日期"]),
        Field("daysSinceLastOrder", "未订货天数", FieldKind.Number, p => p.DaysSinceLastOrder, []),
        Field("maxOverdueDays", "最长逾期天数", FieldKind.Number, p => p.Stats.MaxOverdueDays, []),
        Field("openBalance", "应收余额", FieldKind.Number, p => p.Stats.OpenBalance, []),
        Field("years", "合作年限", FieldKind.Number, p => p.Years, []),
        Field("monthsSinceDeveloped", "合作月数", FieldKind.Number, p => p.MonthsSinceDeveloped, []),
        Metric("abc", "ABC分类", FieldKind.Text, p => p.HasMetrics ? Letter(p.MetricStanding.Class) : null, ["ABC类别"]),
        Metric("salesRank", "销售排名", FieldKind.Number, p => p.HasMetrics ? (decimal?)p.MetricStanding.SalesRank : null, []),
        Metric("salesShare", "销售占比", FieldKind.Number, p => p.Metrics == null ? null : (decimal?)p.Metrics.SalesShare, []),
        Metric("recencyScore", "最近购买评分", FieldKind.Number, p => p.HasMetrics ? (decimal?)p.MetricStanding.RecencyScore : null, ["R评分"]),
        Metric("frequencyScore", "购买频率评分", FieldKind.Number, p => p.HasMetrics ? (decimal?)p.MetricStanding.FrequencyScore : null, ["F评分"]),
        Metric("monetaryScore", "购买金额评分", FieldKind.Number, p => p.HasMetrics ? (decimal?)p.MetricStanding.MonetaryScore : null, ["M评分"]),
        Metric("rfm", "RFM分值", FieldKind.Number, p => p.HasMetrics ? (decimal?)p.MetricStanding.Rfm : null, ["RFM评分"]),
        Metric("dso", "应收周转天数", FieldKind.Number, p => p.Metrics == null ? null : p.Metrics.Dso, ["应收账款周转天数"]),
        Metric("averageDaysToPay", "平均回款天数", FieldKind.Number, p => p.Metrics == null ? null : p.Metrics.AverageDaysToPay, ["回款天数"]),
        Metric("averageDaysLate", "平均逾期天数", FieldKind.Number, p => p.Metrics == null ? null : p.Metrics.AverageDaysLate, []),
        Metric("churnRisk", "流失风险", FieldKind.YesNo, p => p.HasMetrics ? (bool?)p.MetricStanding.Churn : null, ["流失预警"]),
    ];

    private static readonly Dictionary<string, ProfileField> ByName = FieldNames.Index(Fields, f => f.AllNames);

    /// <summary>Gets every built-in rule field: customer fields in catalogue order, then statistics and derived values.</summary>
    public static IReadOnlyList<ProfileField> All { get; } = new ReadOnlyCollection<ProfileField>(Fields);

    /// <summary>Finds a built-in rule field by its name, label or an alias, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name, such as <c>years</c> or <c>合作年限</c>.</param>
    /// <returns>The field, or null when no built-in field has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ProfileField? Find(string name) => FieldNames.Find(ByName, name);

    /// <summary>Gets a built-in rule field by its name, label or an alias.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in field has that name.</exception>
    public static ProfileField Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"There is no built-in rule field '{name}'; the fields are {string.Join(", ", Fields.Select(f => f.Name))}.");

    private static ProfileField Field<T>(string name, string label, FieldKind kind, Expression<Func<CustomerProfile, T>> accessor, string[] aliases) =>
        new(name, label, kind, aliases, null, accessor);

    // The class as rules compare it: one string each, not a new one per evaluation.
    private static readonly string[] Letters = ["A", "B", "C"];

    private static string Letter(Sales.AbcClass abc) => Letters[(int)abc - 1];

    // A portfolio metric: read only by rule sets compiled with metrics.
    private static ProfileField Metric<T>(string name, string label, FieldKind kind, Expression<Func<CustomerProfile, T>> accessor, string[] aliases) =>
        new(name, label, kind, aliases, null, accessor) { IsMetric = true };

    // A catalogue field read from the profile's customer; tax ids and payment terms are compared as their text.
    private static ProfileField FromCatalogue(CustomerField field)
    {
        var customer = Expression.Property(Profile, nameof(CustomerProfile.Customer));
        var value = FieldAccessor.Substitute(field.Getter, customer);
        var nothing = Expression.Constant(null, typeof(string));
        value = field.Kind switch
        {
            FieldKind.TaxId => Expression.Condition(
                Expression.Property(value, nameof(Nullable<TaxId>.HasValue)),
                Expression.Property(Expression.Call(value, nameof(Nullable<TaxId>.GetValueOrDefault), Type.EmptyTypes), nameof(TaxId.Value)),
                nothing),
            FieldKind.PaymentTerms => Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), nothing, Expression.Call(value, nameof(ToString), Type.EmptyTypes)),
            // Rules compare every number as a decimal.
            FieldKind.WholeNumber => Expression.Convert(value, Nullable.GetUnderlyingType(value.Type) is null ? typeof(decimal) : typeof(decimal?)),
            FieldKind.Text or FieldKind.Number or FieldKind.Date or FieldKind.YesNo or FieldKind.Dimension or FieldKind.Tags or FieldKind.TextList => value,
        };
        return new ProfileField(field.Name, field.Label, field.Kind, field.Aliases, field, Expression.Lambda(value, Profile));
    }

}
