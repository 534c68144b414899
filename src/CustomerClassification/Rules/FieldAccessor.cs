using System.Linq.Expressions;
using System.Threading;

namespace CustomerClassification.Rules;

/// <summary>
/// A field rules may read: its canonical name, its kind and how to read it from a profile, as an expression
/// over a <see cref="CustomerProfile"/> written in this library. Rule text only chooses among these; nothing
/// in the text reaches a member lookup.
/// </summary>
internal sealed class FieldAccessor
{
    private Func<CustomerProfile, object?>? _reader;

    public FieldAccessor(string name, RuleFieldKind kind, LambdaExpression accessor, string? dimension = null)
    {
        Name = name;
        Kind = kind;
        Accessor = accessor;
        Dimension = dimension;
    }

    public string Name { get; }

    public RuleFieldKind Kind { get; }

    /// <summary>Gets the dimension whose code the field is, for <see cref="RuleFieldKind.Dimension"/>.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the accessor: a lambda from <see cref="CustomerProfile"/> to the value (nullable when the field can be empty).</summary>
    public LambdaExpression Accessor { get; }

    public Type ValueType => Accessor.ReturnType;

    /// <summary>Gets a value indicating whether the field can be empty.</summary>
    public bool CanBeEmpty => !ValueType.IsValueType || Nullable.GetUnderlyingType(ValueType) is not null;

    /// <summary>Reads the value, boxed, for explanations (compiled on first use).</summary>
    public object? Read(CustomerProfile profile)
    {
        var reader = Volatile.Read(ref _reader);
        if (reader is null)
        {
            var parameter = Accessor.Parameters[0];
            reader = Expression.Lambda<Func<CustomerProfile, object?>>(Expression.Convert(Accessor.Body, typeof(object)), parameter).Compile();
            Volatile.Write(ref _reader, reader);
        }

        return reader(profile);
    }

    /// <summary>Gets the accessor's body reading from another parameter.</summary>
    public Expression Read(ParameterExpression profile) => Substitute(Accessor, profile);

    /// <summary>Gets a one-parameter lambda's body reading from another expression in place of its parameter.</summary>
    public static Expression Substitute(LambdaExpression lambda, Expression argument) => new Rebind(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
