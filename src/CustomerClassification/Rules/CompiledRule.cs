using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading;

namespace CustomerClassification.Rules;

/// <summary>
/// A rule of a <see cref="RuleSet"/> with its condition compiled to a delegate. Immutable and thread-safe;
/// <see cref="Matches"/> reads profile fields only and allocates nothing (after its first call, which compiles the rule alone).
/// </summary>
internal sealed class CompiledRule
{
    private readonly Expression _body;
    private Func<CustomerProfile, bool>? _condition;

    // Most rules are enabled and have no period: then only the condition is evaluated.
    private readonly bool _alwaysApplies;

    internal CompiledRule(ClassificationRule rule, int index, int target, BoundCondition bound)
    {
        Rule = rule;
        Index = index;
        Target = target;
        Bound = bound;
        _body = ConditionEmitter.Emit(bound);
        _alwaysApplies = rule.Enabled && rule.ValidFrom is null && rule.ValidTo is null;
    }

    /// <summary>Gets the rule.</summary>
    public ClassificationRule Rule { get; }

    /// <summary>Gets the rule's position in the rule set, from 0; among equal priorities the lower position wins.</summary>
    public int Index { get; }

    /// <summary>Gets the index of the rule's target (a dimension, the credit grade or one tag) in the set, from 0 to <see cref="RuleSet.TargetCount"/> - 1.</summary>
    public int Target { get; }

    /// <summary>Gets the bound condition, which explanations walk.</summary>
    internal BoundCondition Bound { get; }

    internal Expression Body => _body;

    /// <summary>
    /// Tells whether the rule matches a profile: it is enabled, the profile's as-of day is within its validity
    /// period, and its condition holds. Whether it also wins its target is for <see cref="RuleSet.Evaluate(CustomerProfile)"/>.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>True when the rule matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool Matches(CustomerProfile profile)
    {
        Guard.Against.Null(profile);
        return (_alwaysApplies || (Rule.Enabled && Rule.IsValidOn(profile.AsOf))) && Condition(profile);
    }

    // Compiled on first use: a rule set evaluates its rules through one fused delegate, so most rules never need their own.
    private bool Condition(CustomerProfile profile)
    {
        var condition = Volatile.Read(ref _condition);
        if (condition is null)
        {
            condition = Expression.Lambda<Func<CustomerProfile, bool>>(_body, ConditionEmitter.Profile).Compile();
            Volatile.Write(ref _condition, condition);
        }

        return condition(profile);
    }

    /// <summary>Returns the rule as text.</summary>
    /// <returns>The rule's <see cref="ClassificationRule.ToString"/>.</returns>
    public override string ToString() => Rule.ToString();
}
