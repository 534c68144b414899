using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Rules;

/// <summary>
/// A characteristic of a <see cref="CreditScorecard"/>: a numeric rule field or portfolio metric (月均采购额, 合作年限,
/// rfm, dso, …) and its bins, in increasing order and not overlapping. A value in no bin, or an empty value, scores 0.
/// Immutable.
/// </summary>
public sealed class ScorecardCharacteristic
{
    /// <summary>Creates a characteristic.</summary>
    /// <param name="field">The rule field's name, label or alias; checked when the scorecard is compiled.</param>
    /// <param name="bins">The bins, at least one, in increasing order, each starting at or above the end of the one before.</param>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="ArgumentException">The field is blank, there is no bin, or two bins overlap or are out of order.</exception>
    public ScorecardCharacteristic(string field, IEnumerable<ScorecardBin> bins)
    {
        Field = Guard.Against.NullOrWhiteSpace(field).Trim();
        var list = Guard.Against.Null(bins).ToArray();
        if (list.Length == 0 || Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException(Messages.Format("NoBins", field), nameof(bins));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i - 1].To is not { } end || list[i].From is not { } start || start < end)
            {
                throw new ArgumentException(Messages.Format("BinsOverlap", field, list[i - 1], list[i]), nameof(bins));
            }
        }

        Bins = ReadOnly.Of(list);
    }

    /// <summary>Gets the field as given.</summary>
    public string Field { get; }

    /// <summary>Gets the bins, in increasing order.</summary>
    public IReadOnlyList<ScorecardBin> Bins { get; }

    /// <summary>Finds the bin a value falls in.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The bin, or null when none holds the value.</returns>
    public ScorecardBin? BinOf(decimal value) => Bins.FirstOrDefault(b => b.Holds(value));
}
