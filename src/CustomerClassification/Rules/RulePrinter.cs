using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CustomerClassification.Rules;

/// <summary>Prints a condition in the rule language, with parentheses exactly where the tree needs them to parse back the same.</summary>
internal static class RulePrinter
{
    public static string Print(RuleCondition condition)
    {
        var text = new StringBuilder();
        Write(text, condition);
        return text.ToString();
    }

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "<>",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        ComparisonOperator.Contains => "contains",
        ComparisonOperator.StartsWith => "startswith",
        _ => "under",
    };

    private static void Write(StringBuilder text, RuleCondition condition)
    {
        switch (condition)
        {
            case OrCondition or:
                Join(text, or.Operands, " or ", o => o is OrCondition);
                break;
            case AndCondition and:
                Join(text, and.Operands, " and ", o => o is LogicalCondition);
                break;
            case NotCondition not:
                text.Append("not ");
                Operand(text, not.Operand, not.Operand is LogicalCondition);
                break;
            case ComparisonCondition comparison:
                text.Append(comparison.Field).Append(' ').Append(Symbol(comparison.Operator)).Append(' ').Append(comparison.Value);
                break;
            case InCondition list:
                text.Append(list.Field).Append(list.Negated ? " not in (" : " in (").Append(string.Join(", ", list.Values)).Append(')');
                break;
            case IsEmptyCondition empty:
                text.Append(empty.Field).Append(empty.Negated ? " is not empty" : " is empty");
                break;
            case HasTagCondition tag:
                text.Append("has tag ").Append(RuleValue.FromText(tag.Tag));
                break;
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<RuleCondition> operands, string separator, Func<RuleCondition, bool> needsParentheses)
    {
        for (var i = 0; i < operands.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : separator);
            Operand(text, operands[i], needsParentheses(operands[i]));
        }
    }

    private static void Operand(StringBuilder text, RuleCondition operand, bool parenthesized)
    {
        text.Append(parenthesized ? "(" : string.Empty);
        Write(text, operand);
        text.Append(parenthesized ? ")" : string.Empty);
    }
}
