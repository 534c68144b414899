using CustomerClassification.Coding;

namespace CustomerClassification.Tests.Coding;

[EnglishMessages]
public class CodingSchemeTests
{
    private static readonly CodingScheme Scheme234 = CodingScheme.Parse("2-3-4");

    [Theory]
    [InlineData("2-3-4", new[] { 2, 3, 4 })]
    [InlineData("234", new[] { 2, 3, 4 })]
    [InlineData(" 2-3-4 ", new[] { 2, 3, 4 })]
    [InlineData("4", new[] { 4 })]
    [InlineData("2-2-2-2-2", new[] { 2, 2, 2, 2, 2 })]
    [InlineData("9-3", new[] { 9, 3 })]
    public void Parse_ValidText_GivesLevels(string text, int[] levels)
    {
        var scheme = CodingScheme.Parse(text);

        Assert.Equal(levels, scheme.Levels);
        Assert.Equal(levels.Length, scheme.LevelCount);
        Assert.Equal(levels.Sum(), scheme.TotalLength);
        Assert.Equal(string.Join("-", levels), scheme.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("2--3", "level 2 is empty")]
    [InlineData("2-3-", "level 3 is empty")]
    [InlineData("2-x-4", "'x'")]
    [InlineData("2-10", "level 2 has length 10")]
    [InlineData("2-100", "'100'")]
    [InlineData("2 3 4", "' ' at position 2")]
    [InlineData("２-３", "'２-３'")]
    [InlineData("2-0-4", "level 2 has length 0")]
    [InlineData("204", "level 2 has length 0")]
    [InlineData("2-2-2-2-2-2", "6 levels, but at most 5")]
    [InlineData("9-9", "add up to 18 characters, but at most 12")]
    [InlineData("4-4-4-1", "add up to 13")]
    [InlineData("+2-3", "'+2'")]
    public void Parse_InvalidText_ThrowsFormatExceptionSayingWhy(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => CodingScheme.Parse(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(CodingScheme.TryParse(text, out var scheme));
        Assert.Null(scheme);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CodingScheme.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CodingScheme.Parse("2-3", null!));
        Assert.False(CodingScheme.TryParse(null, out _));
    }

    [Fact]
    public void Parse_WithExplicitLimits_AppliesThem()
    {
        var fourLevels = new CodingLimits(4, 9, 20);

        Assert.Equal(new[] { 3, 3, 3, 3 }, CodingScheme.Parse("3-3-3-3", fourLevels).Levels);
        Assert.Throws<FormatException>(() => CodingScheme.Parse("1-1-1-1-1", fourLevels));
        Assert.True(CodingScheme.TryParse("9-9", new CodingLimits(2, 9, 18), out var wide));
        Assert.Equal(18, wide.TotalLength);
    }

    [Fact]
    public void Constructor_BreakingTheLimits_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingScheme([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingScheme([0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingScheme([10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingScheme([-1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CodingScheme([1, 1, 1, 1, 1, 1]));
        Assert.Throws<ArgumentNullException>(() => new CodingScheme(null!));
        Assert.Throws<ArgumentNullException>(() => new CodingScheme([2], null!));
    }

    [Fact]
    public void Constructor_CopiesTheLevels()
    {
        var levels = new[] { 2, 3 };
        var scheme = new CodingScheme(levels);
        levels[0] = 9;

        Assert.Equal(new[] { 2, 3 }, scheme.Levels);
        Assert.Throws<NotSupportedException>(() => ((IList<int>)scheme.Levels)[0] = 7);
    }

    [Fact]
    public void Equality_IsByLevels()
    {
        var a = CodingScheme.Parse("2-3-4");
        var b = CodingScheme.Parse("234");
        var c = CodingScheme.Parse("2-3-4-1");

        Assert.True(a == b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.True((CodingScheme?)null == null);
    }

    [Theory]
    [InlineData("01", true)]
    [InlineData("01001", true)]
    [InlineData("010010001", true)]
    [InlineData("AB", true)]
    [InlineData("aB1c2", true)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("010", false)]
    [InlineData("0100100010", false)]
    [InlineData("01 01", false)]
    [InlineData("01-01", false)]
    [InlineData("０１", false)]
    [InlineData("中国", false)]
    [InlineData("é1", false)]
    [InlineData(null, false)]
    public void Fits_ChecksLengthAndCharacters(string? code, bool fits) => Assert.Equal(fits, Scheme234.Fits(code));

    [Theory]
    [InlineData("01", 1, null)]
    [InlineData("01001", 2, "01")]
    [InlineData("010010001", 3, "01001")]
    public void LevelOf_And_ParentOf_FollowTheCumulativeLengths(string code, int level, string? parent)
    {
        Assert.Equal(level, Scheme234.LevelOf(code));
        Assert.Equal(parent, Scheme234.ParentOf(code));
    }

    [Theory]
    [InlineData("010")]
    [InlineData("０１")]
    [InlineData("")]
    public void LevelOf_CodeThatDoesNotFit_ThrowsArgumentException(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => Scheme234.LevelOf(code));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("2-3-4", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Scheme234.ParentOf(code));
    }

    [Fact]
    public void LevelOf_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Scheme234.LevelOf(null!));
        Assert.Throws<ArgumentNullException>(() => Scheme234.ParentOf(null!));
    }

    [Fact]
    public void CodeLength_IsCumulative()
    {
        Assert.Equal(2, Scheme234.CodeLength(1));
        Assert.Equal(5, Scheme234.CodeLength(2));
        Assert.Equal(9, Scheme234.CodeLength(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scheme234.CodeLength(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scheme234.CodeLength(4));
    }

    [Fact]
    public void Codes_CompareOrdinallyAndCaseSensitively()
    {
        var tree = CategoryTree.CreateBuilder(CodingScheme.Parse("2"));
        tree.Add("ab", "lower");
        tree.Add("AB", "upper");

        Assert.Equal(2, tree.Count);
        Assert.Equal(new[] { "AB", "ab" }, tree.Select(c => c.Code));
        Assert.Null(tree.Find("Ab"));
    }
}
