namespace CustomerClassification.Rules;

/// <summary>What a field holds, which decides the comparisons it allows.</summary>
internal enum RuleFieldKind
{
    Number = 1,
    Text = 2,
    Date = 3,
    Boolean = 4,
    Dimension = 5,
    Tags = 6,
}
