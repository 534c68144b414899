using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// A compiled, immutable set of classification rules for one archive's settings. <see cref="Compile(IEnumerable{ClassificationRule}, ArchiveSnapshot)"/> checks
/// every rule against the field whitelist and the archive's category trees and compiles each condition once
/// to a delegate (no interpretation per customer). Thread-safe: a host keeps the current set in a field and
/// swaps in a newly compiled one by reference.
/// <para>
/// Evaluation is deterministic: for each target of a customer (each dimension, the credit grade, each tag) the
/// matching rule with the highest <see cref="ClassificationRule.Priority"/> wins, ties going to the rule earlier
/// in the list; disabled rules and rules outside their validity period never match.
/// </para>
/// </summary>
public sealed partial class RuleSet
{
    private readonly CompiledRule[] _rules;
    private readonly CompiledRule[] _byPriority;
    private readonly Action<CustomerProfile, CompiledRule?[]> _evaluate;

    private RuleSet(ArchiveSettings settings, CompiledRule[] rules, int targetCount, bool withMetrics)
    {
        Settings = settings;
        WithMetrics = withMetrics;
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

    /// <summary>Gets a value indicating whether the set was compiled with metrics (<see cref="CompileWithMetrics"/>): its rules may read <c>abc</c>, <c>rfm</c>, … and it classifies with <see cref="Sales.PortfolioMetrics"/>.</summary>
    public bool WithMetrics { get; }

    /// <summary>Gets the compiled rules, in the order given.</summary>
    internal IReadOnlyList<CompiledRule> Compiled => _rules;

    /// <summary>
    /// Checks and compiles rules for an archive. Fields are looked up in a whitelist: the built-in customer fields
    /// and trading statistics (English names and Chinese aliases), the archive's dimensions and custom fields.
    /// Every problem of every rule is reported in one <see cref="RuleSyntaxException"/>: unknown fields (with the
    /// closest known names), type mismatches, codes not in a dimension's tree, conditions nested deeper than
    /// <see cref="RuleCondition.MaxDepth"/>, duplicate rule names, and actions that assign an unknown dimension
    /// or a category that is not a leaf; more than <see cref="RuleLimits.MaxRules"/> rules, or conditions of more than
    /// <see cref="RuleLimits.MaxTests"/> tests in all, are refused at once.
    /// </summary>
    /// <param name="rules">The rules; their order breaks priority ties.</param>
    /// <param name="archive">The archive snapshot whose settings and trees the rules refer to.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="RuleSyntaxException">At least one rule is not valid for the archive; nothing is compiled.</exception>
    public static RuleSet Compile(IEnumerable<ClassificationRule> rules, ArchiveSnapshot archive)
    {
        Guard.Against.Null(archive);
        return CompileFor(rules, archive, metrics: false);
    }

    /// <summary>
    /// Checks and compiles rules without an archive, for a unit test of rules that read the built-in fields and trading
    /// statistics only: as <see cref="Compile(IEnumerable{ClassificationRule}, ArchiveSnapshot)"/> for an archive with
    /// no categories, regions, further dimensions or custom fields. A condition or action naming a category code, a
    /// region or a custom field is an error here; compile such rules against their archive.
    /// </summary>
    /// <param name="rules">The rules; their order breaks priority ties.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is or holds null.</exception>
    /// <exception cref="RuleSyntaxException">At least one rule is not valid without an archive; nothing is compiled.</exception>
    public static RuleSet Compile(IEnumerable<ClassificationRule> rules) => CompileFor(rules, NoArchive.Value, metrics: false);

    /// <summary>
    /// Checks and compiles rules that may read portfolio metrics as well (<c>abc</c>, <c>salesRank</c>, <c>salesShare</c>,
    /// <c>recencyScore</c>, <c>frequencyScore</c>, <c>monetaryScore</c>, <c>rfm</c>, <c>dso</c>, <c>averageDaysToPay</c>,
    /// <c>averageDaysLate</c>, <c>churnRisk</c> and their Chinese names): as <see cref="Compile(IEnumerable{ClassificationRule}, ArchiveSnapshot)"/>
    /// otherwise. Such a set classifies an archive with <see cref="Classify(ArchiveSnapshot, IReadOnlyDictionary{string, TradingStats}, LocalDate, PortfolioMetrics)"/>,
    /// which takes the metrics computed once for the whole run. A set compiled without metrics refuses a rule that reads one, naming the field.
    /// </summary>
    /// <param name="rules">The rules; their order breaks priority ties.</param>
    /// <param name="archive">The archive snapshot whose settings and trees the rules refer to.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="RuleSyntaxException">At least one rule is not valid for the archive; nothing is compiled.</exception>
    public static RuleSet CompileWithMetrics(IEnumerable<ClassificationRule> rules, ArchiveSnapshot archive)
    {
        Guard.Against.Null(archive);
        return CompileFor(rules, archive, metrics: true);
    }

    // An archive of nothing, made once: its settings are what a rule compiled without an archive may read.
    private static readonly Lazy<ArchiveSnapshot> NoArchive = new(() =>
        new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2"), customersClassified: false), NodaTime.SystemClock.Instance).Snapshot);

    private static RuleSet CompileFor(IEnumerable<ClassificationRule> rules, ArchiveSnapshot archive, bool metrics)
    {
        var list = Guard.Against.Null(rules).ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "A rule is null.");
        }

        if (list.Length > RuleLimits.MaxRules)
        {
            throw new RuleSyntaxException([new RuleSyntaxError(Messages.Format("TooManyRules", RuleLimits.MaxRules, list.Length), 0, 0, string.Empty, [])]);
        }

        if (list.Sum(r => r.Condition.Accept(ConditionSize.Instance)) is var tests and > RuleLimits.MaxTests)
        {
            throw new RuleSyntaxException([new RuleSyntaxError(Messages.Format("TooManyTests", RuleLimits.MaxTests, tests), 0, 0, string.Empty, [])]);
        }

        var catalog = new RuleFieldCatalog(archive, metrics);
        var errors = new List<RuleSyntaxError>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var bound = new List<BoundCondition?>();
        foreach (var rule in list)
        {
            if (!names.Add(rule.Name))
            {
                errors.Add(Problem(rule, Messages.Format("RulesNamedTwice", rule.Name), rule.Name, []));
            }

            CheckAction(rule, archive, errors);
            if (rule.Condition.Depth > RuleCondition.MaxDepth)
            {
                errors.Add(Problem(rule, Messages.Format("ConditionTooDeep", rule.Condition.Depth, RuleCondition.MaxDepth), rule.Name, []));
                continue;
            }

            bound.Add(new ConditionBinder(catalog, archive, rule.Name, errors).Bind(rule.Condition));
        }

        if (errors.Count > 0)
        {
            throw new RuleSyntaxException(errors);
        }

        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        var compiled = list.Select((rule, i) =>
        {
            var target = targets.TryGetValue(rule.Action.Target, out var t) ? t : targets[rule.Action.Target] = targets.Count;
            return new CompiledRule(rule, i, target, bound[i]!);
        }).ToArray();
        return new RuleSet(archive.Settings, compiled, targets.Count, metrics);
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
        var conditions = _rules.Select(rule => ConditionExplainer.Explain(rule.Bound, profile)).ToArray();
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
    /// Delegates for the whole set: for each rule in priority order, <c>if (winners[target] == null &amp;&amp; valid &amp;&amp; condition)
    /// winners[target] = rule</c>. No call per rule, and no condition evaluated for a target already won. The rules are
    /// fused a part at a time (at most <see cref="PartRules"/> rules and <see cref="PartText"/> characters of conditions
    /// each): one method for a thousand long rules is more than the JIT compiles (InvalidProgramException), and compiles slowly.
    /// </summary>
    private static Action<CustomerProfile, CompiledRule?[]> Fused(CompiledRule[] byPriority)
    {
        var parts = new List<Action<CustomerProfile, CompiledRule?[]>>();
        for (int start = 0, end; start < byPriority.Length || parts.Count == 0; start = end)
        {
            var text = 0;
            for (end = start; end < byPriority.Length && (end == start || (end - start < PartRules && text + byPriority[end].Rule.ConditionText.Length <= PartText)); end++)
            {
                text += byPriority[end].Rule.ConditionText.Length;
            }

            parts.Add(FusedPart(byPriority.Skip(start).Take(end - start)));
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var all = parts.ToArray();
        return (profile, winners) =>
        {
            foreach (var part in all)
            {
                part(profile, winners);
            }
        };
    }

    private const int PartRules = 16;
    private const int PartText = 2_000;

    private static Action<CustomerProfile, CompiledRule?[]> FusedPart(IEnumerable<CompiledRule> byPriority)
    {
        var profile = ConditionEmitter.Profile;
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
            errors.Add(Problem(rule, Messages.Format("ActionUnknownDimension", action.Dimension), action.Dimension!, dimensions));
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
