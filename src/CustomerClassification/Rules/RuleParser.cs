using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// Recursive-descent parser of conditions:
/// <code>
/// condition := or END
/// or        := and ((or | 或 | 或者) and)*
/// and       := unary ((and | 且 | 并且 | 而且) unary)*
/// unary     := (not | 非 | 不是) unary | '(' or ')' | (has tag | 有标签) TEXT | FIELD predicate
/// predicate := op literal | 不是 literal | [not] in list | 属于 list | 不属于 list | under TEXT | 属于 TEXT
///            | (contains | 包含) TEXT | (startswith | 开头是) TEXT | is [not] empty | 为空 | 不为空 | 非空
/// op        := = | &lt;&gt; | &lt; | &lt;= | &gt; | &gt;= | 等于 | 不等于 | 小于 | 小于等于 | 不大于 | 大于 | 大于等于 | 不小于
/// list      := '(' literal (',' literal)* ')'
/// </code>
/// A node remembers whether its keyword or operator was a Chinese word, so that it prints back in that language.
/// Nesting is counted so that hostile text ends in an error, never a stack overflow.
/// </summary>
internal sealed class RuleParser
{
    private static readonly string[] OperandStart = ["a field name", "(", "not", "has tag"];
    private static readonly string[] Predicates = ["=", "<>", "<", "<=", ">", ">=", "in", "not in", "under", "contains", "startswith", "is empty", "is not empty"];
    private static readonly string[] Literals = ["a number", "a text in quotes", "a date", "true", "false"];
    private static readonly string[] TextLiteral = ["a text in quotes"];

    private readonly List<RuleToken> _tokens;
    private readonly string? _ruleName;
    private int _position;
    private int _nesting;

    private RuleParser(List<RuleToken> tokens, string? ruleName)
    {
        _tokens = tokens;
        _ruleName = ruleName;
    }

    private RuleToken Current => _tokens[_position];

    public static RuleCondition Parse(string text, string? ruleName)
    {
        if (text.Length > RuleLimits.MaxConditionLength)
        {
            throw Error(ruleName, Messages.Format("ConditionTooLong", text.Length, RuleLimits.MaxConditionLength), 1, 1, string.Empty, []);
        }

        var parser = new RuleParser(RuleLexer.Tokenize(text), ruleName);
        if (parser.Current.Kind == RuleTokenKind.End)
        {
            throw parser.Unexpected(OperandStart, Messages.Get("ConditionEmpty"));
        }

        var condition = parser.ParseOr();
        if (parser.Current.Kind != RuleTokenKind.End)
        {
            throw parser.Unexpected(parser.Current.Kind == RuleTokenKind.RightParenthesis ? ["and", "or", "the end"] : ["and", "or"]);
        }

        return condition;
    }

    private static RuleSyntaxException Error(string? ruleName, string message, int line, int column, string text, IEnumerable<string> expected) =>
        new([new RuleSyntaxError(message, line, column, text, expected) { RuleName = ruleName }]);

    private RuleCondition ParseOr()
    {
        var first = Current;
        var operands = new List<RuleCondition> { ParseAnd() };
        var keyword = Current;
        while (Accept(RuleTokenKind.Or))
        {
            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? operands[0] : new OrCondition(operands, At(first, keyword));
    }

    private RuleCondition ParseAnd()
    {
        var first = Current;
        var operands = new List<RuleCondition> { ParseUnary() };
        var keyword = Current;
        while (Accept(RuleTokenKind.And))
        {
            operands.Add(ParseUnary());
        }

        return operands.Count == 1 ? operands[0] : new AndCondition(operands, At(first, keyword));
    }

    private RuleCondition ParseUnary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case RuleTokenKind.Not:
                Enter();
                _position++;
                var negated = new NotCondition(ParseUnary(), At(token, token));
                _nesting--;
                return negated;
            case RuleTokenKind.LeftParenthesis:
                Enter();
                _position++;
                var inner = ParseOr();
                Expect(RuleTokenKind.RightParenthesis, [")", "and", "or"]);
                _nesting--;
                return inner;
            case RuleTokenKind.Has:
                _position++;
                Expect(RuleTokenKind.Tag, ["tag"]);
                return new HasTagCondition(TagText(), At(token, token));
            case RuleTokenKind.HasTag:
                _position++;
                return new HasTagCondition(TagText(), At(token, token));
            case RuleTokenKind.Identifier:
                _position++;
                return ParsePredicate(token.Text, token);
            default:
                throw Unexpected(OperandStart);
        }
    }

    private RuleCondition ParsePredicate(string field, RuleToken fieldToken)
    {
        var token = Current;
        var at = At(fieldToken, token);
        _position++;
        switch (token.Kind)
        {
            case RuleTokenKind.Not when RuleLexer.IsChinese(token.Text) && Current.Kind == RuleTokenKind.Literal:
                // 类型 不是 '经销商': 不是 before a value is 不等于.
                return new ComparisonCondition(field, ComparisonOperator.NotEqual, Literal(Literals), at);
            case RuleTokenKind.Operator:
                var value = Literal(Literals);
                if (value.Kind == RuleValueKind.Number && Current.Kind == RuleTokenKind.Comma && _tokens[_position + 1].Value.Kind == RuleValueKind.Number
                    && _tokens[_position + 1].Kind == RuleTokenKind.Literal)
                {
                    throw Unexpected(["and", "or"], Messages.Format("NoThousandsSeparators", value, _tokens[_position + 1].Text));
                }

                return new ComparisonCondition(field, token.Operator, value, at);
            case RuleTokenKind.Not:
                Expect(RuleTokenKind.In, ["in"]);
                return new InCondition(field, List(), negated: true, at);
            case RuleTokenKind.NotIn:
                return new InCondition(field, List(), negated: true, at);
            case RuleTokenKind.In when RuleLexer.IsChinese(token.Text) && Current.Kind == RuleTokenKind.Literal:
                // 所属分类 属于 '01': a category and everything under it, as under.
                return new ComparisonCondition(field, ComparisonOperator.Under, Literal(TextLiteral), at);
            case RuleTokenKind.In:
                return new InCondition(field, List(), at: at);
            case RuleTokenKind.Under:
                return new ComparisonCondition(field, ComparisonOperator.Under, Literal(TextLiteral), at);
            case RuleTokenKind.Contains:
                return new ComparisonCondition(field, ComparisonOperator.Contains, Literal(TextLiteral), at);
            case RuleTokenKind.StartsWith:
                return new ComparisonCondition(field, ComparisonOperator.StartsWith, Literal(TextLiteral), at);
            case RuleTokenKind.Is:
                var negated = Accept(RuleTokenKind.Not);
                Expect(RuleTokenKind.Empty, negated ? ["empty"] : ["empty", "not empty"]);
                return new IsEmptyCondition(field, negated, at);
            case RuleTokenKind.IsEmpty or RuleTokenKind.IsNotEmpty:
                return new IsEmptyCondition(field, token.Kind == RuleTokenKind.IsNotEmpty, at);
            default:
                _position--;
                throw Unexpected(Predicates, Messages.Format("ComparisonExpected", field));
        }
    }

    private List<RuleValue> List()
    {
        Expect(RuleTokenKind.LeftParenthesis, ["("]);
        var values = new List<RuleValue> { Literal(Literals) };
        while (Accept(RuleTokenKind.Comma))
        {
            var token = Current;
            var value = Literal(Literals);
            if (value.Kind != values[0].Kind)
            {
                throw Error(_ruleName, Messages.Format("InListKinds", token.Text, Describe(value.Kind), Describe(values[0].Kind)), token.Line, token.Column, token.Text, [Describe(values[0].Kind)]);
            }

            if (values.Count == RuleLimits.MaxListLength)
            {
                throw Error(_ruleName, Messages.Format("InListTooLong", RuleLimits.MaxListLength), token.Line, token.Column, token.Text, [")"]);
            }

            values.Add(value);
        }

        Expect(RuleTokenKind.RightParenthesis, [",", ")"]);
        return values;
    }

    private string TagText()
    {
        var token = Current;
        var text = Literal(TextLiteral).Text;
        return string.IsNullOrWhiteSpace(text)
            ? throw Error(_ruleName, Messages.Get("BlankTag"), token.Line, token.Column, token.Text, TextLiteral)
            : text;
    }

    private RuleValue Literal(string[] expected)
    {
        var token = Current;
        if (token.Kind != RuleTokenKind.Literal || (expected == TextLiteral && token.Value.Kind != RuleValueKind.Text))
        {
            throw Unexpected(expected);
        }

        _position++;
        return token.Value;
    }

    private void Enter()
    {
        if (++_nesting > RuleLimits.MaxNesting)
        {
            throw Error(_ruleName, Messages.Format("NestedTooDeep", RuleLimits.MaxNesting), Current.Line, Current.Column, Current.Text, []);
        }
    }

    private bool Accept(RuleTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(RuleTokenKind kind, string[] expected)
    {
        if (!Accept(kind))
        {
            throw Unexpected(expected);
        }
    }

    private RuleSyntaxException Unexpected(string[] expected, string? problem = null)
    {
        var token = Current;
        var found = token.Kind switch
        {
            RuleTokenKind.End => Messages.Get("EndOfCondition"),
            RuleTokenKind.Invalid => $"'{token.Text}' ({token.Problem})",
            _ => $"'{token.Text}'",
        };
        var chinese = Messages.IsChinese(CultureInfo.CurrentUICulture) || _tokens.Exists(t => t.Kind is not (RuleTokenKind.Identifier or RuleTokenKind.Literal or RuleTokenKind.Invalid) && RuleLexer.IsChinese(t.Text));
        var message = Messages.Format("Unexpected", problem is null ? Messages.Format("UnexpectedToken", found) : Messages.Format("ProblemFound", problem, found), string.Join(", ", expected.Select(e => Shown(e, chinese))));
        return Error(_ruleName, message, token.Line, token.Column, token.Text, expected);
    }

    // An expected token as the user reads it: a keyword in Chinese words when the messages are Chinese or the text
    // has Chinese words; a description ("a field name") as a message. RuleSyntaxError.Expected keeps the English tokens.
    private static string Shown(string expected, bool chinese) =>
        Described.TryGetValue(expected, out var key) ? Messages.Get(key)
            : chinese && RulePrinter.ChineseWords.TryGetValue(expected, out var word) ? (char.IsLetter(expected[0]) ? word : $"{expected} ({word})")
            : chinese && ExpectedAfterIs.TryGetValue(expected, out var after) ? after
            : expected;

    private static readonly Dictionary<string, string> Described = new(StringComparer.Ordinal)
    {
        [OperandStart[0]] = "RuleExpectedFieldName",
        [Literals[0]] = "RuleExpectedNumber",
        [Literals[1]] = "RuleExpectedText",
        [Literals[2]] = "RuleExpectedDate",
        ["the end"] = "EndOfCondition",
    };

    // After an English "is": what may follow, in the one Chinese word that stands for both.
    private static readonly Dictionary<string, string> ExpectedAfterIs = new(StringComparer.Ordinal)
    {
        ["empty"] = RulePrinter.ChineseWords["is empty"], ["not empty"] = RulePrinter.ChineseWords["is not empty"],
    };

    private static string Describe(RuleValueKind kind) => Messages.Get("Kind" + kind);

    // Where a node starts, and whether its keyword was a Chinese word.
    private static SourcePosition At(RuleToken start, RuleToken keyword) => new(start.Line, start.Column, RuleLexer.IsChinese(keyword.Text));
}
