namespace CustomerClassification.Rules;

/// <summary>
/// Where in a rule's text the parser found a condition (1-based line and column), and whether its keyword or operator
/// was written in Chinese words (且, 大于, 为空), so that it prints back as written; <c>default</c> for a condition built in code.
/// </summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
internal readonly record struct SourcePosition(int Line, int Column, bool Chinese = false);
