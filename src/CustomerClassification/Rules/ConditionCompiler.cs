using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Type-checks a condition against the field whitelist and the archive's trees and turns it into one
/// expression over a <see cref="CustomerProfile"/>. Every problem is recorded, not just the first.
/// </summary>
internal sealed class ConditionCompiler : IConditionVisitor<Expression>
{
    public static readonly ParameterExpression Profile = Expression.Parameter(typeof(CustomerProfile), "profile");

    private static readonly Expression False = Expression.Constant(false);

    private readonly RuleFieldCatalog _catalog;
    private readonly ArchiveSnapshot _archive;
    private readonly string _ruleName;
    private readonly List<RuleSyntaxError> _errors;

    public ConditionCompiler(RuleFieldCatalog catalog, ArchiveSnapshot archive, string ruleName, List<RuleSyntaxError> errors)
    {
        _catalog = catalog;
        _archive = archive;
        _ruleName = ruleName;
        _errors = errors;
    }

    /// <summary>Gets the comparisons in the order a pre-order walk of the tree meets them.</summary>
    public List<CompiledLeaf> Leaves { get; } = [];

    public Expression Build(RuleCondition condition) => condition.Accept(this);

    Expression IConditionVisitor<Expression>.VisitAnd(AndCondition condition) => condition.Operands.Select(Build).Aggregate(Expression.AndAlso);

    Expression IConditionVisitor<Expression>.VisitOr(OrCondition condition) => condition.Operands.Select(Build).Aggregate(Expression.OrElse);

    Expression IConditionVisitor<Expression>.VisitNot(NotCondition condition) => Expression.Not(Build(condition.Operand));

    Expression IConditionVisitor<Expression>.VisitHasTag(HasTagCondition condition)
    {
        var customer = Expression.Property(Profile, nameof(CustomerProfile.Customer));
        return Leaf(Expression.Call(customer, typeof(Customer).GetMethod(nameof(Customer.HasTag))!, Expression.Constant(condition.Tag)), null);
    }

    Expression IConditionVisitor<Expression>.VisitComparison(ComparisonCondition condition) => OnField(condition, field => Comparison(condition, field));

    Expression IConditionVisitor<Expression>.VisitIn(InCondition condition) => OnField(condition, field => In(condition, field));

    Expression IConditionVisitor<Expression>.VisitIsEmpty(IsEmptyCondition condition) => OnField(condition, field => IsEmpty(condition, field));

    // Resolves the field a comparison reads, then builds its test; an unknown field is an error with the closest names.
    private Expression OnField(FieldCondition leaf, Func<FieldAccessor, Expression> build)
    {
        if (_catalog.Find(leaf.Field) is not { } field)
        {
            var closest = _catalog.Closest(leaf.Field);
            return Fail(leaf, $"Unknown field '{leaf.Field}'; the closest known names are {string.Join(", ", closest)}.", leaf.Field, closest);
        }

        var body = build(field);
        return body == False ? False : Leaf(body, field);
    }

    private Expression Leaf(Expression body, FieldAccessor? field)
    {
        Leaves.Add(new CompiledLeaf(body, field));
        return body;
    }

    private Expression Comparison(ComparisonCondition condition, FieldAccessor field)
    {
        var op = condition.Operator;
        var value = condition.Value;
        var read = field.Read(Profile);
        switch (op)
        {
            case ComparisonOperator.Under:
                return field.Kind == RuleFieldKind.Dimension
                    ? KnownCode(condition, field, value.Text) ? Call(nameof(RuleOperations.Under), read, value.Text) : False
                    : Fail(condition, $"'under' needs a dimension such as category or region; '{condition.Field}' is a {Describe(field.Kind)}.", condition.Field, ["a dimension"]);
            case ComparisonOperator.Contains or ComparisonOperator.StartsWith:
                return field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension
                    ? Call(op == ComparisonOperator.Contains ? nameof(RuleOperations.Contains) : nameof(RuleOperations.StartsWith), read, value.Text)
                    : Fail(condition, $"'{RulePrinter.Symbol(op)}' needs a text field; '{condition.Field}' is a {Describe(field.Kind)}.", condition.Field, ["a text field"]);
            case ComparisonOperator.Equal or ComparisonOperator.NotEqual:
                var equal = Equality(condition, field, value, read);
                return equal == False || op == ComparisonOperator.Equal ? equal : Expression.Not(equal);
            default:
                if (field.Kind is not (RuleFieldKind.Number or RuleFieldKind.Date))
                {
                    return Fail(condition, $"'{RulePrinter.Symbol(op)}' compares numbers and dates; '{condition.Field}' is a {Describe(field.Kind)}: use =, <>, in, contains or startswith.", condition.Field, ["=", "<>", "in"]);
                }

                return Matches(condition, field, value) ? Ordered(ExpressionTypeOf(op), read, value) : False;
        }
    }

    private Expression In(InCondition condition, FieldAccessor field)
    {
        var read = field.Read(Profile);
        Expression test;
        if (field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension && condition.Values[0].Kind == RuleValueKind.Text)
        {
            var codes = condition.Values.Select(v => v.Text).ToArray();
            if (field.Kind == RuleFieldKind.Dimension && !codes.All(code => KnownCode(condition, field, code)))
            {
                return False;
            }

            test = Expression.Call(typeof(RuleOperations).GetMethod(nameof(RuleOperations.In))!, read, Expression.Constant(codes));
        }
        else if (Matches(condition, field, condition.Values[0]) && field.Kind != RuleFieldKind.Boolean)
        {
            test = condition.Values.Select(v => Ordered(ExpressionType.Equal, read, v)).Aggregate(Expression.OrElse);
        }
        else
        {
            return field.Kind == RuleFieldKind.Boolean
                ? Fail(condition, $"'{condition.Field}' is yes/no: compare it with = true or = false.", condition.Field, ["="])
                : False;
        }

        return condition.Negated ? Expression.Not(test) : test;
    }

    private Expression IsEmpty(IsEmptyCondition condition, FieldAccessor field)
    {
        var read = field.Read(Profile);
        Expression empty;
        if (field.Kind == RuleFieldKind.Tags)
        {
            empty = Expression.Equal(Expression.Property(read, nameof(IReadOnlyCollection<string>.Count)), Expression.Constant(0));
        }
        else if (field.ValueType == typeof(string))
        {
            empty = Expression.Call(typeof(string).GetMethod(nameof(string.IsNullOrEmpty))!, read);
        }
        else if (field.CanBeEmpty)
        {
            empty = Expression.Not(Expression.Property(read, "HasValue"));
        }
        else
        {
            return Fail(condition, $"'{condition.Field}' always has a value, so it is never empty.", condition.Field, []);
        }

        return condition.Negated ? Expression.Not(empty) : empty;
    }

    private Expression Equality(ComparisonCondition condition, FieldAccessor field, RuleValue value, Expression read)
    {
        if (field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension && value.Kind == RuleValueKind.Text)
        {
            return field.Kind == RuleFieldKind.Text || KnownCode(condition, field, value.Text) ? Call(nameof(RuleOperations.TextEquals), read, value.Text) : False;
        }

        return Matches(condition, field, value) ? Ordered(ExpressionType.Equal, read, value) : False;
    }

    /// <summary>Tells whether a field of number, date or yes/no kind can be compared with a value; records the error when not.</summary>
    private bool Matches(FieldCondition condition, FieldAccessor field, RuleValue value)
    {
        var expected = field.Kind switch
        {
            RuleFieldKind.Number => RuleValueKind.Number,
            RuleFieldKind.Date => RuleValueKind.Date,
            RuleFieldKind.Boolean => RuleValueKind.Boolean,
            RuleFieldKind.Tags => (RuleValueKind?)null,
            _ => RuleValueKind.Text,
        };
        if (expected == value.Kind)
        {
            return true;
        }

        if (expected is null)
        {
            Fail(condition, $"'{condition.Field}' is read with has tag '…' or '{condition.Field} is empty'.", condition.Field, ["has tag", "is empty"]);
        }
        else
        {
            Fail(condition, $"'{condition.Field}' is a {Describe(field.Kind)} and cannot be compared with the {Describe(value.Kind)} {value}.", value.ToString(), [Describe(field.Kind)]);
        }

        return false;
    }

    private bool KnownCode(FieldCondition condition, FieldAccessor field, string code)
    {
        if (_archive.CategoriesOf(field.Dimension!).Contains(code))
        {
            return true;
        }

        Fail(condition, $"'{code}' is not a category of the dimension '{field.Dimension}'.", code, [$"a category code of {field.Dimension}"]);
        return false;
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

    private static ExpressionType ExpressionTypeOf(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => ExpressionType.LessThan,
        ComparisonOperator.LessThanOrEqual => ExpressionType.LessThanOrEqual,
        ComparisonOperator.GreaterThan => ExpressionType.GreaterThan,
        _ => ExpressionType.GreaterThanOrEqual,
    };

    private static string Describe(RuleFieldKind kind) => kind switch
    {
        RuleFieldKind.Boolean => "yes/no field",
        RuleFieldKind.Dimension => "category code",
        RuleFieldKind.Tags => "tag set",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private static string Describe(RuleValueKind kind) => kind switch
    {
        RuleValueKind.Boolean => "yes/no value",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private Expression Fail(RuleCondition at, string message, string text, IEnumerable<string> expected)
    {
        _errors.Add(new RuleSyntaxError(message, at.Line, at.Column, text, expected) { RuleName = _ruleName });
        return False;
    }
}
