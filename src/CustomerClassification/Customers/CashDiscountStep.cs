namespace CustomerClassification.Customers;

/// <summary>
/// One cash-discount step of <see cref="PaymentTerms"/>: a payment within <see cref="WithinDays"/> days of
/// the invoice date earns <see cref="Percent"/> percent (in <c>2/10</c>, 2 % within 10 days).
/// </summary>
public readonly record struct CashDiscountStep
{
    /// <summary>Creates a step.</summary>
    /// <param name="percent">The discount in percent, greater than 0 and less than 100.</param>
    /// <param name="withinDays">The days after the invoice date within which the payment must come, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public CashDiscountStep(decimal percent, int withinDays)
    {
        if (percent <= 0m || percent >= 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, Messages.Get("CashDiscountRange"));
        }

        Percent = percent;
        WithinDays = Guard.Against.OutOfRange(withinDays, nameof(withinDays), 0, int.MaxValue);
    }

    /// <summary>Gets the discount in percent (2 for 2 %).</summary>
    public decimal Percent { get; }

    /// <summary>Gets the discount as a rate (0.02 for 2 %).</summary>
    public decimal Rate => Percent / 100m;

    /// <summary>Gets the days after the invoice date within which the payment earns the discount.</summary>
    public int WithinDays { get; }
}
