namespace CustomerClassification.Rules;

/// <summary><c>has tag '…'</c>: the customer has the tag (ordinal).</summary>
public sealed class HasTagCondition : RuleCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="tag">The tag: not blank, no control characters.</param>
    /// <param name="at">Where the parser found it; <c>default</c> for a condition built in code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is blank or holds a control character.</exception>
    internal HasTagCondition(string tag, SourcePosition at = default)
        : base(at)
    {
        Guard.Against.NullOrWhiteSpace(tag);
        Tag = RuleValue.FromText(tag).Text;
    }

    /// <summary>Gets the tag.</summary>
    public string Tag { get; }

    /// <inheritdoc />
    public override int Depth => 1;

    internal override T Accept<T>(IConditionVisitor<T> visitor) => visitor.VisitHasTag(this);

    /// <inheritdoc />
    public override bool Equals(RuleCondition? other) => other is HasTagCondition c && string.Equals(c.Tag, Tag, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Tag);
}
