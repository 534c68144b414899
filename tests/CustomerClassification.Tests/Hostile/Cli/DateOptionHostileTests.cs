using CustomerClassification.Tests.Cli;

namespace CustomerClassification.Tests.Hostile.Cli;

// Issue #28 row 14: a day outside 1753-01-01 to 9999-12-31 is no day of an account set, even when NodaTime reads it.
[EnglishMessages]
public sealed class DateOptionHostileTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("-2024-01-01")]
    [InlineData("1752-12-31")]
    public void AnAsOfDayOutsideTheAccountSetsRange_IsRefused(string day)
    {
        var (exitCode, _, error) = Ccls.Run("aging", "--model", "model.json", "--open-items", Ccls.Sample("open-items.csv"), "--as-of", day);

        Assert.Equal(2, exitCode);
        Assert.Contains("outside 1753-01-01 to 9999-12-31", error);
    }
}
