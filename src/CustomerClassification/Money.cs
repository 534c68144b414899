using NodaTime;

namespace CustomerClassification;

/// <summary>
/// The ranges amounts and dates are held to where they enter the model, as T3 keeps them in SQL Server: amounts within
/// <c>money</c> (±922,337,203,685,477.5807), dates within <c>datetime</c> (1753-01-01 to 9999-12-31). Within these,
/// sums of millions of amounts never overflow a decimal, and no report fails on a value a T3 account set can hold.
/// </summary>
internal static class Money
{
    /// <summary>The largest amount: SQL Server's <c>money</c>.</summary>
    public const decimal Max = 922_337_203_685_477.5807m;

    /// <summary>The first day SQL Server's <c>datetime</c> holds.</summary>
    public static readonly LocalDate FirstDay = new(1753, 1, 1);

    /// <summary>The last day.</summary>
    public static readonly LocalDate LastDay = new(9999, 12, 31);

    /// <summary>An amount within ±<see cref="Max"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is beyond.</exception>
    public static decimal Amount(decimal value, string parameter) =>
        value is > Max or < -Max ? throw new ArgumentOutOfRangeException(parameter, value, Messages.Get("AmountRange")) : value;

    /// <summary>A credit limit: none, or 0 up to <see cref="Max"/>; customers and credit policies hold theirs alike.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is negative or beyond.</exception>
    public static decimal? Limit(decimal? value, string parameter) =>
        value is < 0m ? throw new ArgumentOutOfRangeException(parameter, value, Messages.Get("LimitRange")) : value is { } limit ? Amount(limit, parameter) : null;

    /// <summary>A day within <see cref="FirstDay"/> and <see cref="LastDay"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside.</exception>
    public static LocalDate Day(LocalDate value, string parameter) =>
        value < FirstDay || value > LastDay ? throw new ArgumentOutOfRangeException(parameter, Iso(value), Messages.Get("DateRange")) : value;

    /// <summary>A period from one day to another, both included: the last day may not come before the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>; its actual value is <paramref name="to"/> as ISO text.</exception>
    public static void Period(LocalDate from, LocalDate to, string parameter)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(parameter, Iso(to), Messages.Format("PeriodReversed", Iso(from), Iso(to)));
        }
    }

    // The root namespace reads no layer: dates as ISO text here, as FieldText writes them.
    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Day(LocalDate, string)"/>
    public static LocalDate? Day(LocalDate? value, string parameter) => value is { } day ? Day(day, parameter) : null;
}
