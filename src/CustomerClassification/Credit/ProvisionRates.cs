using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CustomerClassification.Customers;

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

    /// <summary>
    /// Reads rates as a category profile's 计提比例 holds them: one per aging bracket in order, each <c>5%</c> or
    /// <c>0.05</c>, separated by commas, such as <c>0%,5%,10%,30%,50%,80%,100%</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The rates, or a failure naming the part that is not a rate from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<ProvisionRates> Parse(string text) => FieldText.Rates(Guard.Against.Null(text)).Select(rates => new ProvisionRates(rates));

    /// <summary>Gets the rates as percentages, <c>0%,5%,10%</c>: the text <see cref="Parse"/> reads.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(",", Rates.Select(r => (r * 100m).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%"));
}
