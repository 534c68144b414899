namespace CustomerClassification.Rules;

/// <summary>A condition on one field: a comparison, <c>in</c>, or <c>is empty</c>.</summary>
public abstract class FieldCondition : RuleCondition
{
    private protected FieldCondition(string field, SourcePosition at)
        : base(at)
    {
        Guard.Against.Null(field);
        Field = RuleLexer.IsFieldName(field)
            ? field
            : throw new ArgumentException($"'{field}' is not a field name: use letters (Chinese too), digits and underscores, not starting with a digit, and not a keyword.", nameof(field));
    }

    /// <summary>Gets the field name as written (an English name, a Chinese alias, a dimension or a custom field).</summary>
    public string Field { get; }

    /// <inheritdoc />
    public override int Depth => 1;
}
