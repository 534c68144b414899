using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>A customer's score on a scorecard: the total, the grade, the suggested limit and each characteristic's points. Immutable.</summary>
public sealed class ScorecardResult
{
    internal ScorecardResult(string customerCode, string scorecard, decimal score, string? grade, decimal? suggestedLimit, CharacteristicScore[] points)
    {
        CustomerCode = customerCode;
        ScorecardName = scorecard;
        Score = score;
        Grade = grade;
        SuggestedLimit = suggestedLimit;
        Points = ReadOnly.Of(points);
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the scorecard's name.</summary>
    public string ScorecardName { get; }

    /// <summary>Gets the score: the sum of the points.</summary>
    public decimal Score { get; }

    /// <summary>Gets the grade earned, or null when the score is below every line of the table.</summary>
    public string? Grade { get; }

    /// <summary>Gets the suggested limit, or null when the scorecard suggests none.</summary>
    public decimal? SuggestedLimit { get; }

    /// <summary>Gets each characteristic's value, bin and points, in the scorecard's order.</summary>
    public IReadOnlyList<CharacteristicScore> Points { get; }

    /// <summary>Returns the explanation, in the messages' language: the score, grade and limit, then one line per characteristic.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var head = Messages.Format("ScoreHead", CustomerCode, ScorecardName, Number(Score), Grade ?? Messages.Get("NoValue"), SuggestedLimit is { } limit ? Number(limit) : Messages.Get("NoValue"));
        return string.Join("\n", Points.Select(p => "  " + Messages.Format(
            "ScoreLine",
            p.Field,
            p.Value is { } value ? Number(value) : Messages.Get("NoValue"),
            p.Bin?.ToString() ?? Messages.Get("NoBin"),
            Number(p.Points))).Prepend(head));
    }

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
