using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerClassification.Tests.Generators;

/// <summary>Values at the edges of what the model holds: amounts at T3's money limits, dates at the ends of its range, text from every Unicode category.</summary>
public static class BoundGenerators
{
    public const decimal MaxAmount = 922_337_203_685_477.5807m;

    public static readonly LocalDate FirstDay = new(1753, 1, 1);

    public static readonly LocalDate LastDay = new(9999, 12, 31);

    /// <summary>Amounts within ±<see cref="MaxAmount"/>, often at or next to the limits.</summary>
    public static Gen<decimal> Amounts { get; } = Gen.Frequency(
        (3, Gen.Elements(MaxAmount, -MaxAmount, MaxAmount - 0.0001m, 0m, 0.0001m, -0.0001m)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 100m)),
        (1, Gen.Choose(0, 1_000_000).Select(i => MaxAmount - (i / 10_000m))));

    /// <summary>Days within 1753-01-01 … 9999-12-31, often at or next to the ends.</summary>
    public static Gen<LocalDate> Days { get; } = Gen.Frequency(
        (2, Gen.Elements(FirstDay, LastDay, FirstDay.PlusDays(1), LastDay.PlusDays(-1), new LocalDate(2024, 2, 29))),
        (3, Gen.Choose(0, Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days).Select(d => FirstDay.PlusDays(d))));

    /// <summary>One character of each Unicode category the generator picks, surrogate halves included (alone or paired).</summary>
    public static Gen<string> Texts { get; } =
        Gen.Choose(0, 0x10FFFF).Select(CharsOf).ListOf().Select(parts => string.Concat(parts));

    public static Arbitrary<decimal> AmountArbitrary() => Amounts.ToArbitrary();

    public static Arbitrary<LocalDate> DayArbitrary() => Days.ToArbitrary();

    // A code point as text: a surrogate code point stays a lone half, which is what hostile files hold.
    private static string CharsOf(int codePoint) =>
        codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
}
