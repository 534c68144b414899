namespace CustomerClassification.Rules;

/// <summary>A walk over a bound condition with one method per node kind: the emitter and the explainer implement it, so a node kind one of them misses does not compile.</summary>
/// <typeparam name="T">What the walk yields per node.</typeparam>
internal interface IBoundVisitor<out T>
{
    T VisitAnd(BoundAnd condition);

    T VisitOr(BoundOr condition);

    T VisitNot(BoundNot condition);

    T VisitText(BoundText condition);

    T VisitValue(BoundValue condition);

    T VisitIsEmpty(BoundIsEmpty condition);

    T VisitHasTag(BoundHasTag condition);
}
