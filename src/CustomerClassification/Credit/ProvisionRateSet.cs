using System.Collections.Generic;

namespace CustomerClassification.Credit;

/// <summary>
/// Provision rates set on categories and inherited down the tree like credit policy: a customer takes the
/// rates of its own category, else of the nearest ancestor that sets them, else the defaults. Immutable:
/// <see cref="With"/> returns a new set.
/// </summary>
public sealed class ProvisionRateSet
{
    private readonly Dictionary<string, ProvisionRates> _rates;

    /// <summary>Creates a set with defaults only.</summary>
    /// <param name="defaults">The rates where no category sets any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaults"/> is null.</exception>
    public ProvisionRateSet(ProvisionRates defaults)
    {
        Defaults = Guard.Against.Null(defaults);
        _rates = new Dictionary<string, ProvisionRates>(StringComparer.Ordinal);
    }

    private ProvisionRateSet(ProvisionRates defaults, Dictionary<string, ProvisionRates> rates)
    {
        Defaults = defaults;
        _rates = rates;
    }

    /// <summary>Gets the rates where no category sets any.</summary>
    public ProvisionRates Defaults { get; }

    /// <summary>Gets the rates set on categories, by category code.</summary>
    public IReadOnlyDictionary<string, ProvisionRates> Rates => _rates;

    /// <summary>Returns a set with rates set on (or replaced on) a category.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="rates">The rates.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="categoryCode"/> is blank, or the rates have another number of brackets than the defaults.</exception>
    public ProvisionRateSet With(string categoryCode, ProvisionRates rates)
    {
        Guard.Against.NullOrWhiteSpace(categoryCode);
        Guard.Against.Null(rates);
        if (rates.Rates.Count != Defaults.Rates.Count)
        {
            throw new ArgumentException($"The rates have {rates.Rates.Count} brackets; the defaults have {Defaults.Rates.Count}.", nameof(rates));
        }

        return new ProvisionRateSet(Defaults, new Dictionary<string, ProvisionRates>(_rates, StringComparer.Ordinal) { [categoryCode] = rates });
    }
}
