using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>A <see cref="CreditScorecard"/> compiled against an archive's fields: scores profiles. Immutable and thread-safe.</summary>
public sealed class CompiledScorecard
{
    private readonly FieldAccessor[] _fields;

    internal CompiledScorecard(CreditScorecard scorecard, FieldAccessor[] fields)
    {
        Scorecard = scorecard;
        _fields = fields;
    }

    /// <summary>Gets the scorecard.</summary>
    public CreditScorecard Scorecard { get; }

    /// <summary>
    /// Scores a customer: each characteristic's value, the bin it falls in and its points (an empty value or one in no
    /// bin scores 0), the total score, the grade it earns, and the suggested limit from the profile's monthly sales
    /// (<see cref="TradingStats.MonthlyAverage"/>).
    /// </summary>
    /// <param name="profile">The profile; with metrics when the scorecard reads them.</param>
    /// <returns>The result, which explains itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ScorecardResult Score(CustomerProfile profile)
    {
        Guard.Against.Null(profile);
        var points = Scorecard.Characteristics.Select((c, i) =>
        {
            var value = _fields[i].Read(profile) is { } read ? Convert.ToDecimal(read, System.Globalization.CultureInfo.InvariantCulture) : (decimal?)null;
            var bin = value is { } v ? c.BinOf(v) : null;
            return new CharacteristicScore(c.Field, value, bin);
        }).ToArray();
        var score = points.Sum(p => p.Points);
        return new ScorecardResult(profile.Customer.Code, Scorecard.Name, score, Scorecard.GradeOf(score), Scorecard.Limit?.For(profile.Stats.MonthlyAverage), points);
    }
}
