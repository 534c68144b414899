using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;

namespace CustomerClassification.Credit;

/// <summary>
/// The ordered credit grades (信用等级), best first, so that "at least grade A" is well
/// defined. The default is <c>AAA &gt; AA &gt; A &gt; B &gt; C</c>. Grades compare ordinally (case-sensitive). An account set's
/// scale is its archive's <see cref="ArchiveSettings.CreditGrades"/>: customers hold only its grades, and credit checks
/// compare on it.
/// </summary>
public sealed class CreditGradeScale
{
    private readonly Dictionary<string, int> _rank;

    /// <summary>Creates a scale.</summary>
    /// <param name="gradesBestFirst">The grades, best first; trimmed, not blank, no repeats; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gradesBestFirst"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">No grade, a blank grade or a repeated grade.</exception>
    public CreditGradeScale(IEnumerable<string> gradesBestFirst)
    {
        var grades = ArchiveSettings.GradeList(gradesBestFirst, nameof(gradesBestFirst));
        _rank = ArchiveSettings.Ranks(grades);
        Grades = grades;
    }

    /// <summary>Gets the default scale <c>AAA &gt; AA &gt; A &gt; B &gt; C</c> (<see cref="ArchiveSettings.DefaultCreditGrades"/>).</summary>
    public static CreditGradeScale Default { get; } = new(ArchiveSettings.DefaultCreditGrades);

    /// <summary>Gets the grades, best first.</summary>
    public IReadOnlyList<string> Grades { get; }

    /// <summary>Tells whether the scale has a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>True when the grade is on the scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    public bool Contains(string grade) => _rank.ContainsKey(Guard.Against.Null(grade));

    /// <summary>Tells whether a grade is at least as good as a minimum.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="minimum">The minimum grade.</param>
    /// <returns>True when <paramref name="grade"/> is the minimum or better.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A grade is not on the scale.</exception>
    public bool IsAtLeast(string grade, string minimum) => RankOf(grade, nameof(grade)) <= RankOf(minimum, nameof(minimum));

    /// <summary>Returns the grades joined as <c>AAA &gt; AA &gt; A</c>.</summary>
    /// <returns>The scale as text.</returns>
    public override string ToString() => ArchiveSettings.ScaleText(Grades);

    private int RankOf(string grade, string parameterName)
    {
        Guard.Against.Null(grade, parameterName);
        return _rank.TryGetValue(grade, out var rank)
            ? rank
            : throw new ArgumentException(Messages.Format("GradeNotOnScale", grade, this), parameterName);
    }
}
