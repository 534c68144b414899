using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>A date field for building conditions: <c>developedOn</c>, <c>lastOrderOn</c>, a date custom field, …</summary>
public sealed class DateField : RuleField
{
    /// <summary>Names a date field.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public DateField(string name)
        : base(name)
    {
    }

    /// <summary><c>field &lt; date</c>.</summary>
    /// <param name="date">The date (years 1 to 9999).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public RuleCondition Before(LocalDate date) => Compare(ComparisonOperator.LessThan, RuleValue.FromDate(date));

    /// <summary><c>field &gt;= date</c>.</summary>
    /// <param name="date">The date (years 1 to 9999).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public RuleCondition OnOrAfter(LocalDate date) => Compare(ComparisonOperator.GreaterThanOrEqual, RuleValue.FromDate(date));

    /// <summary><c>field = date</c>.</summary>
    /// <param name="date">The date (years 1 to 9999).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public RuleCondition On(LocalDate date) => Compare(ComparisonOperator.Equal, RuleValue.FromDate(date));

    /// <summary><c>field &lt;= date</c>.</summary>
    /// <param name="date">The date (years 1 to 9999).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public RuleCondition OnOrBefore(LocalDate date) => Compare(ComparisonOperator.LessThanOrEqual, RuleValue.FromDate(date));

    /// <summary><c>field &gt; date</c>.</summary>
    /// <param name="date">The date (years 1 to 9999).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public RuleCondition After(LocalDate date) => Compare(ComparisonOperator.GreaterThan, RuleValue.FromDate(date));
}
