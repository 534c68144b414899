namespace CustomerClassification.Rules;

/// <summary><c>not a</c> (非): true when the operand is false.</summary>
public sealed class NotCondition : RuleCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="operand">The negated condition.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operand"/> is null.</exception>
    /// <exception cref="ArgumentException">The condition would nest deeper than <see cref="RuleLimits.MaxBuiltDepth"/>.</exception>
    internal NotCondition(RuleCondition operand, SourcePosition at = default)
        : base(at)
    {
        Operand = Guard.Against.Null(operand);
        Depth = RuleLimits.Depth(operand.Depth, nameof(operand));
    }

    /// <summary>Gets the negated condition.</summary>
    public RuleCondition Operand { get; }

    /// <inheritdoc />
    public override int Depth { get; }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitNot(this);

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) => other is NotCondition not && not.Operand.Equals(Operand);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(~Operand.GetHashCode());
}
