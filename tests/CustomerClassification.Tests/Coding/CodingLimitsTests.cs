using CustomerClassification.Coding;

namespace CustomerClassification.Tests.Coding;

public class CodingLimitsTests
{
    [Fact]
    public void CustomerCategory_HasTheT3Limits()
    {
        var limits = CodingLimits.CustomerCategory;

        Assert.Equal(5, limits.MaxLevels);
        Assert.Equal(9, limits.MaxLevelLength);
        Assert.Equal(12, limits.MaxTotalLength);
        Assert.Equal("levels ≤ 5, level ≤ 9, total ≤ 12", limits.ToString());
    }

    [Theory]
    [InlineData(0, 9, 9)]
    [InlineData(10, 9, 20)]
    [InlineData(3, 0, 3)]
    [InlineData(3, 10, 12)]
    [InlineData(3, 3, 0)]
    [InlineData(3, 3, 10)]
    public void Constructor_OutOfRange_Throws(int levels, int levelLength, int total) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingLimits(levels, levelLength, total));

    [Fact]
    public void Equality_IsByValues() => Assert.Equal(new CodingLimits(4, 9, 12), new CodingLimits(4, 9, 12));
}
