using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Tests.Rules;

/// <summary>
/// A deliberately plain interpreter of conditions over <see cref="SampleRules"/>' fields, written from the
/// language's rules (an empty field satisfies only &lt;&gt;, not in and is empty), to check the compiler against.
/// </summary>
internal static class ReferenceEvaluator
{
    public static bool Evaluate(RuleCondition condition, CustomerProfile profile) => condition switch
    {
        AndCondition and => and.Operands.All(o => Evaluate(o, profile)),
        OrCondition or => or.Operands.Any(o => Evaluate(o, profile)),
        NotCondition not => !Evaluate(not.Operand, profile),
        HasTagCondition tag => profile.Customer.Tags.Contains(tag.Tag),
        IsEmptyCondition empty => IsEmpty(Value(empty.Field, profile)) != empty.Negated,
        InCondition list => list.Values.Any(v => Value(list.Field, profile) is { } value && Same(value, v)) != list.Negated,
        ComparisonCondition comparison => Compare(Value(comparison.Field, profile), comparison.Operator, comparison.Value),
        _ => throw new NotSupportedException(condition.GetType().Name),
    };

    private static bool IsEmpty(object? value) => value is null || value is "" || value is IReadOnlyCollection<string> { Count: 0 };

    private static bool Compare(object? value, ComparisonOperator op, RuleValue literal)
    {
        if (value is null)
        {
            return op == ComparisonOperator.NotEqual;
        }

        var text = value as string;
        switch (op)
        {
            case ComparisonOperator.Equal:
                return Same(value, literal);
            case ComparisonOperator.NotEqual:
                return !Same(value, literal);
            case ComparisonOperator.Contains:
                return text!.Contains(literal.Text, StringComparison.Ordinal);
            case ComparisonOperator.StartsWith:
            case ComparisonOperator.Under:
                return text!.StartsWith(literal.Text, StringComparison.Ordinal);
        }

        var order = value is LocalDate date ? date.CompareTo(literal.Date) : ((decimal)value).CompareTo(literal.Number);
        return op switch
        {
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            ComparisonOperator.GreaterThan => order > 0,
            _ => order >= 0,
        };
    }

    private static bool Same(object value, RuleValue literal) => value switch
    {
        string text => text == literal.Text,
        LocalDate date => date == literal.Date,
        bool yes => yes == literal.Boolean,
        _ => (decimal)value == literal.Number,
    };

    private static object? Value(string field, CustomerProfile p)
    {
        var c = p.Customer;
        return field switch
        {
            "years" or "合作年限" => Number(p.Years),
            "monthsSinceDeveloped" => Number(p.MonthsSinceDeveloped),
            "creditLimit" => c.CreditLimit,
            "monthlyAverage" => p.Stats.MonthlyAverage,
            "sales" => p.Stats.Sales,
            "orderCount" => (decimal)p.Stats.OrderCount,
            "maxOverdueDays" => (decimal)p.Stats.MaxOverdueDays,
            "openBalance" => p.Stats.OpenBalance,
            "daysSinceLastOrder" => Number(p.Stats.LastOrderOn is { } last ? Period.Between(last, p.AsOf, PeriodUnits.Days).Days : null),
            "name" => c.Name,
            "grade" or "信用等级" => c.CreditGrade,
            "shortName" => c.ShortName,
            "settlement" => c.SettlementMethod,
            "developedOn" => c.DevelopedOn,
            "lastOrderOn" => p.Stats.LastOrderOn,
            "hasTransactions" => c.HasTransactions,
            "deactivated" => c.DeactivatedOn is { } off && off <= p.AsOf,
            "category" or "分类" => c.CategoryCode,
            "region" => c.RegionCode,
            "行业" => c.Dimensions.TryGetValue("行业", out var industry) ? industry : null,
            "tags" => c.Tags,
            "类型" => c.CustomFields.TryGetValue("类型", out var type) ? type.AsText() : null,
            "注册资本" => c.CustomFields.TryGetValue("注册资本", out var capital) ? capital.AsNumber() : null,
            "签约日期" => c.CustomFields.TryGetValue("签约日期", out var signed) ? signed.AsDate() : null,
            _ => throw new NotSupportedException(field),
        };
    }

    private static decimal? Number(int? value) => value;
}
