using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary><c>a and b and …</c>, bound.</summary>
internal sealed class BoundAnd(RuleCondition syntax, IReadOnlyList<BoundCondition> operands) : BoundCondition(syntax)
{
    public IReadOnlyList<BoundCondition> Operands { get; } = operands;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitAnd(this);
}
