namespace CustomerClassification.Rules;

/// <summary><c>has tag 'x'</c>.</summary>
internal sealed class BoundHasTag(RuleCondition syntax, string tag) : BoundLeaf(syntax, null)
{
    public string Tag { get; } = tag;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitHasTag(this);
}
