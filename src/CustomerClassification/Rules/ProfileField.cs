using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Customers;

namespace CustomerClassification.Rules;

/// <summary>
/// A built-in field rules can read: a customer field of the catalogue (<see cref="CustomerFields"/>), a trading
/// statistic the host supplies, or a value derived as of the evaluation day. Its name, Chinese label and aliases
/// are the names rule text may use.
/// </summary>
public sealed class ProfileField
{
    internal ProfileField(string name, string label, FieldKind kind, IReadOnlyList<string> aliases, CustomerField? customerField, LambdaExpression accessor)
    {
        Name = name;
        Label = label;
        Kind = kind;
        Aliases = aliases as ReadOnlyCollection<string> ?? new ReadOnlyCollection<string>([.. aliases]);
        CustomerField = customerField;
        Accessor = accessor;
    }

    /// <summary>
    /// Gets a value indicating whether the field is a portfolio metric (<c>abc</c>, <c>rfm</c>, <c>dso</c>, …), computed
    /// over all customers by <see cref="Sales.PortfolioMetrics"/>: only a rule set compiled with
    /// <see cref="RuleSet.CompileWithMetrics"/> may read it.
    /// </summary>
    public bool IsMetric { get; internal init; }

    /// <summary>Gets the canonical name, such as <c>monthlyAverage</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the Chinese label, such as <c>月均采购额</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the other names rule text and host files may use, matched ignoring case.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets what the field holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the catalogue field this is, or null for a trading statistic or a derived value.</summary>
    public CustomerField? CustomerField { get; }

    /// <summary>Gets the reading as a lambda over a <see cref="CustomerProfile"/>, for the rule compiler.</summary>
    internal LambdaExpression Accessor { get; }

    /// <summary>Tells whether a name is this field's name, label or one of its aliases, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when the name is one of the field's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsNamed(string name) => FieldNames.Match(AllNames, name);

    /// <summary>Returns the canonical name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    internal IEnumerable<string> AllNames => FieldNames.Of(Name, Label, Aliases);
}
