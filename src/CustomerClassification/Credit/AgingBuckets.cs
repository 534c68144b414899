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
            throw new ArgumentException($"The bounds {string.Join(", ", _upperBounds)} must start at 0 or more and increase strictly.", nameof(upperBounds));
        }

        UpperBounds = new ReadOnlyCollection<int>(_upperBounds);
        Labels = new ReadOnlyCollection<string>(MakeLabels(_upperBounds));
    }

    /// <summary>Gets the default brackets: not yet due, 1–30, 31–60, 61–90, 91–180, 181–365, over 365.</summary>
    public static AgingBuckets Default { get; } = new([0, 30, 60, 90, 180, 365]);

    /// <summary>Gets the inclusive upper bounds of every bracket but the last.</summary>
    public IReadOnlyList<int> UpperBounds { get; }

    /// <summary>Gets the number of brackets (one more than the bounds).</summary>
    public int Count => _upperBounds.Length + 1;

    /// <summary>Gets the labels of the brackets, such as <c>≤0</c>, <c>1-30</c>, <c>&gt;365</c>.</summary>
    public IReadOnlyList<string> Labels { get; }

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

    private static string[] MakeLabels(int[] bounds)
    {
        static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        var labels = new string[bounds.Length + 1];
        labels[0] = "≤" + Text(bounds[0]);
        for (var i = 1; i < bounds.Length; i++)
        {
            labels[i] = $"{Text(bounds[i - 1] + 1)}-{Text(bounds[i])}";
        }

        labels[bounds.Length] = ">" + Text(bounds[bounds.Length - 1]);
        return labels;
    }
}
