using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// Credit policy values set on a category (信用政策): each optional, so that a category sets only what
/// differs from its ancestors; unset values are inherited from the nearest ancestor that sets them
/// (see <see cref="CreditPolicySet"/>). Immutable; every value checks its range when set. Each value is the credit
/// profile value of the same name (<see cref="CategoryProfileFields"/>): a policy is a way of writing the credit part of
/// a category profile.
/// </summary>
public sealed record CreditPolicy
{
    /// <summary>The policy's values, each as the profile value of its name: declared once, for the set's profile values and the readers of policy files.</summary>
    internal static readonly (CategoryProfileField Field, Func<CreditPolicy, object?> Get, Func<CreditPolicy, object, CreditPolicy> Set)[] Values =
    [
        (CategoryProfileFields.Get("creditLimit"), static p => p.CreditLimit, static (p, v) => p with { CreditLimit = (decimal)v }),
        (CategoryProfileFields.Get("warningThreshold"), static p => p.WarningThreshold, static (p, v) => p with { WarningThreshold = (decimal)v }),
        (CategoryProfileFields.Get("blockOverLimit"), static p => p.BlockOverLimit, static (p, v) => p with { BlockOverLimit = (bool)v }),
        (CategoryProfileFields.Get("allowedOverdueDays"), static p => p.AllowedOverdueDays, static (p, v) => p with { AllowedOverdueDays = (int)v }),
        (CategoryProfileFields.Get("minimumGrade"), static p => p.MinimumGrade, static (p, v) => p with { MinimumGrade = (string)v }),
        (CategoryProfileFields.Get("autoApprovedGrades"), static p => p.AutoApprovedGrades, static (p, v) => p with { AutoApprovedGrades = [.. (IEnumerable<string>)v] }),
        (CategoryProfileFields.Get("paymentTerms"), static p => p.PaymentTerms, static (p, v) => p with { PaymentTerms = (PaymentTerms)v }),
        (CategoryProfileFields.Get("watchListMonths"), static p => p.WatchListMonths, static (p, v) => p with { WatchListMonths = (int)v }),
    ];

    private readonly decimal? _creditLimit;
    private readonly int? _allowedOverdueDays;
    private readonly decimal? _warningThreshold;
    private readonly int? _watchListMonths;
    private readonly IReadOnlyCollection<string>? _autoApprovedGrades;

    /// <summary>Gets the credit limit (信用额度), or null when not set here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one beyond T3's money range (922,337,203,685,477.5807).</exception>
    public decimal? CreditLimit
    {
        get => _creditLimit;
        init => _creditLimit = Money.Limit(value, nameof(value));
    }

    /// <summary>Gets how many days past due an open item may be before orders are blocked, or null when not set here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? AllowedOverdueDays
    {
        get => _allowedOverdueDays;
        init => _allowedOverdueDays = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("OverdueDaysRange")) : value;
    }

    /// <summary>Gets the lowest credit grade that passes without a warning, or null when not set here.</summary>
    public string? MinimumGrade { get; init; }

    /// <summary>Gets the grades whose orders are approved automatically (自动放行) when nothing else stands against them, or null when not set here.</summary>
    public IReadOnlyCollection<string>? AutoApprovedGrades
    {
        get => _autoApprovedGrades;
        init => _autoApprovedGrades = value?.Select(g => Guard.Against.NullOrWhiteSpace(g, nameof(value)).Trim()).Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the share of the credit limit (0 to 1, such as 0.9) above which an order gets a warning, or null when not set here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public decimal? WarningThreshold
    {
        get => _warningThreshold;
        init => _warningThreshold = value is < 0m or > 1m ? throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("ThresholdRange")) : value;
    }

    /// <summary>Gets the months since development during which a customer is on the watch list and always reviewed, or null when not set here.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? WatchListMonths
    {
        get => _watchListMonths;
        init => _watchListMonths = value is < 0 ? throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("WatchMonthsRange")) : value;
    }

    /// <summary>Gets the default payment terms (账期), or null when not set here.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>Gets whether exceeding the limit blocks the order (true) or only warns (false), or null when not set here.</summary>
    public bool? BlockOverLimit { get; init; }

    /// <inheritdoc />
    public bool Equals(CreditPolicy? other) =>
        other is not null && _creditLimit == other._creditLimit && _allowedOverdueDays == other._allowedOverdueDays
        && string.Equals(MinimumGrade, other.MinimumGrade, StringComparison.Ordinal)
        && (_autoApprovedGrades ?? []).SequenceEqual(other._autoApprovedGrades ?? [], StringComparer.Ordinal)
        && (_autoApprovedGrades is null) == (other._autoApprovedGrades is null)
        && _warningThreshold == other._warningThreshold && _watchListMonths == other._watchListMonths
        && Equals(PaymentTerms, other.PaymentTerms) && BlockOverLimit == other.BlockOverLimit;

    /// <inheritdoc />
    public override int GetHashCode() => (_creditLimit, _allowedOverdueDays, MinimumGrade, _warningThreshold, _watchListMonths, PaymentTerms, BlockOverLimit).GetHashCode();
}
