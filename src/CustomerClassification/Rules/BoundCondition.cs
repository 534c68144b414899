namespace CustomerClassification.Rules;

/// <summary>
/// A condition after binding: every field resolved to its accessor, every value checked against the field's kind,
/// every category code found in its tree. The emitter and the explainer walk this tree, never the syntax again.
/// </summary>
internal abstract class BoundCondition(RuleCondition syntax)
{
    /// <summary>Gets the syntax node the bound node came from, for explanations and positions.</summary>
    public RuleCondition Syntax { get; } = syntax;

    public abstract T Accept<T>(IBoundVisitor<T> visitor);
}
