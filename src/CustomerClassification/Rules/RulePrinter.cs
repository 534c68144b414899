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

    /// <summary>
    /// The Chinese word printed for each English keyword and operator (<c>and</c> → 且, <c>&gt;=</c> → 大于等于), one each;
    /// <see cref="RuleLexer"/> reads these and a few synonyms more (并且, 不小于).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ChineseWords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["and"] = "且", ["or"] = "或", ["not"] = "非", ["in"] = "属于", ["not in"] = "不属于", ["under"] = "属于",
        ["contains"] = "包含", ["startswith"] = "开头是", ["is empty"] = "为空", ["is not empty"] = "不为空", ["has tag"] = "有标签",
        ["="] = "等于", ["<>"] = "不等于", ["<"] = "小于", ["<="] = "小于等于", [">"] = "大于", [">="] = "大于等于",
    };

    /// <summary>The Chinese word of an operator, as <see cref="RuleLexer"/> reads it.</summary>
    public static string Word(ComparisonOperator op) => ChineseWords[Symbol(op)];

    // Writes each node; returns the builder only because a visitor yields something.
    private sealed class Writer(StringBuilder text) : IConditionVisitor<StringBuilder>
    {
        public StringBuilder VisitOr(OrCondition condition) => Join(condition.Operands, " " + Keyword("or", condition) + " ", o => o is OrCondition);

        public StringBuilder VisitAnd(AndCondition condition) => Join(condition.Operands, " " + Keyword("and", condition) + " ", o => o is LogicalCondition);

        public StringBuilder VisitNot(NotCondition condition) => Operand(text.Append(Keyword("not", condition)).Append(' '), condition.Operand, condition.Operand is LogicalCondition);

        public StringBuilder VisitComparison(ComparisonCondition condition) =>
            text.Append(condition.Field).Append(' ').Append(condition.Chinese ? Word(condition.Operator) : Symbol(condition.Operator)).Append(' ').Append(condition.Value);

        public StringBuilder VisitIn(InCondition condition) =>
            text.Append(condition.Field).Append(' ').Append(Keyword(condition.Negated ? "not in" : "in", condition)).Append(" (").Append(string.Join(", ", condition.Values)).Append(')');

        public StringBuilder VisitIsEmpty(IsEmptyCondition condition) => text.Append(condition.Field).Append(' ').Append(Keyword(condition.Negated ? "is not empty" : "is empty", condition));

        public StringBuilder VisitHasTag(HasTagCondition condition) => text.Append(Keyword("has tag", condition)).Append(' ').Append(RuleValue.FromText(condition.Tag));

        // A keyword in the words its node was written in.
        private static string Keyword(string english, RuleCondition condition) => condition.Chinese ? ChineseWords[english] : english;

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
