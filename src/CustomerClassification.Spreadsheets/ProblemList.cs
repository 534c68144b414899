using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// The problems a report lists: at most <see cref="MaxListed"/>, then one more saying how many were left out. A file
/// of a million bad cells gives a report a user can read, not a million lines (as snapshots stop at 1,000 problems).
/// </summary>
internal static class ProblemList
{
    public const int MaxListed = 1_000;

    public static IReadOnlyList<ImportProblem> Bounded(IReadOnlyList<ImportProblem> problems) =>
        problems.Count <= MaxListed
            ? problems
            : [.. problems.Take(MaxListed), new ImportProblem(problems[MaxListed].Row, null, null, SheetText.Format("ProblemsNotListed", problems.Count - MaxListed, MaxListed))];
}
