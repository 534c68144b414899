using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Explains how a compiled condition came out for one profile: every node with its result, and each comparison
/// with the value it saw. Comparisons are met in the same pre-order as the compiler recorded its leaves.
/// </summary>
internal sealed class ConditionExplainer : IConditionVisitor<ConditionExplanation>
{
    private readonly IReadOnlyList<CompiledLeaf> _leaves;
    private readonly CustomerProfile _profile;
    private int _next;

    private ConditionExplainer(IReadOnlyList<CompiledLeaf> leaves, CustomerProfile profile)
    {
        _leaves = leaves;
        _profile = profile;
    }

    public static ConditionExplanation Explain(RuleCondition condition, IReadOnlyList<CompiledLeaf> leaves, CustomerProfile profile) =>
        condition.Accept(new ConditionExplainer(leaves, profile));

    public ConditionExplanation VisitAnd(AndCondition condition)
    {
        var operands = Operands(condition);
        return new ConditionExplanation(condition, operands.TrueForAll(o => o.Result), null, operands);
    }

    public ConditionExplanation VisitOr(OrCondition condition)
    {
        var operands = Operands(condition);
        return new ConditionExplanation(condition, operands.Exists(o => o.Result), null, operands);
    }

    public ConditionExplanation VisitNot(NotCondition condition)
    {
        var inner = condition.Operand.Accept(this);
        return new ConditionExplanation(condition, !inner.Result, null, [inner]);
    }

    public ConditionExplanation VisitComparison(ComparisonCondition condition) => Leaf(condition);

    public ConditionExplanation VisitIn(InCondition condition) => Leaf(condition);

    public ConditionExplanation VisitIsEmpty(IsEmptyCondition condition) => Leaf(condition);

    public ConditionExplanation VisitHasTag(HasTagCondition condition) => Leaf(condition);

    private static string Format(object? value) => value switch
    {
        null or "" => "empty",
        decimal number => number.ToString("#,0.##########", CultureInfo.InvariantCulture),
        int number => number.ToString("#,0", CultureInfo.InvariantCulture),
        LocalDate date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes ? "true" : "false",
        IEnumerable<string> tags => tags.Any() ? string.Join(", ", tags) : "no tags",
        _ => value.ToString() ?? "empty",
    };

    // Every operand is explained, even after the result is known, to show them all.
    private List<ConditionExplanation> Operands(LogicalCondition condition) => condition.Operands.Select(o => o.Accept(this)).ToList();

    private ConditionExplanation Leaf(RuleCondition condition)
    {
        var leaf = _leaves[_next++];
        var seen = leaf.Field is { } field ? field.Read(_profile) : _profile.Customer.Tags;
        return new ConditionExplanation(condition, leaf.Test(_profile), Format(seen), []);
    }
}
