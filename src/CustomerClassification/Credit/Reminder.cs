using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>A reminder already sent to a customer (催款记录), passed to a dunning run by the host. Immutable.</summary>
public sealed record Reminder
{
    /// <summary>Creates a reminder.</summary>
    /// <param name="customerCode">The customer code (客户编码).</param>
    /// <param name="level">The level sent (级别), 1 or more.</param>
    /// <param name="date">The day it was sent (日期).</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerCode"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below 1 or the date outside 1753–9999.</exception>
    public Reminder(string customerCode, int level, LocalDate date)
    {
        CustomerCode = Guard.Against.NullOrWhiteSpace(customerCode).Trim();
        Level = Guard.Against.OutOfRange(level, nameof(level), 1, int.MaxValue);
        Date = Money.Day(date, nameof(date));
    }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the level sent.</summary>
    public int Level { get; }

    /// <summary>Gets the day it was sent.</summary>
    public LocalDate Date { get; }
}
