using System.Linq.Expressions;
using System.Threading;

namespace CustomerClassification.Rules;

/// <summary>
/// A comparison: the one node an explanation shows with the value it saw. Its own test is compiled on first use,
/// for explanations only; evaluation runs the rule's fused delegate.
/// </summary>
internal abstract class BoundLeaf(RuleCondition syntax, FieldAccessor? field) : BoundCondition(syntax)
{
    private Func<CustomerProfile, bool>? _test;

    /// <summary>Gets the field the comparison reads, or null for <c>has tag</c>.</summary>
    public FieldAccessor? Field { get; } = field;

    public bool Test(CustomerProfile profile)
    {
        var test = Volatile.Read(ref _test);
        if (test is null)
        {
            test = Expression.Lambda<Func<CustomerProfile, bool>>(ConditionEmitter.Emit(this), ConditionEmitter.Profile).Compile();
            Volatile.Write(ref _test, test);
        }

        return test(profile);
    }
}
