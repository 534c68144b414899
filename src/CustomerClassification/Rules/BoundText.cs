using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary>A text test (<c>=</c>, <c>contains</c>, <c>startswith</c>, <c>under</c>, <c>in</c>) on a text field or a dimension, codes already found in the tree.</summary>
internal sealed class BoundText(RuleCondition syntax, FieldAccessor field, TextTest test, IReadOnlyList<string> texts, bool negated) : BoundLeaf(syntax, field)
{
    public TextTest Operation { get; } = test;

    public IReadOnlyList<string> Texts { get; } = texts;

    public bool Negated { get; } = negated;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitText(this);
}
