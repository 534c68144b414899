using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Rules;

/// <content>
/// The archive workflow on top of the rule engine: suggesting the changes the rules make to an archive's
/// customers, and applying them in one checked, logged batch.
/// </content>
public sealed partial class RuleSet
{
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
        if (WithMetrics)
        {
            throw new ArgumentException(Messages.Get("RulesNeedMetrics"), nameof(stats));
        }

        return ClassifyArchive(archive, stats, asOf, metrics: null);
    }

    /// <summary>
    /// Suggests the changes the rules make to the customers of an archive that a test includes — a user's data scope
    /// (<see cref="AccessPolicy.ScopeOf"/>), say — as <see cref="Classify(ArchiveSnapshot, IReadOnlyDictionary{string, TradingStats}, LocalDate)"/>
    /// does for all: each customer is tested in the same pass that classifies it, so the scope costs no pass of its own.
    /// </summary>
    /// <param name="archive">The archive snapshot; it must have the settings the rules were compiled for.</param>
    /// <param name="stats">Trading statistics by customer code; a customer without an entry gets <see cref="TradingStats.None"/>.</param>
    /// <param name="asOf">The day: derived values and validity periods use it; customers deactivated on it are skipped.</param>
    /// <param name="include">Whether a customer is classified.</param>
    /// <returns>The suggestions for the included customers, by customer code, then in target order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As the overload without a test.</exception>
    /// <exception cref="ClassificationException">As the overload without a test.</exception>
    public IReadOnlyList<ClassificationSuggestion> ClassifyWithin(ArchiveSnapshot archive, IReadOnlyDictionary<string, TradingStats> stats, LocalDate asOf, Func<Customer, bool> include)
    {
        Guard.Against.Null(include);
        if (WithMetrics)
        {
            throw new ArgumentException(Messages.Get("RulesNeedMetrics"), nameof(stats));
        }

        return ClassifyArchive(archive, stats, asOf, metrics: null, include);
    }

    /// <summary>
    /// Suggests the changes the rules make to an archive's active customers as of a day, with their portfolio metrics: as
    /// <see cref="Classify(ArchiveSnapshot, IReadOnlyDictionary{string, TradingStats}, LocalDate)"/>, each customer's
    /// profile carrying <see cref="PortfolioMetrics.Of"/> of its code, so that rules compiled with metrics read them. The
    /// metrics are computed once by the host for the run (<see cref="PortfolioMetrics.Compute"/>), as of the same day.
    /// </summary>
    /// <param name="archive">The archive snapshot; it must have the settings the rules were compiled for.</param>
    /// <param name="stats">Trading statistics by customer code; a customer without an entry gets <see cref="TradingStats.None"/>.</param>
    /// <param name="asOf">The day: derived values and validity periods use it; customers deactivated on it are skipped.</param>
    /// <param name="metrics">The portfolio metrics as of <paramref name="asOf"/>.</param>
    /// <returns>The suggestions, by customer code, then in target order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As the overload without metrics, or the metrics are as of another day.</exception>
    /// <exception cref="ClassificationException">A rule assigns a category that is no longer in the archive or no longer a leaf.</exception>
    public IReadOnlyList<ClassificationSuggestion> Classify(ArchiveSnapshot archive, IReadOnlyDictionary<string, TradingStats> stats, LocalDate asOf, PortfolioMetrics metrics)
    {
        Guard.Against.Null(metrics);
        return metrics.AsOf == asOf
            ? ClassifyArchive(archive, stats, asOf, metrics)
            : throw new ArgumentException(Messages.Format("MetricsOfAnotherDay", Customers.FieldText.Iso(metrics.AsOf), Customers.FieldText.Iso(asOf)), nameof(metrics));
    }

    private IReadOnlyList<ClassificationSuggestion> ClassifyArchive(ArchiveSnapshot archive, IReadOnlyDictionary<string, TradingStats> stats, LocalDate asOf, PortfolioMetrics? metrics, Func<Customer, bool>? include = null)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(stats);
        if (!ReferenceEquals(archive.Settings, Settings))
        {
            throw new ArgumentException(Messages.Get("OtherArchive"), nameof(archive));
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
                : new ClassificationException(violations[0].Error, Messages.Format("MoreProblems", violations[0].Message, violations.Length - 1), violations);
        }

        return Classify(archive.Where(c => !c.IsDeactivatedOn(asOf) && (include is null || include(c))).Select(c => CustomerProfile.Of(c, stats.TryGetValue(c.Code, out var s) ? s : TradingStats.None, asOf, metrics)));
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
        RuleActionKind.SetCreditLimit => customer.CreditLimit is { } limit ? RuleAction.LimitText(limit) : null,
        RuleActionKind.SetPaymentTerms => customer.PaymentTerms?.ToString(),
        _ => customer.HasTag(action.Value) ? action.Value : null,
    };

    private static bool Fits(Customer customer, ClassificationSuggestion suggestion) =>
        string.Equals(Current(customer, suggestion.Action), suggestion.From, StringComparison.Ordinal);

    private static Violation Outdated(ClassificationSuggestion suggestion, int position) => new(
        ClassificationErrorCode.SuggestionOutdated,
        Messages.Format("SuggestionChanged", suggestion.CustomerCode, suggestion.From ?? Messages.Get("NoValue"), suggestion),
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
            RuleActionKind.SetCreditLimit => customer with { CreditLimit = decimal.Parse(action.Value, System.Globalization.CultureInfo.InvariantCulture) },
            RuleActionKind.SetPaymentTerms => customer with { PaymentTerms = PaymentTerms.Parse(action.Value) },
            _ => customer with { Tags = customer.Tags.Append(action.Value).ToArray() },
        };
    }
}
