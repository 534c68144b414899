namespace CustomerClassification.Rules;

/// <summary>The operator of a <see cref="ComparisonCondition"/>, with how a rule writes it.</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c>: equal (texts and codes exactly, ordinal).</summary>
    Equal = 1,

    /// <summary><c>&lt;&gt;</c> or <c>!=</c>: not equal; an empty field is not equal to anything.</summary>
    NotEqual = 2,

    /// <summary><c>&lt;</c>: less than (numbers and dates).</summary>
    LessThan = 3,

    /// <summary><c>&lt;=</c>: less than or equal (numbers and dates).</summary>
    LessThanOrEqual = 4,

    /// <summary><c>&gt;</c>: greater than (numbers and dates).</summary>
    GreaterThan = 5,

    /// <summary><c>&gt;=</c>: greater than or equal (numbers and dates).</summary>
    GreaterThanOrEqual = 6,

    /// <summary><c>contains</c>: the text holds the given text (ordinal).</summary>
    Contains = 7,

    /// <summary><c>startswith</c>: the text starts with the given text (ordinal).</summary>
    StartsWith = 8,

    /// <summary><c>under</c>: the customer's code in a dimension is the given category or one of its descendants.</summary>
    Under = 9,
}
