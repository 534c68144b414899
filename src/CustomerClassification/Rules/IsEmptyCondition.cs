namespace CustomerClassification.Rules;

/// <summary>
/// <c>field is empty</c> or <c>field is not empty</c>: the field has no value (no text, no number, no date,
/// no category in the dimension, no tags).
/// </summary>
public sealed class IsEmptyCondition : FieldCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <param name="negated">True for <c>is not empty</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException">The field name is not valid.</exception>
    internal IsEmptyCondition(string field, bool negated = false, SourcePosition at = default)
        : base(field, at)
    {
        Negated = negated;
    }

    /// <summary>Gets a value indicating whether this is <c>is not empty</c>.</summary>
    public bool Negated { get; }

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitIsEmpty(this);

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) =>
        other is IsEmptyCondition c && string.Equals(c.Field, Field, StringComparison.Ordinal) && c.Negated == Negated;

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Field) * 31) + (Negated ? 1 : 2));
}
