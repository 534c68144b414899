using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CustomerClassification.Credit;

/// <summary>The bad-debt provision rates (坏账准备计提比例) of the aging method: one rate from 0 to 1 per aging bracket. Immutable.</summary>
public sealed class ProvisionRates
{
    /// <summary>Creates rates.</summary>
    /// <param name="rates">One rate per bracket, in bracket order, each from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">No rate is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside 0 to 1.</exception>
    public ProvisionRates(IEnumerable<decimal> rates)
    {
        var copy = Guard.Against.Null(rates).ToArray();
        Guard.Against.NullOrEmpty(copy, nameof(rates));
        foreach (var rate in copy)
        {
            if (rate is < 0m or > 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(rates), rate, Messages.Get("ProvisionRateRange"));
            }
        }

        Rates = new ReadOnlyCollection<decimal>(copy);
    }

    /// <summary>Gets the rate of each bracket.</summary>
    public IReadOnlyList<decimal> Rates { get; }
}
