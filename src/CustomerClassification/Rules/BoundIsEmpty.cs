namespace CustomerClassification.Rules;

/// <summary><c>field is empty</c> / <c>is not empty</c> on a field that can be empty.</summary>
internal sealed class BoundIsEmpty(RuleCondition syntax, FieldAccessor field, bool negated) : BoundLeaf(syntax, field)
{
    public bool Negated { get; } = negated;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitIsEmpty(this);
}
