using System.Globalization;

namespace CustomerClassification.Tests;

/// <summary>
/// How much of the slow randomised tests to run: the sizes written in the tests are CI's, which sets
/// <c>TEST_SCALE=1</c>; a plain <c>dotnet test</c> runs a quarter of each (at least one case), so a first run stays quick.
/// </summary>
internal static class TestScale
{
    public static double Factor { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("TEST_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 0.25;

    /// <summary>The number of cases to run of a test sized <paramref name="full"/> for CI.</summary>
    public static int Of(int full) => Math.Max(1, (int)Math.Round(full * Factor));
}
