using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary><c>a or b or …</c>, bound.</summary>
internal sealed class BoundOr(RuleCondition syntax, IReadOnlyList<BoundCondition> operands) : BoundCondition(syntax)
{
    public IReadOnlyList<BoundCondition> Operands { get; } = operands;

    public override T Accept<T>(IBoundVisitor<T> visitor) => visitor.VisitOr(this);
}
