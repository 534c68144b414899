using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Customers;

namespace CustomerClassification.Rules;

/// <summary>
/// Emits a bound condition as one expression over a <see cref="CustomerProfile"/>: field reads inlined, thresholds
/// as constants, so the compiled rule reads fields and compares, nothing more.
/// </summary>
internal sealed class ConditionEmitter : IBoundVisitor<Expression>
{
    public static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private static readonly ConditionEmitter Instance = new();

    private ConditionEmitter()
    {
    }

    public static Expression Emit(BoundCondition condition) => condition.Accept(Instance);

    public Expression VisitAnd(BoundAnd condition) => Balanced(condition.Operands.Select(Emit).ToArray(), Expression.AndAlso);

    public Expression VisitOr(BoundOr condition) => Balanced(condition.Operands.Select(Emit).ToArray(), Expression.OrElse);

    public Expression VisitNot(BoundNot condition) => Expression.Not(Emit(condition.Operand));

    public Expression VisitHasTag(BoundHasTag condition)
    {
        var customer = Expression.Property(Profile, nameof(CustomerProfile.Customer));
        return Expression.Call(customer, typeof(Customer).GetMethod(nameof(Customer.HasTag))!, Expression.Constant(condition.Tag));
    }

    public Expression VisitText(BoundText condition)
    {
        var read = condition.Field!.Read(Profile);
        var test = condition.Operation switch
        {
            TextTest.Equal => Call(nameof(RuleOperations.TextEquals), read, condition.Texts[0]),
            TextTest.Contains => Call(nameof(RuleOperations.Contains), read, condition.Texts[0]),
            TextTest.StartsWith => Call(nameof(RuleOperations.StartsWith), read, condition.Texts[0]),
            TextTest.Under => Call(nameof(RuleOperations.Under), read, condition.Texts[0]),
            _ => Expression.Call(typeof(RuleOperations).GetMethod(nameof(RuleOperations.In))!, read, Expression.Constant(condition.Texts.ToArray())),
        };
        return condition.Negated ? Expression.Not(test) : test;
    }

    public Expression VisitValue(BoundValue condition)
    {
        var read = condition.Field!.Read(Profile);
        var test = Balanced(condition.Values.Select(v => (Expression)Ordered(condition.Comparison, read, v)).ToArray(), Expression.OrElse);
        return condition.Negated ? Expression.Not(test) : test;
    }

    public Expression VisitIsEmpty(BoundIsEmpty condition)
    {
        var field = condition.Field!;
        var read = field.Read(Profile);
        Expression empty = field.Kind == RuleFieldKind.Tags
            ? Expression.Equal(Expression.Property(read, nameof(IReadOnlyCollection<string>.Count)), Expression.Constant(0))
            : field.ValueType == typeof(string)
                ? Expression.Call(typeof(string).GetMethod(nameof(string.IsNullOrEmpty))!, read)
                : Expression.Not(Expression.Property(read, "HasValue"));
        return condition.Negated ? Expression.Not(empty) : empty;
    }

    /// <summary>
    /// A comparison with the field's own type: whole numbers stay integers for integer fields; empty fields compare
    /// false except under <c>&lt;&gt;</c> (lifted operators).
    /// </summary>
    private static BinaryExpression Ordered(ExpressionType op, Expression read, RuleValue value)
    {
        var type = read.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        object constant;
        if (value.Kind == RuleValueKind.Date)
        {
            constant = value.Date;
        }
        else if (value.Kind == RuleValueKind.Boolean)
        {
            constant = value.Boolean;
        }
        else if (underlying == typeof(int) && decimal.Truncate(value.Number) == value.Number && value.Number is >= int.MinValue and <= int.MaxValue)
        {
            constant = decimal.ToInt32(value.Number);
        }
        else
        {
            constant = value.Number;
            if (underlying != typeof(decimal))
            {
                type = type == underlying ? typeof(decimal) : typeof(decimal?);
                read = Expression.Convert(read, type);
            }
        }

        return Expression.MakeBinary(op, read, Expression.Constant(constant, type), liftToNull: false, method: null);
    }

    private static MethodCallExpression Call(string operation, Expression read, string text) =>
        Expression.Call(typeof(RuleOperations).GetMethod(operation)!, read, Expression.Constant(text));

    // a && b && c && d as (a && b) && (c && d): the same operands in the same order, short-circuiting alike, but
    // log n deep instead of n, so that a chain of hundreds of terms compiles in linear time.
    private static Expression Balanced(Expression[] operands, Func<Expression, Expression, BinaryExpression> join) => Balanced(operands, 0, operands.Length, join);

    private static Expression Balanced(Expression[] operands, int start, int count, Func<Expression, Expression, BinaryExpression> join) =>
        count == 1 ? operands[start] : join(Balanced(operands, start, count / 2, join), Balanced(operands, start + (count / 2), count - (count / 2), join));
}
