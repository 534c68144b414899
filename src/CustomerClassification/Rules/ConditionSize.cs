using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>The number of tests (comparisons, <c>in</c>, <c>is empty</c>, <c>has tag</c>) in a condition: what compiling it costs.</summary>
internal sealed class ConditionSize : IConditionVisitor<int>
{
    public static readonly ConditionSize Instance = new();

    public int VisitAnd(AndCondition condition) => condition.Operands.Sum(o => o.Accept(this));

    public int VisitOr(OrCondition condition) => condition.Operands.Sum(o => o.Accept(this));

    public int VisitNot(NotCondition condition) => condition.Operand.Accept(this);

    public int VisitComparison(ComparisonCondition condition) => 1;

    public int VisitIn(InCondition condition) => 1;

    public int VisitIsEmpty(IsEmptyCondition condition) => 1;

    public int VisitHasTag(HasTagCondition condition) => 1;
}
