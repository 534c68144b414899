using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CustomerClassification.Rules;

/// <summary>
/// How one node of a condition came out for one customer: true or false, the value the comparison saw, and
/// for <c>and</c> / <c>or</c> / <c>not</c> how each operand came out (every operand is evaluated, to show them all).
/// </summary>
public sealed class ConditionExplanation
{
    internal ConditionExplanation(RuleCondition condition, bool result, string? seen, IReadOnlyList<ConditionExplanation> operands, string? field = null)
    {
        Field = field;
        Condition = condition;
        Result = result;
        Seen = seen;
        Operands = operands;
    }

    /// <summary>Gets the condition node.</summary>
    public RuleCondition Condition { get; }

    /// <summary>Gets a value indicating whether the node held.</summary>
    public bool Result { get; }

    /// <summary>Gets the value a comparison saw, formatted (<c>42,300</c>, <c>2024-01-01</c>, <c>empty</c>), or null for <c>and</c> / <c>or</c> / <c>not</c>.</summary>
    public string? Seen { get; }

    /// <summary>
    /// Gets the field a comparison read under its canonical name, whatever name the rule used (<c>合作年限</c> reads
    /// <c>years</c>): a built-in field, a dimension or a custom field; null for <c>has tag</c> and <c>and</c> / <c>or</c> / <c>not</c>.
    /// </summary>
    public string? Field { get; }

    /// <summary>Gets the Chinese label of <see cref="Field"/> from the field catalogue (<c>合作年限</c>), or the field's own name for a dimension or custom field; null where <see cref="Field"/> is.</summary>
    public string? FieldLabel => Field is null ? null : ProfileFields.Find(Field)?.Label ?? Field;

    /// <summary>Gets the explanations of the operands of <c>and</c> / <c>or</c> / <c>not</c>; empty for a comparison.</summary>
    public IReadOnlyList<ConditionExplanation> Operands { get; }

    /// <summary>Returns the node on one line: <c>years &gt;= 3 ✓ (5)</c>, <c>monthlyAverage &gt; 50000 ✗ (42,300)</c>, or <c>and ✗</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var mark = Result ? "✓" : "✗";
        return Condition switch
        {
            AndCondition => Messages.Format("ExplainAnd", mark),
            OrCondition => Messages.Format("ExplainOr", mark),
            NotCondition => Messages.Format("ExplainNot", mark),
            _ => $"{Condition} {mark} ({Seen})",
        };
    }

    internal void Write(StringBuilder text, int indent)
    {
        text.Append(' ', indent).Append(this).AppendLine();
        foreach (var operand in Operands)
        {
            operand.Write(text, indent + 2);
        }
    }
}
