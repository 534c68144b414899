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
        condition.Accept(new Writer(text));
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

    // Writes each node; returns the builder only because a visitor yields something.
    private sealed class Writer(StringBuilder text) : IConditionVisitor<StringBuilder>
    {
        public StringBuilder VisitOr(OrCondition condition) => Join(condition.Operands, " or ", o => o is OrCondition);

        public StringBuilder VisitAnd(AndCondition condition) => Join(condition.Operands, " and ", o => o is LogicalCondition);

        public StringBuilder VisitNot(NotCondition condition) => Operand(text.Append("not "), condition.Operand, condition.Operand is LogicalCondition);

        public StringBuilder VisitComparison(ComparisonCondition condition) =>
            text.Append(condition.Field).Append(' ').Append(Symbol(condition.Operator)).Append(' ').Append(condition.Value);

        public StringBuilder VisitIn(InCondition condition) =>
            text.Append(condition.Field).Append(condition.Negated ? " not in (" : " in (").Append(string.Join(", ", condition.Values)).Append(')');

        public StringBuilder VisitIsEmpty(IsEmptyCondition condition) => text.Append(condition.Field).Append(condition.Negated ? " is not empty" : " is empty");

        public StringBuilder VisitHasTag(HasTagCondition condition) => text.Append("has tag ").Append(RuleValue.FromText(condition.Tag));

        private StringBuilder Join(IReadOnlyList<RuleCondition> operands, string separator, Func<RuleCondition, bool> needsParentheses)
        {
            for (var i = 0; i < operands.Count; i++)
            {
                Operand(text.Append(i == 0 ? string.Empty : separator), operands[i], needsParentheses(operands[i]));
            }

            return text;
        }

        private StringBuilder Operand(StringBuilder builder, RuleCondition operand, bool parenthesized)
        {
            builder.Append(parenthesized ? "(" : string.Empty);
            operand.Accept(this);
            return builder.Append(parenthesized ? ")" : string.Empty);
        }
    }
}
