namespace CustomerClassification.Rules;

/// <summary><c>not a</c>, bound.</summary>
internal sealed class BoundNot(RuleCondition syntax, BoundCondition operand) : BoundCondition(syntax)
{
    public BoundCondition Operand { get; } = operand;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitNot(this);
}
