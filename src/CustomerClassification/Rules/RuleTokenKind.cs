namespace CustomerClassification.Rules;

internal enum RuleTokenKind
{
    End,
    Invalid,
    Identifier,
    Literal,
    Operator,
    LeftParenthesis,
    RightParenthesis,
    Comma,
    And,
    Or,
    Not,
    In,
    Under,
    Contains,
    StartsWith,
    Has,
    Tag,
    Is,
    Empty,
}
