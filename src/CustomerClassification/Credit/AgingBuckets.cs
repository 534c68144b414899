using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;

namespace CustomerClassification.Credit;

/// <summary>
/// The age brackets of an aging report (账龄区间), given by their inclusive upper bounds in days. The default
/// <c>0, 30, 60, 90, 180, 365</c> gives: not yet due (0 or less), 1–30, 31–60, 61–90, 91–180, 181–365 and
/// over 365. Immutable.
/// </summary>
public sealed class AgingBuckets
{
    private readonly int[] _upperBounds;

    /// <summary>Creates brackets.</summary>
    /// <param name="upperBounds">The inclusive upper bound of every bracket but the last, open one; strictly increasing, the first 0 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="upperBounds"/> is null.</exception>
    /// <exception cref="ArgumentException">No bound, a negative first bound, or bounds that do not increase.</exception>
    public AgingBuckets(IEnumerable<int> upperBounds)
    {
        _upperBounds = Guard.Against.Null(upperBounds).ToArray();
        Guard.Against.NullOrEmpty(_upperBounds, nameof(upperBounds));
        if (_upperBounds[0] < 0 || _upperBounds.Zip(_upperBounds.Skip(1), (a, b) => b <= a).Any(bad => bad))
        {
            throw new ArgumentException(Messages.Format("BucketBounds", string.Join(", ", _upperBounds)), nameof(upperBounds));
        }

        UpperBounds = new ReadOnlyCollection<int>(_upperBounds);
    }

    /// <summary>Gets the default brackets: not yet due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365.</summary>
    public static AgingBuckets Default { get; } = new([0, 30, 60, 90, 180, 365]);

    /// <summary>Gets the inclusive upper bounds of every bracket but the last.</summary>
    public IReadOnlyList<int> UpperBounds { get; }

    /// <summary>Gets the number of brackets (one more than the bounds).</summary>
    public int Count => _upperBounds.Length + 1;

    /// <summary>
    /// Gets the labels of the brackets in the current UI language (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>):
    /// <c>not due</c>, <c>1-30</c>, <c>&gt;365</c> in English; <c>未到期</c>, <c>1-30天</c>, <c>365天以上</c> in Chinese.
    /// A first bound above 0 reads <c>≤30</c> (<c>30天以内</c>).
    /// </summary>
    public IReadOnlyList<string> Labels => new ReadOnlyCollection<string>(MakeLabels(_upperBounds));

    /// <summary>Gets the bracket of an age in days.</summary>
    /// <param name="days">The age; 0 or less falls in the first bracket.</param>
    /// <returns>The 0-based bracket index.</returns>
    public int IndexOf(int days)
    {
        for (var i = 0; i < _upperBounds.Length; i++)
        {
            if (days <= _upperBounds[i])
            {
                return i;
            }
        }

        return _upperBounds.Length;
    }

    // The labels in the current UI language: 未到期, 1-30天, 365天以上 in Chinese; not due, 1-30, >365 in English.
    private static string[] MakeLabels(int[] bounds)
    {
        var labels = new string[bounds.Length + 1];
        labels[0] = bounds[0] == 0 ? Messages.Get("AgingNotDue") : Messages.Format("AgingUpTo", bounds[0]);
        for (var i = 1; i < bounds.Length; i++)
        {
            labels[i] = Messages.Format("AgingRange", bounds[i - 1] + 1, bounds[i]);
        }

        labels[bounds.Length] = Messages.Format("AgingOver", bounds[bounds.Length - 1]);
        return labels;
    }
}
