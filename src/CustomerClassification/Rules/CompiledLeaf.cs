using System.Linq.Expressions;
using System.Threading;

namespace CustomerClassification.Rules;

/// <summary>One comparison of a compiled rule, kept so that an explanation can show its result and the value it saw.</summary>
internal sealed class CompiledLeaf
{
    private readonly Expression _body;
    private Func<CustomerProfile, bool>? _test;

    public CompiledLeaf(Expression body, FieldAccessor? field)
    {
        _body = body;
        Field = field;
    }

    /// <summary>Gets the field read, or null for <c>has tag</c>.</summary>
    public FieldAccessor? Field { get; }

    /// <summary>Evaluates the comparison alone (compiled on first use: explanations are rare, compiling every rule set is not).</summary>
    public bool Test(CustomerProfile profile)
    {
        var test = Volatile.Read(ref _test);
        if (test is null)
        {
            test = Expression.Lambda<Func<CustomerProfile, bool>>(_body, ConditionCompiler.Profile).Compile();
            Volatile.Write(ref _test, test);
        }

        return test(profile);
    }
}
