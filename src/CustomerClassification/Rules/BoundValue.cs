using System.Collections.Generic;
using System.Linq.Expressions;

namespace CustomerClassification.Rules;

/// <summary>A comparison of a number, date or yes/no field with values of its kind; several values are alternatives (<c>in</c>).</summary>
internal sealed class BoundValue(RuleCondition syntax, FieldAccessor field, ExpressionType comparison, IReadOnlyList<RuleValue> values, bool negated) : BoundLeaf(syntax, field)
{
    public ExpressionType Comparison { get; } = comparison;

    public IReadOnlyList<RuleValue> Values { get; } = values;

    public bool Negated { get; } = negated;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitValue(this);
}
