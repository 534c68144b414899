using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// A node of a rule condition's syntax tree: the same tree whether the condition was parsed from text
/// (<see cref="Parse"/>) or built in code (<see cref="RuleFields"/>, <see cref="And"/>, <see cref="Or"/>,
/// <see cref="Not"/>). Immutable; trees are equal when their structure and values are equal.
/// <see cref="ToString"/> prints the condition in the rule language, and parsing the print gives an equal tree.
/// Field names are checked against an archive only when a <see cref="RuleSet"/> is compiled.
/// </summary>
public abstract class RuleCondition : IEquatable<RuleCondition>
{
    /// <summary>The deepest a condition may nest (each <c>and</c>, <c>or</c> and <c>not</c> is a level).</summary>
    public const int MaxDepth = 64;

    private protected RuleCondition(SourcePosition at)
    {
        Line = at.Line;
        Column = at.Column;
        Chinese = at.Chinese;
    }

    /// <summary>Gets the nesting depth: 1 for a single comparison.</summary>
    public abstract int Depth { get; }

    // Where the parser found the node (1-based), so compile errors can point into the text; 0 for built trees. Not part of equality.
    internal int Line { get; }

    internal int Column { get; }

    // Whether its keyword or operator was written in Chinese words, to print it back so. Not part of equality.
    internal bool Chinese { get; }

    /// <summary>Calls the visitor's method for this node's kind.</summary>
    internal abstract T Accept<T>(IConditionVisitor<T> visitor);

    /// <summary>
    /// Parses a condition written in the rule language, such as
    /// <c>合作年限 &gt;= 3 且 月均采购额 &gt; 5万 且 类型 = '经销商'</c>. Only the syntax is checked here; field
    /// names and types are checked when a <see cref="RuleSet"/> is compiled.
    /// </summary>
    /// <param name="text">The condition, at most <see cref="RuleLimits.MaxConditionLength"/> characters.</param>
    /// <returns>The syntax tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="RuleSyntaxException">The text is not a condition: the error gives the line, column, offending text and the tokens expected.</exception>
    public static RuleCondition Parse(string text) => RuleParser.Parse(Guard.Against.Null(text), ruleName: null);

    /// <summary>Combines this condition and another with <c>and</c>; an <c>and</c> on either side is extended rather than nested.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The result would nest deeper than <see cref="RuleLimits.MaxBuiltDepth"/>.</exception>
    public RuleCondition And(RuleCondition other) =>
        new AndCondition(Operands<AndCondition>(this).Concat(Operands<AndCondition>(Guard.Against.Null(other))));

    /// <summary>Combines this condition and another with <c>or</c>; an <c>or</c> on either side is extended rather than nested.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The result would nest deeper than <see cref="RuleLimits.MaxBuiltDepth"/>.</exception>
    public RuleCondition Or(RuleCondition other) =>
        new OrCondition(Operands<OrCondition>(this).Concat(Operands<OrCondition>(Guard.Against.Null(other))));

    /// <summary>Negates this condition.</summary>
    /// <returns><c>not</c> this condition.</returns>
    /// <exception cref="ArgumentException">The result would nest deeper than <see cref="RuleLimits.MaxBuiltDepth"/>.</exception>
    public RuleCondition Not() => new NotCondition(this);

    /// <inheritdoc />
    public abstract bool Equals(RuleCondition? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleCondition other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Prints the condition in the rule language: each keyword and operator in the words it was parsed from (且, 大于, 为空), else in English words and ASCII operators.</summary>
    /// <returns>The condition text; <see cref="Parse"/> gives an equal tree back.</returns>
    public override string ToString() => RulePrinter.Print(this);

    private static IEnumerable<RuleCondition> Operands<T>(RuleCondition condition)
        where T : LogicalCondition => condition is T logical ? logical.Operands : [condition];
}
