namespace CustomerClassification.Rules;

/// <summary>A yes/no field for building conditions: <c>deactivated</c>, <c>hasTransactions</c>.</summary>
public sealed class YesNoField : RuleField
{
    /// <summary>Names a yes/no field.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public YesNoField(string name)
        : base(name)
    {
    }

    /// <summary><c>field = true</c>.</summary>
    /// <returns>The condition.</returns>
    public RuleCondition IsTrue() => Compare(ComparisonOperator.Equal, RuleValue.FromBoolean(true));

    /// <summary><c>field = false</c>.</summary>
    /// <returns>The condition.</returns>
    public RuleCondition IsFalse() => Compare(ComparisonOperator.Equal, RuleValue.FromBoolean(false));
}
