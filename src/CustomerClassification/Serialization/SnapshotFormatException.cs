using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CustomerClassification.Serialization;

/// <summary>
/// A snapshot document that cannot be loaded: malformed JSON, a missing or newer schema version, or values that
/// break a rule of the model. <see cref="Problems"/> lists every problem found, each with its JSON path.
/// </summary>
public sealed class SnapshotFormatException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SnapshotFormatException(IEnumerable<SnapshotProblem> problems)
        : this(Checked(problems))
    {
    }

    private SnapshotFormatException(SnapshotProblem[] problems)
        : base(problems.Length == 1 ? problems[0].ToString() : $"{problems[0]} ({problems.Length - 1} more problems, see Problems.)")
    {
        Problems = new ReadOnlyCollection<SnapshotProblem>(problems);
    }

    /// <summary>Gets every problem, in document order.</summary>
    public IReadOnlyList<SnapshotProblem> Problems { get; }

    private static SnapshotProblem[] Checked(IEnumerable<SnapshotProblem> problems)
    {
        var array = Guard.Against.Null(problems).ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        return array.Length > 0 ? array : throw new ArgumentException("There must be at least one problem.", nameof(problems));
    }
}
