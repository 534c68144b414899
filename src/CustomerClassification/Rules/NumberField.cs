using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>A number field for building conditions: <c>years</c>, <c>monthlyAverage</c>, a number custom field, …</summary>
public sealed class NumberField : RuleField
{
    /// <summary>Names a number field.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public NumberField(string name)
        : base(name)
    {
    }

    /// <summary><c>field = value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition EqualTo(decimal value) => Compare(ComparisonOperator.Equal, RuleValue.FromNumber(value));

    /// <summary><c>field &lt;&gt; value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition NotEqualTo(decimal value) => Compare(ComparisonOperator.NotEqual, RuleValue.FromNumber(value));

    /// <summary><c>field &lt; value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition LessThan(decimal value) => Compare(ComparisonOperator.LessThan, RuleValue.FromNumber(value));

    /// <summary><c>field &lt;= value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition AtMost(decimal value) => Compare(ComparisonOperator.LessThanOrEqual, RuleValue.FromNumber(value));

    /// <summary><c>field &gt; value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition GreaterThan(decimal value) => Compare(ComparisonOperator.GreaterThan, RuleValue.FromNumber(value));

    /// <summary><c>field &gt;= value</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public RuleCondition AtLeast(decimal value) => Compare(ComparisonOperator.GreaterThanOrEqual, RuleValue.FromNumber(value));

    /// <summary><c>field in (…)</c>.</summary>
    /// <param name="values">One or more values.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty or too long.</exception>
    public RuleCondition In(params decimal[] values) => List(Guard.Against.Null(values).Select(RuleValue.FromNumber), negated: false);

    /// <summary><c>field not in (…)</c>.</summary>
    /// <param name="values">One or more values.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty or too long.</exception>
    public RuleCondition NotIn(params decimal[] values) => List(Guard.Against.Null(values).Select(RuleValue.FromNumber), negated: true);
}
