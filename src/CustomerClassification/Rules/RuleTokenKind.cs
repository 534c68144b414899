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

    /// <summary>不属于: <c>not in</c> in one word.</summary>
    NotIn,

    /// <summary>为空: <c>is empty</c> in one word.</summary>
    IsEmpty,

    /// <summary>不为空, 非空: <c>is not empty</c> in one word.</summary>
    IsNotEmpty,

    /// <summary>有标签: <c>has tag</c> in one word.</summary>
    HasTag,
}
