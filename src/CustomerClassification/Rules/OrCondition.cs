using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary><c>a or b or …</c> (或): true when at least one operand is true.</summary>
public sealed class OrCondition : LogicalCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="operands">Two or more operands.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operands"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">Fewer than two operands.</exception>
    internal OrCondition(IEnumerable<RuleCondition> operands, SourcePosition at = default)
        : base(operands, at)
    {
    }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitOr(this);
}
