namespace CustomerClassification.Rules;

/// <summary>A line of a scorecard's grade table: a score of at least <see cref="MinScore"/> earns <see cref="Grade"/>. Immutable.</summary>
public sealed record ScorecardGrade
{
    /// <summary>Creates a grade line.</summary>
    /// <param name="minScore">The lowest score that earns the grade.</param>
    /// <param name="grade">The credit grade (信用等级), such as <c>AAA</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is blank or longer than a credit grade may be.</exception>
    public ScorecardGrade(decimal minScore, string grade)
    {
        MinScore = minScore;
        Grade = RuleAction.SetCreditGrade(grade).Value;
    }

    /// <summary>Gets the lowest score that earns the grade.</summary>
    public decimal MinScore { get; }

    /// <summary>Gets the grade.</summary>
    public string Grade { get; }
}
