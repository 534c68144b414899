namespace CustomerClassification.Rules;

/// <summary>What became of one rule for one customer.</summary>
public enum RuleVerdict
{
    /// <summary>The condition held and the rule won its target: its action is the suggestion.</summary>
    Won = 1,

    /// <summary>The condition held, but a rule of higher priority (or equal priority, earlier in the list) won the same target.</summary>
    Lost = 2,

    /// <summary>The condition did not hold.</summary>
    NotMatched = 3,

    /// <summary>The rule is disabled.</summary>
    Disabled = 4,

    /// <summary>The as-of day is outside the rule's validity period.</summary>
    OutsideValidity = 5,
}
