namespace CustomerClassification.Rules;

/// <summary>
/// <c>field op value</c>: <c>years &gt;= 3</c>, <c>name contains '公司'</c>, <c>region under '02'</c>. An empty
/// field satisfies only <c>&lt;&gt;</c>: every other comparison with it is false.
/// </summary>
public sealed class ComparisonCondition : FieldCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <param name="operator">The operator.</param>
    /// <param name="value">The value; a text for <c>contains</c>, <c>startswith</c> and <c>under</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException">The field name is not valid, <paramref name="operator"/> is not defined, or a text operator is given a value that is not a text.</exception>
    internal ComparisonCondition(string field, ComparisonOperator @operator, RuleValue value, SourcePosition at = default)
        : base(field, at)
    {
        Operator = Guard.Against.EnumOutOfRange(@operator);
        if (@operator is ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.Under && value.Kind != RuleValueKind.Text)
        {
            throw new ArgumentException($"'{RulePrinter.Symbol(@operator)}' takes a text in quotes, not {value}.", nameof(value));
        }

        Value = value;
    }

    /// <summary>Gets the operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the value compared with.</summary>
    public RuleValue Value { get; }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitComparison(this);

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) =>
        other is ComparisonCondition c && string.Equals(c.Field, Field, StringComparison.Ordinal) && c.Operator == Operator && c.Value.Equals(Value);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Field) * 31) + ((int)Operator * 7) + Value.GetHashCode());
}
