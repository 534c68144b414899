using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>A text field for building conditions: <c>name</c>, <c>grade</c>, a text custom field, …</summary>
public sealed class TextField : RuleField
{
    /// <summary>Names a text field.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public TextField(string name)
        : base(name)
    {
    }

    /// <summary><c>field = 'text'</c> (ordinal).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a control character.</exception>
    public RuleCondition EqualTo(string text) => Compare(ComparisonOperator.Equal, RuleValue.FromText(text));

    /// <summary><c>field &lt;&gt; 'text'</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a control character.</exception>
    public RuleCondition NotEqualTo(string text) => Compare(ComparisonOperator.NotEqual, RuleValue.FromText(text));

    /// <summary><c>field contains 'text'</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a control character.</exception>
    public RuleCondition Contains(string text) => Compare(ComparisonOperator.Contains, RuleValue.FromText(text));

    /// <summary><c>field startswith 'text'</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds a control character.</exception>
    public RuleCondition StartsWith(string text) => Compare(ComparisonOperator.StartsWith, RuleValue.FromText(text));

    /// <summary><c>field in ('a', 'b', …)</c>.</summary>
    /// <param name="texts">One or more texts.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> is empty or too long, or a text holds a control character.</exception>
    public RuleCondition In(params string[] texts) => List(Guard.Against.Null(texts).Select(RuleValue.FromText), negated: false);

    /// <summary><c>field not in ('a', 'b', …)</c>.</summary>
    /// <param name="texts">One or more texts.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="texts"/> is empty or too long, or a text holds a control character.</exception>
    public RuleCondition NotIn(params string[] texts) => List(Guard.Against.Null(texts).Select(RuleValue.FromText), negated: true);
}
