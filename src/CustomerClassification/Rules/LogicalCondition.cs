using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>The shared shape of <see cref="AndCondition"/> and <see cref="OrCondition"/>: two or more operands, in order.</summary>
public abstract class LogicalCondition : RuleCondition
{
    private readonly RuleCondition[] _operands;

    private protected LogicalCondition(IEnumerable<RuleCondition> operands, SourcePosition at)
        : base(at)
    {
        Guard.Against.Null(operands);
        _operands = operands.ToArray();
        if (_operands.Length < 2)
        {
            throw new ArgumentException("A combined condition needs at least two operands.", nameof(operands));
        }

        if (Array.IndexOf(_operands, null) >= 0)
        {
            throw new ArgumentNullException(nameof(operands), "An operand is null.");
        }

        Depth = RuleLimits.Depth(_operands.Max(o => o.Depth), nameof(operands));
        Operands = ReadOnly.Of(_operands);
    }

    /// <summary>Gets the operands, in the order written.</summary>
    public IReadOnlyList<RuleCondition> Operands { get; }

    /// <inheritdoc />
    public override int Depth { get; }

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) =>
        other is not null && other.GetType() == GetType() && ((LogicalCondition)other)._operands.SequenceEqual(_operands);

    /// <inheritdoc />
    public override int GetHashCode() => _operands.Aggregate(GetType().Name.Length, (hash, o) => unchecked((hash * 31) + o.GetHashCode()));
}
