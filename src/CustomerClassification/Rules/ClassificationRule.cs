using System.Linq;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// An auto-classification rule: when <see cref="Condition"/> holds for a customer, <see cref="Action"/> is
/// suggested — if the rule wins its target (highest <see cref="Priority"/>, then earliest in the rule list),
/// it is <see cref="Enabled"/>, and the day is within its validity period. Immutable; two rules are equal when
/// name, condition tree, action, priority, enabled flag and period are equal (how the condition was written does not matter).
/// </summary>
public sealed record ClassificationRule
{
    private const string PeriodProblem = "The validity period ends before it starts.";

    private readonly string? _conditionText;
    private readonly LocalDate? _validFrom;
    private readonly LocalDate? _validTo;

    /// <summary>Creates a rule from a condition tree (built in code or parsed).</summary>
    /// <param name="name">The name: trimmed, not blank, at most <see cref="RuleLimits.MaxNameLength"/> characters, unique in a rule set. The change log records it as the reason.</param>
    /// <param name="condition">The condition.</param>
    /// <param name="action">The action.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    public ClassificationRule(string name, RuleCondition condition, RuleAction action)
    {
        Name = ValidName(name);
        Condition = Guard.Against.Null(condition);
        Action = Guard.Against.Null(action);
    }

    /// <summary>Creates a rule from condition text in the rule language.</summary>
    /// <param name="name">The name: trimmed, not blank, at most <see cref="RuleLimits.MaxNameLength"/> characters, unique in a rule set.</param>
    /// <param name="condition">The condition text, such as <c>合作年限 &gt;= 3 且 月均采购额 &gt; 5万</c>.</param>
    /// <param name="action">The action.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or too long.</exception>
    /// <exception cref="RuleSyntaxException"><paramref name="condition"/> is not valid rule text; the error names this rule.</exception>
    public ClassificationRule(string name, string condition, RuleAction action)
    {
        Name = ValidName(name);
        Condition = RuleParser.Parse(Guard.Against.Null(condition), Name);
        Action = Guard.Against.Null(action);
        _conditionText = condition;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the condition.</summary>
    public RuleCondition Condition { get; }

    /// <summary>Gets the condition as written when the rule was made from text (rule files keep the author's wording), else the printed <see cref="Condition"/>.</summary>
    public string ConditionText => _conditionText ?? Condition.ToString();

    /// <summary>Gets the action.</summary>
    public RuleAction Action { get; }

    /// <summary>Gets the priority: among matching rules with the same target, the highest wins; 0 by default.</summary>
    public int Priority { get; init; }

    /// <summary>Gets a value indicating whether the rule takes part in evaluation; true by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets the first day the rule applies, or null for no start.</summary>
    /// <exception cref="ArgumentException">Set after <see cref="ValidTo"/>.</exception>
    public LocalDate? ValidFrom
    {
        get => _validFrom;
        init
        {
            _validFrom = EndsBeforeStart(value, _validTo) ? throw new ArgumentException(PeriodProblem, nameof(value)) : value;
        }
    }

    /// <summary>Gets the last day the rule applies, or null for no end.</summary>
    /// <exception cref="ArgumentException">Set before <see cref="ValidFrom"/>.</exception>
    public LocalDate? ValidTo
    {
        get => _validTo;
        init
        {
            _validTo = EndsBeforeStart(_validFrom, value) ? throw new ArgumentException(PeriodProblem, nameof(value)) : value;
        }
    }

    /// <summary>Tells whether a day is within the validity period (both ends included).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when the rule applies on that day.</returns>
    public bool IsValidOn(LocalDate date) => (_validFrom is not { } from || from <= date) && (_validTo is not { } to || date <= to);

    /// <inheritdoc />
    public bool Equals(ClassificationRule? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Condition.Equals(other.Condition) && Action == other.Action
        && Priority == other.Priority && Enabled == other.Enabled && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Name) * 31) + Condition.GetHashCode() + Priority);

    /// <summary>Returns the rule as <c>name: when condition then action</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => $"{Name}: when {Condition} then {Action}";

    private static string ValidName(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var trimmed = name.Trim();
        return trimmed.Length <= RuleLimits.MaxNameLength && Customer.PlainTextProblem(trimmed, "Name") is null
            ? trimmed
            : throw new ArgumentException(Messages.Format("RuleNameInvalid", RuleLimits.MaxNameLength), nameof(name));
    }

    private static bool EndsBeforeStart(LocalDate? from, LocalDate? to) => from is { } start && to is { } end && end < start;
}
