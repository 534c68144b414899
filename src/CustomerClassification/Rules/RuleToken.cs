namespace CustomerClassification.Rules;

/// <summary>A token of rule text: its kind, the text as written, where it starts, and its value for literals and operators.</summary>
internal readonly record struct RuleToken(RuleTokenKind Kind, string Text, int Line, int Column, RuleValue Value = default, ComparisonOperator Operator = default, string? Problem = null);
