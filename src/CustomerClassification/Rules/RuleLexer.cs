using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Splits rule text into tokens. Outside quotes, full-width forms (＞＝, （ ）, ，) read as their ASCII forms and
/// 且 / 或 / 非 at the start of a word, or right after a number, a keyword, a literal or a Latin word, are the
/// keywords and / or / not, so Chinese text needs no spaces. Every keyword and operator has Chinese words too
/// (<see cref="ChineseWords"/>), which stand between spaces as English words do.
/// A character that starts no token becomes an invalid token, so the parser can say what it expected instead.
/// </summary>
internal sealed class RuleLexer
{
    private static readonly Dictionary<string, RuleTokenKind> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["and"] = RuleTokenKind.And,
        ["or"] = RuleTokenKind.Or,
        ["not"] = RuleTokenKind.Not,
        ["in"] = RuleTokenKind.In,
        ["under"] = RuleTokenKind.Under,
        ["contains"] = RuleTokenKind.Contains,
        ["startswith"] = RuleTokenKind.StartsWith,
        ["has"] = RuleTokenKind.Has,
        ["tag"] = RuleTokenKind.Tag,
        ["is"] = RuleTokenKind.Is,
        ["empty"] = RuleTokenKind.Empty,
        ["true"] = RuleTokenKind.Literal,
        ["false"] = RuleTokenKind.Literal,
        ["且"] = RuleTokenKind.And,
        ["或"] = RuleTokenKind.Or,
        ["非"] = RuleTokenKind.Not,
        ["并且"] = RuleTokenKind.And,
        ["而且"] = RuleTokenKind.And,
        ["或者"] = RuleTokenKind.Or,
        ["不是"] = RuleTokenKind.Not,
        ["属于"] = RuleTokenKind.In,
        ["不属于"] = RuleTokenKind.NotIn,
        ["包含"] = RuleTokenKind.Contains,
        ["开头是"] = RuleTokenKind.StartsWith,
        ["为空"] = RuleTokenKind.IsEmpty,
        ["不为空"] = RuleTokenKind.IsNotEmpty,
        ["非空"] = RuleTokenKind.IsNotEmpty,
        ["有标签"] = RuleTokenKind.HasTag,
    };

    // The comparison operators in words, read as their symbols.
    private static readonly Dictionary<string, ComparisonOperator> OperatorWords = new(StringComparer.Ordinal)
    {
        ["等于"] = ComparisonOperator.Equal,
        ["不等于"] = ComparisonOperator.NotEqual,
        ["大于"] = ComparisonOperator.GreaterThan,
        ["小于"] = ComparisonOperator.LessThan,
        ["大于等于"] = ComparisonOperator.GreaterThanOrEqual,
        ["不小于"] = ComparisonOperator.GreaterThanOrEqual,
        ["小于等于"] = ComparisonOperator.LessThanOrEqual,
        ["不大于"] = ComparisonOperator.LessThanOrEqual,
    };

    /// <summary>Gets every Chinese word the rule language reads (且 and 并且 for <c>and</c>, 大于 for <c>&gt;</c>, …), none of which can be a field name.</summary>
    public static IEnumerable<string> ChineseWords => Keywords.Keys.Concat(OperatorWords.Keys).Where(IsChinese);

    /// <summary>Tells whether a token was written in Chinese words (且, 大于, 为空), not in English words or symbols.</summary>
    public static bool IsChinese(string text) => text.Any(c => c > 127 && char.IsLetter(c));

    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private RuleLexer(string text) => _text = text;

    /// <summary>
    /// Tells whether a name can be a field in rule text, so that a printed tree parses back the same: an identifier
    /// that is not a keyword, does not start with 且, 或 or 非, and holds no full-width forms (which read as ASCII).
    /// </summary>
    public static bool IsFieldName(string name) =>
        name.Length > 0 && IsIdentifierStart(name[0]) && !IsChineseKeyword(name[0]) && name.All(c => IsIdentifierPart(c) && Fold(c) == c) && !Keywords.ContainsKey(name) && !OperatorWords.ContainsKey(name);

    public static List<RuleToken> Tokenize(string text)
    {
        var lexer = new RuleLexer(text);
        var tokens = new List<RuleToken>();
        RuleToken token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind is not (RuleTokenKind.End or RuleTokenKind.Invalid));

        return tokens;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsChineseKeyword(char c) => c is '且' or '或' or '非';

    private static char Fold(char c) => c switch
    {
        '\u3000' => ' ',
        '、' => ',',
        _ => MnemonicCode.FoldWidth(c),
    };

    private char Peek(int ahead = 0) => _index + ahead < _text.Length ? Fold(_text[_index + ahead]) : '\0';

    private RuleToken Next()
    {
        SkipWhiteSpace();
        if (_index >= _text.Length)
        {
            return Token(RuleTokenKind.End, _index, _index);
        }

        var c = Peek();
        var start = _index;
        if (IsChineseKeyword(c) && !StartsLongerKeyword())
        {
            _index++;
            return Token(Keywords[c.ToString()], start, _index);
        }

        if (IsIdentifierStart(c))
        {
            return Word(start);
        }

        if (IsAsciiDigit(c) || (c == '-' && IsAsciiDigit(Peek(1))))
        {
            return NumberOrDate(start);
        }

        if (c is '\'' or '"' or '‘' or '“')
        {
            return Quoted(start, c);
        }

        return Symbol(start, c);
    }

    // 或者, 非空 begin with a one-letter keyword; whole, followed by no more of a name, they are the longer keyword.
    private bool StartsLongerKeyword()
    {
        var length = 0;
        while (IsIdentifierPart(Peek(length)))
        {
            length++;
        }

        return length > 1 && Keywords.ContainsKey(_text.Substring(_index, length));
    }

    private void SkipWhiteSpace()
    {
        while (_index < _text.Length && char.IsWhiteSpace(Peek()))
        {
            var c = _text[_index++];
            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                _line++;
                _lineStart = _index;
            }
        }
    }

    private RuleToken Word(int start)
    {
        var word = new StringBuilder();
        while (_index < _text.Length && IsIdentifierPart(Peek()))
        {
            // 且 / 或 / 非 end a keyword, a literal or a Latin word as they end a number (false且合作年限 >= 3); inside a
            // Chinese name they are part of it.
            if (IsChineseKeyword(Peek()) && word.Length > 0 && (Keywords.ContainsKey(word.ToString()) || word.ToString().All(c => c < 128)))
            {
                break;
            }

            word.Append(Peek());
            _index++;
        }

        var text = word.ToString();
        if (OperatorWords.TryGetValue(text, out var op))
        {
            return Token(RuleTokenKind.Operator, start, _index) with { Operator = op };
        }

        if (!Keywords.TryGetValue(text, out var kind))
        {
            return Token(RuleTokenKind.Identifier, start, _index) with { Text = text };
        }

        return kind == RuleTokenKind.Literal
            ? Token(kind, start, _index) with { Value = RuleValue.FromBoolean(text.Equals("true", StringComparison.OrdinalIgnoreCase)) }
            : Token(kind, start, _index);
    }

    private RuleToken NumberOrDate(int start)
    {
        var number = new StringBuilder();
        number.Append(Peek());
        _index++;
        Digits(number);
        if (number.Length == 4 && number[0] != '-' && Peek() == '-' && IsAsciiDigit(Peek(1)))
        {
            return Date(start, number);
        }

        if (Peek() == '.' && IsAsciiDigit(Peek(1)))
        {
            number.Append('.');
            _index++;
            Digits(number);
        }

        var multiplier = Peek() switch
        {
            '万' => 10_000m,
            '亿' => 100_000_000m,
            _ => 1m,
        };
        if (multiplier != 1m)
        {
            _index++;
        }

        if ((IsIdentifierPart(Peek()) && !IsChineseKeyword(Peek())) || Peek() == '.')
        {
            while (IsIdentifierPart(Peek()) || Peek() == '.')
            {
                _index++;
            }

            return Invalid(start, "a number runs into letters or a second decimal point");
        }

        if (!decimal.TryParse(number.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) > decimal.MaxValue / multiplier)
        {
            return Invalid(start, "the number is too large");
        }

        return Token(RuleTokenKind.Literal, start, _index) with { Value = RuleValue.FromNumber(value * multiplier) };
    }

    private RuleToken Date(int start, StringBuilder text)
    {
        var parts = new List<int> { int.Parse(text.ToString(), CultureInfo.InvariantCulture) };
        while (parts.Count < 3 && Peek() == '-' && IsAsciiDigit(Peek(1)))
        {
            _index++;
            var part = new StringBuilder();
            Digits(part);
            parts.Add(part.Length <= 2 ? int.Parse(part.ToString(), CultureInfo.InvariantCulture) : 0);
        }

        while (IsIdentifierPart(Peek()) || Peek() == '-')
        {
            _index++;
        }

        var length = _index - start;
        if (parts.Count == 3 && length <= 10 && parts[0] >= 1 && parts[1] is >= 1 and <= 12
            && parts[2] >= 1 && parts[2] <= CalendarSystem.Iso.GetDaysInMonth(parts[0], parts[1]))
        {
            return Token(RuleTokenKind.Literal, start, _index) with { Value = RuleValue.FromDate(new LocalDate(parts[0], parts[1], parts[2])) };
        }

        return Invalid(start, "not a valid date: write yyyy-mm-dd, such as 2024-01-31");
    }

    private void Digits(StringBuilder into)
    {
        while (IsAsciiDigit(Peek()))
        {
            into.Append(Peek());
            _index++;
        }
    }

    private RuleToken Quoted(int start, char open)
    {
        var close = open switch
        {
            '‘' => '’',
            '“' => '”',
            _ => open,
        };
        var doubles = open == close;
        var value = new StringBuilder();
        _index++;
        while (_index < _text.Length && !char.IsControl(_text[_index]))
        {
            var c = _text[_index++];
            if (c != close)
            {
                value.Append(c);
            }
            else if (doubles && _index < _text.Length && _text[_index] == close)
            {
                value.Append(c);
                _index++;
            }
            else
            {
                // A literal is text like any other: no lone surrogate or invisible character (control characters end it above).
                return PlainText.Problem(value.ToString(), Messages.Get("WhatLiteral")) is { } problem
                    ? Invalid(start, problem)
                    : Token(RuleTokenKind.Literal, start, _index) with { Value = RuleValue.FromText(value.ToString()) };
            }
        }

        return Invalid(start, Messages.Format("TextNotClosed", close));
    }

    private RuleToken Symbol(int start, char c)
    {
        var (kind, op, length) = (c, Peek(1)) switch
        {
            ('<', '>') => (RuleTokenKind.Operator, ComparisonOperator.NotEqual, 2),
            ('!', '=') => (RuleTokenKind.Operator, ComparisonOperator.NotEqual, 2),
            ('<', '=') => (RuleTokenKind.Operator, ComparisonOperator.LessThanOrEqual, 2),
            ('>', '=') => (RuleTokenKind.Operator, ComparisonOperator.GreaterThanOrEqual, 2),
            ('=', '=') => (RuleTokenKind.Operator, ComparisonOperator.Equal, 2),
            ('=', _) => (RuleTokenKind.Operator, ComparisonOperator.Equal, 1),
            ('<', _) => (RuleTokenKind.Operator, ComparisonOperator.LessThan, 1),
            ('>', _) => (RuleTokenKind.Operator, ComparisonOperator.GreaterThan, 1),
            ('≠', _) => (RuleTokenKind.Operator, ComparisonOperator.NotEqual, 1),
            ('≤', _) => (RuleTokenKind.Operator, ComparisonOperator.LessThanOrEqual, 1),
            ('≥', _) => (RuleTokenKind.Operator, ComparisonOperator.GreaterThanOrEqual, 1),
            ('(', _) => (RuleTokenKind.LeftParenthesis, default, 1),
            (')', _) => (RuleTokenKind.RightParenthesis, default, 1),
            (',', _) => (RuleTokenKind.Comma, default, 1),
            _ => (RuleTokenKind.Invalid, default(ComparisonOperator), char.IsHighSurrogate(_text[_index]) && _index + 1 < _text.Length ? 2 : 1),
        };
        _index += length;
        return kind == RuleTokenKind.Invalid
            ? Invalid(start, Messages.Format("NotRuleLanguage", _text.Substring(start, length)))
            : Token(kind, start, _index) with { Operator = op };
    }

    private RuleToken Invalid(int start, string problem) => Token(RuleTokenKind.Invalid, start, _index) with { Problem = problem };

    private RuleToken Token(RuleTokenKind kind, int start, int end) =>
        new(kind, _text.Substring(start, end - start), _line, start - _lineStart + 1);
}
