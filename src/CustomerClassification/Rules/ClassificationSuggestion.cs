using CustomerClassification.Archives;

namespace CustomerClassification.Rules;

/// <summary>
/// A change a rule set suggests for one customer: what the winning rule's action would change, from what to what.
/// Made by a <see cref="RuleSet"/>'s <c>Classify</c> and applied with <see cref="RuleSet.Apply"/>; immutable.
/// </summary>
public sealed record ClassificationSuggestion
{
    internal ClassificationSuggestion(string customerCode, ClassificationRule rule, string? from, bool needsOverride)
    {
        CustomerCode = customerCode;
        RuleName = rule.Name;
        Action = rule.Action;
        From = from;
        NeedsOverride = needsOverride;
    }

    /// <summary>Gets the customer's code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the name of the rule that won; the change log records it as the reason.</summary>
    public string RuleName { get; }

    /// <summary>Gets the action to take.</summary>
    public RuleAction Action { get; }

    /// <summary>Gets the current value: the category code in the dimension, the credit grade, the customer's own credit limit or payment terms as the action writes them, or null (none of its own, or a tag the customer lacks).</summary>
    public string? From { get; }

    /// <summary>Gets the new value: the category code, the grade, the tag, the credit limit or the payment terms.</summary>
    public string To => Action.Value;

    /// <summary>
    /// Gets a value indicating whether applying the suggestion needs a <see cref="LockOverride"/>: the customer has
    /// transactions and the suggestion reclassifies it (T3 locks the classification of customers in use).
    /// </summary>
    public bool NeedsOverride { get; }

    /// <summary>Returns the suggestion as <c>C001 category: 0102 → 0101 (rule 经销商大客户)</c>.</summary>
    /// <returns>The suggestion as text.</returns>
    public override string ToString()
    {
        var target = Action.Kind switch
        {
            RuleActionKind.AssignCategory => Action.Dimension,
            RuleActionKind.SetCreditGrade => "grade",
            RuleActionKind.SetCreditLimit => "creditLimit",
            RuleActionKind.SetPaymentTerms => "paymentTerms",
            _ => "tag",
        };
        return $"{CustomerCode} {target}: {From ?? "(none)"} → {To} (rule {RuleName}){(NeedsOverride ? " needs an override" : string.Empty)}";
    }
}
