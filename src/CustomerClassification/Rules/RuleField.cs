using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary>
/// A field for building conditions in code, typed so that only the comparisons its kind allows compile:
/// <c>RuleFields.Years.AtLeast(3).And(RuleFields.Category.Under("01"))</c> builds the same tree as the text
/// <c>years &gt;= 3 and category under '01'</c>. Whether the field exists in an archive is checked when a
/// <see cref="RuleSet"/> is compiled.
/// </summary>
public abstract class RuleField
{
    private protected RuleField(string name)
    {
        Guard.Against.Null(name);
        Name = RuleLexer.IsFieldName(name) ? name : throw new ArgumentException($"'{name}' is not a field name: use letters, digits and underscores, not starting with a digit, and not a keyword.", nameof(name));
    }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary><c>field is empty</c>: the field has no value.</summary>
    /// <returns>The condition.</returns>
    public RuleCondition IsEmpty() => new IsEmptyCondition(Name);

    /// <summary><c>field is not empty</c>: the field has a value.</summary>
    /// <returns>The condition.</returns>
    public RuleCondition IsNotEmpty() => new IsEmptyCondition(Name, negated: true);

    /// <summary>Returns the field name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private protected RuleCondition Compare(ComparisonOperator op, RuleValue value) => new ComparisonCondition(Name, op, value);

    private protected RuleCondition List(IEnumerable<RuleValue> values, bool negated) => new InCondition(Name, values, negated);
}
