namespace CustomerClassification.Rules;

/// <summary>
/// A walk over a condition's syntax tree with one method per node kind. The compiler, the explainer and the
/// printer each implement it, so a new node kind that one of them misses is a compile error, not a silent default.
/// </summary>
/// <typeparam name="T">What the walk yields per node.</typeparam>
internal interface IConditionVisitor<out T>
{
    T VisitAnd(AndCondition condition);

    T VisitOr(OrCondition condition);

    T VisitNot(NotCondition condition);

    T VisitComparison(ComparisonCondition condition);

    T VisitIn(InCondition condition);

    T VisitIsEmpty(IsEmptyCondition condition);

    T VisitHasTag(HasTagCondition condition);
}
