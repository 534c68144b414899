using System.Collections.Generic;

namespace CustomerClassification.Rules;

/// <summary>
/// A rule of a <see cref="RuleSet"/> with its condition compiled to a delegate. Immutable and thread-safe;
/// <see cref="Matches"/> reads profile fields only and allocates nothing.
/// </summary>
public sealed class CompiledRule
{
    private readonly Func<CustomerProfile, bool> _condition;

    internal CompiledRule(ClassificationRule rule, int index, int target, Func<CustomerProfile, bool> condition, IReadOnlyList<CompiledLeaf> leaves)
    {
        Rule = rule;
        Index = index;
        Target = target;
        _condition = condition;
        Leaves = leaves;
    }

    /// <summary>Gets the rule.</summary>
    public ClassificationRule Rule { get; }

    /// <summary>Gets the rule's position in the rule set, from 0; among equal priorities the lower position wins.</summary>
    public int Index { get; }

    internal int Target { get; }

    internal IReadOnlyList<CompiledLeaf> Leaves { get; }

    /// <summary>
    /// Tells whether the rule matches a profile: it is enabled, the profile's as-of day is within its validity
    /// period, and its condition holds. Whether it also wins its target is for <see cref="RuleSet.Evaluate"/>.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>True when the rule matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool Matches(CustomerProfile profile)
    {
        Guard.Against.Null(profile);
        return Rule.Enabled && Rule.IsValidOn(profile.AsOf) && _condition(profile);
    }

    /// <summary>Returns the rule as text.</summary>
    /// <returns>The rule's <see cref="ClassificationRule.ToString"/>.</returns>
    public override string ToString() => Rule.ToString();
}
