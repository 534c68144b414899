using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CustomerClassification.Rules;

/// <summary>
/// Prints a condition in the rule language, with parentheses exactly where the tree needs them to parse back the same;
/// each keyword and operator in English, or in Chinese words where the parsed text had them (且, 大于, 属于, 为空).
/// </summary>
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

    /// <summary>The Chinese word of an operator, as <see cref="RuleLexer"/> reads it.</summary>
    public static string Word(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "等于",
        ComparisonOperator.NotEqual => "不等于",
        ComparisonOperator.LessThan => "小于",
        ComparisonOperator.LessThanOrEqual => "小于等于",
        ComparisonOperator.GreaterThan => "大于",
        ComparisonOperator.GreaterThanOrEqual => "大于等于",
        ComparisonOperator.Contains => "包含",
        ComparisonOperator.StartsWith => "开头是",
        _ => "属于",
    };

    // Writes each node; returns the builder only because a visitor yields something.
    private sealed class Writer(StringBuilder text) : IConditionVisitor<StringBuilder>
    {
        public StringBuilder VisitOr(OrCondition condition) => Join(condition.Operands, condition.Chinese ? " 或 " : " or ", o => o is OrCondition);

        public StringBuilder VisitAnd(AndCondition condition) => Join(condition.Operands, condition.Chinese ? " 且 " : " and ", o => o is LogicalCondition);

        public StringBuilder VisitNot(NotCondition condition) => Operand(text.Append(condition.Chinese ? "非 " : "not "), condition.Operand, condition.Operand is LogicalCondition);

        public StringBuilder VisitComparison(ComparisonCondition condition) =>
            text.Append(condition.Field).Append(' ').Append(condition.Chinese ? Word(condition.Operator) : Symbol(condition.Operator)).Append(' ').Append(condition.Value);

        public StringBuilder VisitIn(InCondition condition) =>
            text.Append(condition.Field).Append((condition.Negated, condition.Chinese) switch
            {
                (true, true) => " 不属于 (",
                (false, true) => " 属于 (",
                (true, false) => " not in (",
                (false, false) => " in (",
            }).Append(string.Join(", ", condition.Values)).Append(')');

        public StringBuilder VisitIsEmpty(IsEmptyCondition condition) => text.Append(condition.Field).Append((condition.Negated, condition.Chinese) switch
        {
            (true, true) => " 不为空",
            (false, true) => " 为空",
            (true, false) => " is not empty",
            (false, false) => " is empty",
        });

        public StringBuilder VisitHasTag(HasTagCondition condition) => text.Append(condition.Chinese ? "有标签 " : "has tag ").Append(RuleValue.FromText(condition.Tag));

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
