using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// A dimension for building conditions: the customer's leaf code in <c>category</c>, <c>region</c> or a further
/// dimension. Codes are checked against the dimension's tree when a <see cref="RuleSet"/> is compiled.
/// </summary>
public sealed class CategoryField : RuleField
{
    /// <summary>Names a dimension.</summary>
    /// <param name="name">The dimension name (or the alias 分类 / 地区).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public CategoryField(string name)
        : base(name)
    {
    }

    /// <summary><c>field under 'code'</c>: the customer is in that category or one of its descendants.</summary>
    /// <param name="code">The category code.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> holds a control character.</exception>
    public RuleCondition Under(string code) => Compare(ComparisonOperator.Under, RuleValue.FromText(code));

    /// <summary><c>field = 'code'</c>: the customer is in exactly that leaf.</summary>
    /// <param name="code">The category code.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> holds a control character.</exception>
    public RuleCondition EqualTo(string code) => Compare(ComparisonOperator.Equal, RuleValue.FromText(code));

    /// <summary><c>field in ('a', 'b', …)</c>: the customer is in one of these leaves.</summary>
    /// <param name="codes">One or more category codes.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codes"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is empty or too long.</exception>
    public RuleCondition In(params string[] codes) => List(Guard.Against.Null(codes).Select(RuleValue.FromText), negated: false);
}
