using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;

namespace CustomerClassification.Rules;

/// <summary>
/// A credit scorecard as data (信用评分卡): characteristics with bins and points, a score-to-grade table and a suggested
/// limit. The score of a customer is the sum of its characteristics' points; its grade the first line of the table
/// (highest minimum first) it reaches. Compile it against an archive (<see cref="Compile"/>) to score profiles; read and
/// write it as JSON with <c>Serialization.ScorecardFile</c>. Immutable.
/// </summary>
public sealed class CreditScorecard
{
    /// <summary>Creates a scorecard.</summary>
    /// <param name="name">The scorecard's name.</param>
    /// <param name="characteristics">The characteristics, at least one, each field once.</param>
    /// <param name="grades">The grade table, at least one line; kept highest minimum first.</param>
    /// <param name="suggestedLimit">How a limit is suggested, or null for none.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="suggestedLimit"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">The name is blank, a list is empty, a field comes twice, or two grade lines have the same minimum.</exception>
    public CreditScorecard(string name, IEnumerable<ScorecardCharacteristic> characteristics, IEnumerable<ScorecardGrade> grades, SuggestedLimit? suggestedLimit = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        var list = Guard.Against.Null(characteristics).ToArray();
        var table = Guard.Against.Null(grades).ToArray();
        if (list.Length == 0 || table.Length == 0 || Array.IndexOf(list, null) >= 0 || Array.IndexOf(table, null) >= 0)
        {
            throw new ArgumentException(Messages.Get("ScorecardEmpty"), list.Length == 0 ? nameof(characteristics) : nameof(grades));
        }

        if (list.GroupBy(c => c.Field, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Messages.Format("CharacteristicTwice", twice.Key), nameof(characteristics));
        }

        if (table.GroupBy(g => g.MinScore).FirstOrDefault(g => g.Count() > 1) is { } same)
        {
            throw new ArgumentException(Messages.Format("GradeMinimumTwice", same.Key), nameof(grades));
        }

        Characteristics = ReadOnly.Of(list);
        Grades = ReadOnly.Of(table.OrderByDescending(g => g.MinScore).ToArray());
        Limit = suggestedLimit;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the characteristics, in the order given.</summary>
    public IReadOnlyList<ScorecardCharacteristic> Characteristics { get; }

    /// <summary>Gets the grade table, highest minimum first.</summary>
    public IReadOnlyList<ScorecardGrade> Grades { get; }

    /// <summary>Gets how a limit is suggested, or null.</summary>
    public SuggestedLimit? Limit { get; }

    /// <summary>Gets the grade a score earns: the first line of <see cref="Grades"/> whose minimum it reaches, or null below them all.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The grade, or null.</returns>
    public string? GradeOf(decimal score) => Grades.FirstOrDefault(g => score >= g.MinScore)?.Grade;

    /// <summary>
    /// Checks every characteristic's field against an archive's rule fields and compiles the scorecard: each must be a
    /// numeric field (a built-in field, a trading statistic, a number custom field or profile value, or with
    /// <paramref name="withMetrics"/> a portfolio metric).
    /// </summary>
    /// <param name="archive">The archive whose fields the characteristics name.</param>
    /// <param name="withMetrics">Whether portfolio metrics (<c>abc</c> is not numeric; <c>rfm</c>, <c>dso</c>, … are) may be read; profiles then carry <see cref="Sales.CustomerMetrics"/>.</param>
    /// <returns>The compiled scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    /// <exception cref="RuleSyntaxException">A field is unknown, not numeric, or a metric without <paramref name="withMetrics"/>; every such field is reported.</exception>
    public CompiledScorecard Compile(ArchiveSnapshot archive, bool withMetrics = false)
    {
        Guard.Against.Null(archive);
        var catalog = new RuleFieldCatalog(archive, withMetrics);
        var errors = new List<RuleSyntaxError>();
        var fields = new List<FieldAccessor>();
        foreach (var characteristic in Characteristics)
        {
            var field = catalog.Find(characteristic.Field);
            var problem = field is null
                ? ProfileFields.Find(characteristic.Field) is { IsMetric: true } metric
                    ? Messages.Format("MetricNeedsMetrics", characteristic.Field, metric.Name)
                    : Messages.Format("UnknownField", characteristic.Field, string.Join(", ", catalog.Closest(characteristic.Field)))
                : field.Kind != RuleFieldKind.Number ? Messages.Format("CharacteristicNotNumber", characteristic.Field) : null;
            if (problem is null)
            {
                fields.Add(field!);
            }
            else
            {
                errors.Add(new RuleSyntaxError(problem, 0, 0, characteristic.Field, []) { RuleName = Name });
            }
        }

        return errors.Count == 0 ? new CompiledScorecard(this, [.. fields]) : throw new RuleSyntaxException(errors);
    }
}
