using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary><c>a and b and …</c> (且): true when every operand is true.</summary>
public sealed class AndCondition : LogicalCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="operands">Two or more operands.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="operands"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">Fewer than two operands.</exception>
    internal AndCondition(IEnumerable<RuleCondition> operands, SourcePosition at = default)
        : base(operands, at)
    {
    }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitAnd(this);
}
