using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Rules;

/// <summary>
/// Assigns the customers of a leaf to the children of a split by rule conditions (细化 by rule), for
/// <see cref="CustomerArchive.SplitCategory"/>: each customer goes to the child of the first condition it meets.
/// </summary>
public static class CategorySplit
{
    /// <summary>Gives the child of each customer of a leaf that meets one of the conditions: the first it meets, in the order given.</summary>
    /// <param name="archive">The archive snapshot the conditions are bound to (their categories and fields).</param>
    /// <param name="dimension">The leaf's dimension.</param>
    /// <param name="leaf">The leaf being split.</param>
    /// <param name="conditions">Each child's code with its condition, in the order they are tried.</param>
    /// <param name="asOf">The day conditions on dates and trading statistics are evaluated on.</param>
    /// <param name="stats">Each customer's trading statistics, by code, or null when the conditions read none.</param>
    /// <returns>The child of each customer that meets a condition, by customer code; the others are not listed (they go to the split's rest).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="stats"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    /// <exception cref="RuleSyntaxException">A condition names a field or category the archive does not have.</exception>
    public static IReadOnlyDictionary<string, string> Assign(
        ArchiveSnapshot archive,
        string dimension,
        string leaf,
        IEnumerable<KeyValuePair<string, RuleCondition>> conditions,
        LocalDate asOf,
        IReadOnlyDictionary<string, TradingStats>? stats = null)
    {
        Guard.Against.Null(archive);
        var children = Guard.Against.Null(conditions).ToArray();
        var rules = children.Select((c, i) => new ClassificationRule(FormattableString.Invariant($"split {i + 1}"), c.Value, RuleAction.AddTag("split"))).ToArray();
        var compiled = RuleSet.Compile(rules, archive);
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var customer in archive.CustomersIn(dimension, leaf, includeDescendants: false))
        {
            var profile = new CustomerProfile(customer, stats is not null && stats.TryGetValue(customer.Code, out var s) ? s : TradingStats.None, asOf);
            if (compiled.Matching(profile) is { Count: > 0 } matching)
            {
                assigned.Add(customer.Code, children[Array.IndexOf(rules, matching[0])].Key);
            }
        }

        return assigned;
    }
}
