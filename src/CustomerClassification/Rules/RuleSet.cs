using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Text;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// A compiled, immutable set of classification rules for one archive's settings. <see cref="Compile"/> checks
/// every rule against the field whitelist and the archive's category trees and compiles each condition once
/// to a delegate (no interpretation per customer). Thread-safe: a host keeps the current set in a field and
/// swaps in a newly compiled one by reference.
/// <para>
/// Evaluation is deterministic: for each target of a customer (each dimension, the credit grade, each tag) the
/// matching rule with the highest <see cref="ClassificationRule.Priority"/> wins, ties going to the rule earlier
/// in the list; disabled rules and rules outside their validity period never match.
/// </para>
/// </summary>
public sealed class RuleSet
{
    private readonly CompiledRule[] _rules;
    private readonly CompiledRule[] _byPriority;
    private readonly Action<CustomerProfile, CompiledRule?[]> _evaluate;

    private RuleSet(ArchiveSettings settings, CompiledRule[] rules, int targetCount)
    {
        Settings = settings;
        _rules = rules;
        Rules = ReadOnly.Of(rules.Select(r => r.Rule).ToArray());
        TargetCount = targetCount;
        _byPriority = rules.Where(r => r.Rule.Enabled).OrderByDescending(r => r.Rule.Priority).ThenBy(r => r.Index).ToArray();
        _evaluate = Fused(_byPriority);
    }

    /// <summary>Gets the number of targets the rules act on (each dimension assigned, the credit grade, each tag): the size of the buffer <see cref="Evaluate(CustomerProfile, CompiledRule[])"/> fills.</summary>
    internal int TargetCount { get; }

    /// <summary>Gets the settings of the archive the rules were compiled for.</summary>
    public ArchiveSettings Settings { get; }

    /// <summary>Gets the rules, in the order given.</summary>
    public IReadOnlyList<ClassificationRule> Rules { get; }

    /// <summary>Gets the compiled rules, in the order given.</summary>
    internal IReadOnlyList<CompiledRule> Compiled => _rules;

    /// <summary>
    /// Checks and compiles rules for an archive. Fields are looked up in a whitelist: the built-in customer fields
    /// and trading statistics (English names and Chinese aliases), the archive's dimensions and custom fields.
    /// Every problem of every rule is reported in one <see cref="RuleSyntaxException"/>: unknown fields (with the
    /// closest known names), type mismatches, codes not in a dimension's tree, conditions nested deeper than
    /// <see cref="RuleCondition.MaxDepth"/>, duplicate rule names, and actions that assign an unknown dimension
    /// or a category that is not a leaf.
    /// </summary>
    /// <param name="rules">The rules; their order breaks priority ties.</param>
    /// <param name="archive">The archive snapshot whose settings and trees the rules refer to.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="RuleSyntaxException">At least one rule is not valid for the archive; nothing is compiled.</exception>
    public static RuleSet Compile(IEnumerable<ClassificationRule> rules, ArchiveSnapshot archive)
    {
        var list = Guard.Against.Null(rules).ToArray();
        Guard.Against.Null(archive);
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "A rule is null.");
        }

        var catalog = new RuleFieldCatalog(archive.Settings);
        var errors = new List<RuleSyntaxError>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bodies = new List<(Expression Body, List<CompiledLeaf> Leaves)>();
        foreach (var rule in list)
        {
            if (!names.Add(rule.Name))
            {
                errors.Add(Problem(rule, $"Two rules are named '{rule.Name}'; rule names must be unique.", rule.Name, []));
            }

            CheckAction(rule, archive, errors);
            if (rule.Condition.Depth > RuleCondition.MaxDepth)
            {
                errors.Add(Problem(rule, FormattableString.Invariant($"The condition nests {rule.Condition.Depth} levels deep; at most {RuleCondition.MaxDepth} are allowed."), rule.Name, []));
                continue;
            }

            var compiler = new ConditionCompiler(catalog, archive, rule.Name, errors);
            bodies.Add((compiler.Build(rule.Condition), compiler.Leaves));
        }

        if (errors.Count > 0)
        {
            throw new RuleSyntaxException(errors);
        }

        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        var compiled = list.Select((rule, i) =>
        {
            var target = targets.TryGetValue(rule.Action.Target, out var t) ? t : targets[rule.Action.Target] = targets.Count;
            return new CompiledRule(rule, i, target, bodies[i].Body, bodies[i].Leaves);
        }).ToArray();
        return new RuleSet(archive.Settings, compiled, targets.Count);
    }

    /// <summary>Finds the winning rule of each target for a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The winners, one per target that has a matching rule, in the order the targets first appear among the rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public IReadOnlyList<ClassificationRule> Evaluate(CustomerProfile profile)
    {
        var winners = new CompiledRule?[TargetCount];
        Evaluate(profile, winners);
        return ReadOnly.Of(winners.Where(w => w is not null).Select(w => w!.Rule).ToArray());
    }

    /// <summary>
    /// Finds every rule that matches a profile, winning or not: enabled, in its validity period on the profile's
    /// as-of day, and its condition holds. For tests of a rule set; <see cref="Explain"/> also says why.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The matching rules, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public IReadOnlyList<ClassificationRule> Matching(CustomerProfile profile)
    {
        Guard.Against.Null(profile);
        return ReadOnly.Of(_rules.Where(r => r.Matches(profile)).Select(r => r.Rule).ToArray());
    }

    /// <summary>
    /// Finds the winning rule of each target for a profile without allocating: all rules are evaluated by one
    /// compiled delegate, in priority order, skipping rules whose target is already won.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="winners">Filled with the winning rule of each target (index <see cref="CompiledRule.Target"/>), or null where none matches; reuse it across profiles.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="winners"/> does not have <see cref="TargetCount"/> elements.</exception>
    internal void Evaluate(CustomerProfile profile, CompiledRule?[] winners)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(winners);
        if (winners.Length != TargetCount)
        {
            throw new ArgumentException(FormattableString.Invariant($"The buffer has {winners.Length} elements; the rule set has {TargetCount} targets."), nameof(winners));
        }

        Array.Clear(winners, 0, winners.Length);
        _evaluate(profile, winners);
    }

    /// <summary>
    /// Explains the evaluation for a profile: for every rule its verdict, the rule that beat it, and each
    /// sub-condition with its result and the value it saw. Meant for people and tests; it compiles each
    /// comparison on first use, so it is slower than <see cref="Evaluate(CustomerProfile)"/>.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ClassificationExplanation Explain(CustomerProfile profile)
    {
        Guard.Against.Null(profile);
        var conditions = _rules.Select(rule => ConditionExplainer.Explain(rule.Rule.Condition, rule.Leaves, profile)).ToArray();
        var winners = Enumerable.Repeat(-1, TargetCount).ToArray();
        foreach (var rule in _byPriority)
        {
            if (winners[rule.Target] < 0 && rule.Rule.IsValidOn(profile.AsOf) && conditions[rule.Index].Result)
            {
                winners[rule.Target] = rule.Index;
            }
        }

        var explanations = _rules.Select(rule =>
        {
            var winner = winners[rule.Target];
            var verdict = !rule.Rule.Enabled ? RuleVerdict.Disabled
                : !rule.Rule.IsValidOn(profile.AsOf) ? RuleVerdict.OutsideValidity
                : !conditions[rule.Index].Result ? RuleVerdict.NotMatched
                : winner == rule.Index ? RuleVerdict.Won
                : RuleVerdict.Lost;
            return new RuleExplanation(rule.Rule, verdict, verdict == RuleVerdict.Lost ? _rules[winner].Rule : null, conditions[rule.Index]);
        }).ToArray();
        return new ClassificationExplanation(profile.Customer.Code, profile.AsOf, explanations);
    }

    /// <summary>
    /// Suggests the changes the rules make to an archive's active customers as of a day: for each customer and
    /// target, the winning rule's action when it would change something. A customer with transactions gets
    /// suggestions that reclassify it marked <see cref="ClassificationSuggestion.NeedsOverride"/>; nothing is changed here.
    /// </summary>
    /// <param name="archive">The archive snapshot; it must have the settings the rules were compiled for.</param>
    /// <param name="stats">Trading statistics by customer code; a customer without an entry gets <see cref="TradingStats.None"/>.</param>
    /// <param name="asOf">The day: derived values and validity periods use it; customers deactivated on it are skipped.</param>
    /// <returns>The suggestions, by customer code, then in target order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="stats"/> is null.</exception>
    /// <exception cref="ArgumentException">The archive has other settings, <paramref name="stats"/> holds a null or a code not in the archive, or a last order is after <paramref name="asOf"/>.</exception>
    /// <exception cref="ClassificationException">A rule assigns a category that is no longer in the archive or no longer a leaf (every such rule is reported).</exception>
    public IReadOnlyList<ClassificationSuggestion> Classify(ArchiveSnapshot archive, IReadOnlyDictionary<string, TradingStats> stats, LocalDate asOf)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(stats);
        if (!ReferenceEquals(archive.Settings, Settings))
        {
            throw new ArgumentException("The rule set was compiled for the settings of another archive.", nameof(archive));
        }

        var unknown = stats.Where(p => p.Value is null || archive.Find(p.Key) is null).Select(p => p.Key).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"The statistics hold customers that are not in the archive or have no statistics: {string.Join(", ", unknown.Take(10))}{(unknown.Length > 10 ? ", …" : string.Empty)}.", nameof(stats));
        }

        var violations = _rules
            .Where(r => r.Rule.Enabled && r.Rule.Action.Kind == RuleActionKind.AssignCategory)
            .Select(r => (Rule: r.Rule, Problem: LeafProblem(archive, r.Rule.Action)))
            .Where(p => p.Problem is not null)
            .Select(p => new Violation(p.Problem!.Value.Error, $"Rule '{p.Rule.Name}': {p.Problem.Value.Message} The archive's trees changed after the rules were compiled.", code: p.Rule.Action.Value))
            .ToArray();
        if (violations.Length > 0)
        {
            throw violations.Length == 1
                ? new ClassificationException(violations[0].Error, violations[0].Message, violations[0].Code)
                : new ClassificationException(violations[0].Error, $"{violations[0].Message} ({violations.Length - 1} more problems, see Violations.)", violations);
        }

        return Classify(archive.Where(c => !c.IsDeactivatedOn(asOf)).Select(c => new CustomerProfile(c, stats.TryGetValue(c.Code, out var s) ? s : TradingStats.None, asOf)));
    }

    /// <summary>Suggests changes for a live archive's current snapshot; see <see cref="Classify(ArchiveSnapshot, IReadOnlyDictionary{string, TradingStats}, LocalDate)"/>.</summary>
    /// <param name="archive">The archive.</param>
    /// <param name="stats">Trading statistics by customer code.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The suggestions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="stats"/> is null.</exception>
    /// <exception cref="ArgumentException">See the snapshot overload.</exception>
    /// <exception cref="ClassificationException">See the snapshot overload.</exception>
    public IReadOnlyList<ClassificationSuggestion> Classify(CustomerArchive archive, IReadOnlyDictionary<string, TradingStats> stats, LocalDate asOf) =>
        Classify(Guard.Against.Null(archive).Snapshot, stats, asOf);

    /// <summary>
    /// Suggests changes for profiles the host built itself (for customers outside an archive, or with its own
    /// selection). Evaluating a profile allocates nothing; only suggestions are allocated.
    /// </summary>
    /// <param name="profiles">The profiles.</param>
    /// <returns>The suggestions, in profile order, then in target order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is or holds null.</exception>
    public IReadOnlyList<ClassificationSuggestion> Classify(IEnumerable<CustomerProfile> profiles)
    {
        Guard.Against.Null(profiles);
        var suggestions = new List<ClassificationSuggestion>();
        var winners = new CompiledRule?[TargetCount];
        foreach (var profile in profiles)
        {
            Evaluate(profile ?? throw new ArgumentNullException(nameof(profiles), "A profile is null."), winners);
            foreach (var winner in winners)
            {
                if (winner is not null && Suggest(profile.Customer, winner.Rule) is { } suggestion)
                {
                    suggestions.Add(suggestion);
                }
            }
        }

        return suggestions;
    }

    /// <summary>
    /// Applies suggestions to an archive in one atomic batch: all or nothing, each change recorded in the change
    /// log with the rule's name as the reason. Suggestions that reclassify a customer with transactions are
    /// refused (<see cref="ClassificationErrorCode.ClassificationLocked"/>) unless an override is given; a
    /// suggestion whose customer changed since it was made is refused (<see cref="ClassificationErrorCode.SuggestionOutdated"/>).
    /// </summary>
    /// <param name="archive">The archive.</param>
    /// <param name="suggestions">Suggestions of this rule set, at most one per customer and target.</param>
    /// <param name="actor">Who applies them, for the change log.</param>
    /// <param name="lockOverride">The override for customers with transactions, or null to refuse reclassifying them.</param>
    /// <returns>The result: the change-log entries, or every violation and no change.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, a suggestion is of a rule not in this set, or two suggestions have the same customer and target.</exception>
    public BatchResult Apply(CustomerArchive archive, IEnumerable<ClassificationSuggestion> suggestions, string actor, LockOverride? lockOverride = null)
    {
        Guard.Against.Null(archive);
        var list = Guard.Against.Null(suggestions).ToArray();
        Guard.Against.NullOrWhiteSpace(actor);
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(suggestions), "A suggestion is null.");
        }

        var foreign = list.FirstOrDefault(s => !_rules.Any(r => string.Equals(r.Rule.Name, s.RuleName, StringComparison.Ordinal) && r.Rule.Action == s.Action));
        if (foreign is not null)
        {
            throw new ArgumentException($"The suggestion '{foreign}' is not from a rule of this set.", nameof(suggestions));
        }

        var twice = list.GroupBy(s => (s.CustomerCode, s.Action.Target)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ArgumentException($"Two suggestions change the same target of customer '{twice.Key.CustomerCode}'.", nameof(suggestions));
        }

        var snapshot = archive.Snapshot;
        var outdated = list.Select((s, i) => (Suggestion: s, Position: i + 1))
            .Where(p => snapshot.Find(p.Suggestion.CustomerCode) is { } customer && !Fits(customer, p.Suggestion))
            .Select(p => Outdated(p.Suggestion, p.Position))
            .ToArray();
        if (outdated.Length > 0)
        {
            return new BatchResult(outdated, []);
        }

        var batch = new ChangeBatch();
        foreach (var suggestion in list)
        {
            var lockReason = suggestion.NeedsOverride && lockOverride is not null ? new LockOverride(suggestion.RuleName + ": " + lockOverride.Reason) : null;
            batch.Update(suggestion.CustomerCode, customer => Applied(customer, suggestion), lockReason, suggestion.RuleName);
        }

        return archive.Apply(batch, actor);
    }

    /// <summary>
    /// One delegate for the whole set: for each rule in priority order, <c>if (winners[target] == null &amp;&amp; valid &amp;&amp; condition)
    /// winners[target] = rule</c>. No call per rule, and no condition evaluated for a target already won.
    /// </summary>
    private static Action<CustomerProfile, CompiledRule?[]> Fused(IEnumerable<CompiledRule> byPriority)
    {
        var profile = ConditionCompiler.Profile;
        var winners = Expression.Parameter(typeof(CompiledRule?[]), "winners");
        var asOf = Expression.Property(profile, nameof(CustomerProfile.AsOf));
        var isValidOn = typeof(ClassificationRule).GetMethod(nameof(ClassificationRule.IsValidOn))!;
        var statements = byPriority.Select(rule =>
        {
            var slot = Expression.ArrayAccess(winners, Expression.Constant(rule.Target));
            Expression test = Expression.ReferenceEqual(slot, Expression.Constant(null, typeof(CompiledRule)));
            if (rule.Rule.ValidFrom is not null || rule.Rule.ValidTo is not null)
            {
                test = Expression.AndAlso(test, Expression.Call(Expression.Constant(rule.Rule), isValidOn, asOf));
            }

            return (Expression)Expression.IfThen(Expression.AndAlso(test, rule.Body), Expression.Assign(slot, Expression.Constant(rule)));
        }).Append(Expression.Empty());
        return Expression.Lambda<Action<CustomerProfile, CompiledRule?[]>>(Expression.Block(statements), profile, winners).Compile();
    }

    private static ClassificationSuggestion? Suggest(Customer customer, ClassificationRule rule)
    {
        var current = Current(customer, rule.Action);
        return string.Equals(current, rule.Action.Value, StringComparison.Ordinal)
            ? null
            : new ClassificationSuggestion(customer.Code, rule, current, rule.Action.Kind == RuleActionKind.AssignCategory && customer.HasTransactions);
    }

    private static string? Current(Customer customer, RuleAction action) => action.Kind switch
    {
        RuleActionKind.AssignCategory => customer.CodeIn(action.Dimension!),
        RuleActionKind.SetCreditGrade => customer.CreditGrade,
        _ => customer.HasTag(action.Value) ? action.Value : null,
    };

    private static bool Fits(Customer customer, ClassificationSuggestion suggestion) =>
        string.Equals(Current(customer, suggestion.Action), suggestion.From, StringComparison.Ordinal);

    private static Violation Outdated(ClassificationSuggestion suggestion, int position) => new(
        ClassificationErrorCode.SuggestionOutdated,
        $"Customer '{suggestion.CustomerCode}' changed since the suggestion was made: it is no longer '{suggestion.From ?? "(none)"}' ({suggestion}).",
        position,
        suggestion.CustomerCode,
        suggestion.To);

    private static Customer Applied(Customer customer, ClassificationSuggestion suggestion)
    {
        if (!Fits(customer, suggestion))
        {
            // Another writer got in between the check above and the batch.
            var outdated = Outdated(suggestion, 1);
            throw new ClassificationException(outdated.Error, outdated.Message, outdated.Code, outdated.RelatedCode);
        }

        var action = suggestion.Action;
        return action.Kind switch
        {
            RuleActionKind.AssignCategory => customer.WithCodeIn(action.Dimension!, action.Value),
            RuleActionKind.SetCreditGrade => customer with { CreditGrade = action.Value },
            _ => customer with { Tags = customer.Tags.Append(action.Value).ToArray() },
        };
    }

    private static void CheckAction(ClassificationRule rule, ArchiveSnapshot archive, List<RuleSyntaxError> errors)
    {
        var action = rule.Action;
        if (action.Kind != RuleActionKind.AssignCategory)
        {
            return;
        }

        var dimensions = archive.Settings.DimensionNamesInUse;
        if (!dimensions.Contains(action.Dimension!, StringComparer.Ordinal))
        {
            errors.Add(Problem(rule, $"The action assigns a category of '{action.Dimension}', which is not a dimension of the archive.", action.Dimension!, dimensions));
            return;
        }

        if (LeafProblem(archive, action) is { } problem)
        {
            errors.Add(Problem(rule, problem.Message, action.Value, ["a leaf category code"]));
        }
    }

    private static (ClassificationErrorCode Error, string Message)? LeafProblem(ArchiveSnapshot archive, RuleAction action)
    {
        var tree = archive.CategoriesOf(action.Dimension!);
        if (!tree.Contains(action.Value))
        {
            return (ClassificationErrorCode.CategoryNotFound, $"The action assigns {action.Dimension} '{action.Value}', which does not exist.");
        }

        return tree.IsLeaf(action.Value)
            ? null
            : (ClassificationErrorCode.CategoryNotLeaf, $"The action assigns {action.Dimension} '{action.Value}', which is not a leaf (it has subcategories): customers belong to leaf categories only.");
    }

    private static RuleSyntaxError Problem(ClassificationRule rule, string message, string text, IEnumerable<string> expected) =>
        new(message, 0, 0, text, expected) { RuleName = rule.Name };
}
