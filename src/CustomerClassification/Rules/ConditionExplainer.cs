using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Explains how a bound condition came out for one profile: every node with its result, and each comparison with
/// the value it saw.
/// </summary>
internal sealed class ConditionExplainer : IBoundVisitor<ConditionExplanation>
{
    private readonly CustomerProfile _profile;

    private ConditionExplainer(CustomerProfile profile) => _profile = profile;

    public static ConditionExplanation Explain(BoundCondition condition, CustomerProfile profile) => condition.Accept(new ConditionExplainer(profile));

    public ConditionExplanation VisitAnd(BoundAnd condition)
    {
        var operands = Operands(condition.Operands);
        return new ConditionExplanation(condition.Syntax, operands.TrueForAll(o => o.Result), null, operands);
    }

    public ConditionExplanation VisitOr(BoundOr condition)
    {
        var operands = Operands(condition.Operands);
        return new ConditionExplanation(condition.Syntax, operands.Exists(o => o.Result), null, operands);
    }

    public ConditionExplanation VisitNot(BoundNot condition)
    {
        var inner = condition.Operand.Accept(this);
        return new ConditionExplanation(condition.Syntax, !inner.Result, null, [inner]);
    }

    public ConditionExplanation VisitText(BoundText condition) => Leaf(condition);

    public ConditionExplanation VisitValue(BoundValue condition) => Leaf(condition);

    public ConditionExplanation VisitIsEmpty(BoundIsEmpty condition) => Leaf(condition);

    public ConditionExplanation VisitHasTag(BoundHasTag condition) => Leaf(condition);

    private static string Format(object? value) => value switch
    {
        null or "" => "empty",
        decimal number => number.ToString("#,0.##########", CultureInfo.InvariantCulture),
        int number => number.ToString("#,0", CultureInfo.InvariantCulture),
        LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        bool yes => yes ? "true" : "false",
        IEnumerable<string> tags => tags.Any() ? string.Join(", ", tags) : "no tags",
        _ => value.ToString() ?? "empty",
    };

    // Every operand is explained, even after the result is known, to show them all.
    private List<ConditionExplanation> Operands(IReadOnlyList<BoundCondition> operands) => operands.Select(o => o.Accept(this)).ToList();

    private ConditionExplanation Leaf(BoundLeaf leaf)
    {
        var seen = leaf.Field is { } field ? field.Read(_profile) : _profile.Customer.Tags;
        return new ConditionExplanation(leaf.Syntax, leaf.Test(_profile), Format(seen), [], leaf.Field?.Name);
    }
}
