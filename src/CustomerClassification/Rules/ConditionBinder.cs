using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Archives;

namespace CustomerClassification.Rules;

/// <summary>
/// Binds a condition: resolves each field in the whitelist, checks each value against the field's kind and each
/// category code against its tree, and yields the bound tree the emitter and the explainer walk. Every problem is
/// recorded, not just the first; a node with a problem binds to null.
/// </summary>
internal sealed class ConditionBinder : IConditionVisitor<BoundCondition?>
{
    private readonly RuleFieldCatalog _catalog;
    private readonly ArchiveSnapshot _archive;
    private readonly string _ruleName;
    private readonly List<RuleSyntaxError> _errors;

    public ConditionBinder(RuleFieldCatalog catalog, ArchiveSnapshot archive, string ruleName, List<RuleSyntaxError> errors)
    {
        _catalog = catalog;
        _archive = archive;
        _ruleName = ruleName;
        _errors = errors;
    }

    public BoundCondition? Bind(RuleCondition condition) => condition.Accept(this);

    public BoundCondition? VisitAnd(AndCondition condition) => Operands(condition) is { } operands ? new BoundAnd(condition, operands) : null;

    public BoundCondition? VisitOr(OrCondition condition) => Operands(condition) is { } operands ? new BoundOr(condition, operands) : null;

    public BoundCondition? VisitNot(NotCondition condition) => Bind(condition.Operand) is { } operand ? new BoundNot(condition, operand) : null;

    public BoundCondition? VisitHasTag(HasTagCondition condition) => new BoundHasTag(condition, condition.Tag);

    public BoundCondition? VisitComparison(ComparisonCondition condition) => OnField(condition, field => Comparison(condition, field));

    public BoundCondition? VisitIn(InCondition condition) => OnField(condition, field => In(condition, field));

    public BoundCondition? VisitIsEmpty(IsEmptyCondition condition) => OnField(condition, field => IsEmpty(condition, field));

    // Every operand is bound, so that every problem is reported.
    private BoundCondition[]? Operands(LogicalCondition condition)
    {
        var operands = condition.Operands.Select(Bind).ToArray();
        return Array.IndexOf(operands, null) < 0 ? operands.Select(o => o!).ToArray() : null;
    }

    // Resolves the field a comparison reads, then binds the comparison; an unknown field is an error with the closest names.
    private BoundCondition? OnField(FieldCondition leaf, Func<FieldAccessor, BoundCondition?> bind)
    {
        if (_catalog.Find(leaf.Field) is not { } field)
        {
            if (ProfileFields.All.FirstOrDefault(f => f.Kind == Customers.FieldKind.Dimension && f.AllNames.Contains(leaf.Field, StringComparer.OrdinalIgnoreCase)) is { } unused)
            {
                // 地区 in an account set without regions: say why, not which names are close.
                return Fail(leaf, Messages.Format("DimensionNotInUse", leaf.Field, Messages.Dimension(unused.Name)), leaf.Field, []);
            }

            if (ProfileFields.Find(leaf.Field) is { IsMetric: true } metric)
            {
                return Fail(leaf, Messages.Format("MetricNeedsMetrics", leaf.Field, metric.Name), leaf.Field, []);
            }

            var closest = _catalog.Closest(leaf.Field);
            return Fail(leaf, Messages.Format("UnknownField", leaf.Field, string.Join(", ", closest)), leaf.Field, closest);
        }

        return bind(field);
    }

    private BoundCondition? Comparison(ComparisonCondition condition, FieldAccessor field)
    {
        var op = condition.Operator;
        var value = condition.Value;
        switch (op)
        {
            case ComparisonOperator.Under:
                return field.Kind == RuleFieldKind.Dimension
                    ? KnownCode(condition, field, value.Text) ? new BoundText(condition, field, TextTest.Under, [value.Text], negated: false) : null
                    : Fail(condition, Messages.Format("UnderNeedsDimension", condition.Field, Describe(field.Kind)), condition.Field, ["a dimension"]);
            case ComparisonOperator.Contains or ComparisonOperator.StartsWith:
                return field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension
                    ? new BoundText(condition, field, op == ComparisonOperator.Contains ? TextTest.Contains : TextTest.StartsWith, [value.Text], negated: false)
                    : Fail(condition, Messages.Format("NeedsText", condition.Chinese ? RulePrinter.Word(op) : RulePrinter.Symbol(op), condition.Field, Describe(field.Kind)), condition.Field, ["a text field"]);
            case ComparisonOperator.Equal or ComparisonOperator.NotEqual:
                var negated = op == ComparisonOperator.NotEqual;
                if (field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension && value.Kind == RuleValueKind.Text)
                {
                    return field.Kind == RuleFieldKind.Text || KnownCode(condition, field, value.Text) ? new BoundText(condition, field, TextTest.Equal, [value.Text], negated) : null;
                }

                return Matches(condition, field, value) ? new BoundValue(condition, field, ExpressionType.Equal, [value], negated) : null;
            default:
                if (field.Kind is not (RuleFieldKind.Number or RuleFieldKind.Date))
                {
                    return Fail(condition, Messages.Format("ComparesNumbers", condition.Chinese ? RulePrinter.Word(op) : RulePrinter.Symbol(op), condition.Field, Describe(field.Kind)), condition.Field, ["=", "<>", "in"]);
                }

                return Matches(condition, field, value) ? new BoundValue(condition, field, ExpressionTypeOf(op), [value], negated: false) : null;
        }
    }

    private BoundCondition? In(InCondition condition, FieldAccessor field)
    {
        if (field.Kind is RuleFieldKind.Text or RuleFieldKind.Dimension && condition.Values[0].Kind == RuleValueKind.Text)
        {
            var codes = condition.Values.Select(v => v.Text).ToArray();
            return field.Kind != RuleFieldKind.Dimension || codes.All(code => KnownCode(condition, field, code))
                ? new BoundText(condition, field, TextTest.In, codes, condition.Negated)
                : null;
        }

        if (Matches(condition, field, condition.Values[0]) && field.Kind != RuleFieldKind.Boolean)
        {
            return new BoundValue(condition, field, ExpressionType.Equal, condition.Values, condition.Negated);
        }

        return field.Kind == RuleFieldKind.Boolean
            ? Fail(condition, Messages.Format("YesNoField", condition.Field), condition.Field, ["="])
            : null;
    }

    private BoundCondition? IsEmpty(IsEmptyCondition condition, FieldAccessor field) =>
        field.Kind == RuleFieldKind.Tags || field.CanBeEmpty
            ? new BoundIsEmpty(condition, field, condition.Negated)
            : Fail(condition, Messages.Format("NeverEmpty", condition.Field), condition.Field, []);

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
            Fail(condition, Messages.Format("TagsRead", condition.Field), condition.Field, ["has tag", "is empty"]);
        }
        else
        {
            Fail(condition, Messages.Format("KindMismatch", condition.Field, Describe(field.Kind), Describe(value.Kind), value), value.ToString(), [Describe(field.Kind)]);
        }

        return false;
    }

    private bool KnownCode(FieldCondition condition, FieldAccessor field, string code)
    {
        if (_archive.CategoriesOf(field.Dimension!).Contains(code))
        {
            return true;
        }

        Fail(condition, Messages.Format("NotCategoryOf", code, Messages.Dimension(field.Dimension!)), code, [Messages.Format("CategoryCodeOf", Messages.Dimension(field.Dimension!))]);
        return false;
    }

    private static ExpressionType ExpressionTypeOf(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => ExpressionType.LessThan,
        ComparisonOperator.LessThanOrEqual => ExpressionType.LessThanOrEqual,
        ComparisonOperator.GreaterThan => ExpressionType.GreaterThan,
        _ => ExpressionType.GreaterThanOrEqual,
    };

    // The kind of a field or value as a message names it, in the current language.
    private static string Describe(RuleFieldKind kind) => Messages.Get(kind == RuleFieldKind.Boolean ? "KindBooleanField" : "Kind" + kind);

    private static string Describe(RuleValueKind kind) => Messages.Get("Kind" + kind);

    private BoundCondition? Fail(RuleCondition at, string message, string text, IEnumerable<string> expected)
    {
        _errors.Add(new RuleSyntaxError(message, at.Line, at.Column, text, expected) { RuleName = _ruleName });
        return null;
    }
}
