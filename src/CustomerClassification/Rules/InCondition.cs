using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// <c>field in (a, b, …)</c> or <c>field not in (…)</c>: the field equals one of the values. An empty field is
/// in no list, so it satisfies every <c>not in</c>.
/// </summary>
public sealed class InCondition : FieldCondition
{
    private readonly RuleValue[] _values;

    /// <summary>Creates the condition.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <param name="values">One or more values, all of the same kind, at most <see cref="RuleLimits.MaxListLength"/>.</param>
    /// <param name="negated">True for <c>not in</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The field name is not valid, the list is empty or too long, or its values differ in kind.</exception>
    internal InCondition(string field, IEnumerable<RuleValue> values, bool negated = false, SourcePosition at = default)
        : base(field, at)
    {
        Guard.Against.Null(values);
        _values = values.ToArray();
        Values = ReadOnly.Of(_values);
        if (_values.Length is 0 or > RuleLimits.MaxListLength)
        {
            throw new ArgumentException($"An 'in' list holds 1 to {RuleLimits.MaxListLength} values.", nameof(values));
        }

        if (_values.Any(v => v.Kind != _values[0].Kind))
        {
            throw new ArgumentException("The values of an 'in' list must all be of one kind.", nameof(values));
        }

        Negated = negated;
    }

    /// <summary>Gets the values, in the order written.</summary>
    public IReadOnlyList<RuleValue> Values { get; }

    /// <summary>Gets a value indicating whether this is <c>not in</c>.</summary>
    public bool Negated { get; }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitIn(this);

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) =>
        other is InCondition c && string.Equals(c.Field, Field, StringComparison.Ordinal) && c.Negated == Negated && c._values.SequenceEqual(_values);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _values.Aggregate(unchecked((StringComparer.Ordinal.GetHashCode(Field) * 31) + (Negated ? 1 : 0)), (hash, v) => unchecked((hash * 31) + v.GetHashCode()));
}
