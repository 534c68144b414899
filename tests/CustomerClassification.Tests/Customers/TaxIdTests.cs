using CustomerClassification.Customers;

namespace CustomerClassification.Tests.Customers;

[EnglishMessages]
public class TaxIdTests
{
    // Published unified social credit codes of well-known companies, and the example of GB 32100-2015.
    [Theory]
    [InlineData("9144030071526726XG")]
    [InlineData("914403001922038216")]
    [InlineData("91330100716105852F")]
    [InlineData("91110000802100433B")]
    [InlineData("91350100M000100Y43")]
    public void Parse_RealUnifiedSocialCreditCodes_AreValid(string code)
    {
        var taxId = TaxId.Parse(code);

        Assert.Equal(code, taxId.Value);
        Assert.False(taxId.IsLegacy);
        Assert.Equal(code[17], TaxId.CheckCharacter(code.Substring(0, 17)));
    }

    [Theory]
    [InlineData("9144030071526726XH", "check character is 'H', but the first 17 characters give 'G'")]
    [InlineData("9144030071526727XG", "check character")]
    [InlineData("9144030071526726IG", "'I' at position 17")]
    [InlineData("9144030071526726OG", "'O' at position 17")]
    [InlineData("91440300715267?6XG", "'?' at position 15")]
    [InlineData("914403007152", "12 characters")]
    [InlineData("", "0 characters")]
    [InlineData("9144030071526726XG0", "19 characters")]
    [InlineData("44030071526726-", "'-' at position 15")]
    public void Parse_InvalidText_ThrowsFormatExceptionSayingWhy(string text, string reason)
    {
        var e = Assert.Throws<FormatException>(() => TaxId.Parse(text));

        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(TaxId.TryParse(text, out var taxId));
        Assert.Equal(default, taxId);
    }

    [Fact]
    public void Parse_LowerCaseAndSpaces_AreNormalised()
    {
        Assert.Equal("9144030071526726XG", TaxId.Parse(" 9144030071526726xg ").Value);
    }

    [Theory]
    [InlineData("440300715267260")]
    [InlineData("44030019800101123X01")]
    public void Parse_FifteenOrTwentyCharacters_AreLegacyNumbers(string text)
    {
        var taxId = TaxId.Parse(text);

        Assert.True(taxId.IsLegacy);
        Assert.Equal(text, taxId.Value);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TaxId.Parse(null!));
        Assert.False(TaxId.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => TaxId.CheckCharacter(null!));
        Assert.Throws<ArgumentException>(() => TaxId.CheckCharacter("91440300"));
        Assert.Throws<ArgumentException>(() => TaxId.CheckCharacter("9144030071526726I"));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(TaxId.Parse("9144030071526726XG"), TaxId.Parse("9144030071526726xg"));
        Assert.True(TaxId.Parse("914403001922038216") != TaxId.Parse("9144030071526726XG"));
        Assert.Equal(string.Empty, default(TaxId).Value);
        Assert.Equal("914403001922038216", TaxId.Parse("914403001922038216").ToString());
    }

    [Theory]
    [InlineData("11010519491231002X", "110105", 1949, 12, 31)]
    [InlineData("440524188001010014", "440524", 1880, 1, 1)]
    public void Parse_ResidentIds_AreIndividualsTaxIds_WithTheirBirthDate(string text, string division, int year, int month, int day)
    {
        var taxId = TaxId.Parse(text.ToLowerInvariant());

        Assert.Equal((TaxIdKind.ResidentId, text, division), (taxId.Kind, taxId.Value, taxId.AdministrativeDivision));
        Assert.Equal(new NodaTime.LocalDate(year, month, day), taxId.BirthDate);
        Assert.False(taxId.IsLegacy);
        Assert.Null(taxId.RegistrationAuthority);
    }

    [Fact]
    public void Parse_AResidentIdWithTheWrongCheckCharacter_SaysWhich()
    {
        var e = Assert.Throws<FormatException>(() => TaxId.Parse("110105194912310021"));

        Assert.Contains("resident id, whose check character is '1', but the first 17 digits give 'X'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9144030071526726XG", "工商", "企业", "440300")]
    [InlineData("91350100M000100Y43", "工商", "企业", "350100")]
    public void Parse_UnifiedCodes_AreDecoded(string text, string authority, string type, string division)
    {
        var taxId = TaxId.Parse(text);

        Assert.Equal((TaxIdKind.UnifiedSocialCreditCode, authority, type, division), (taxId.Kind, taxId.RegistrationAuthority, taxId.OrganisationType, taxId.AdministrativeDivision));
        Assert.Null(taxId.BirthDate);
    }

    [Fact]
    public void Parse_FullWidthCharactersAndInnerSpaces_AreNormalised() =>
        Assert.Equal("9144030071526726XG", TaxId.Parse("９１４４ ０３００\u3000７１５２６７２６ｘｇ").Value);

    [Theory]
    [InlineData("440300715267260", TaxIdKind.Legacy15)]
    [InlineData("44030019800101123X01", TaxIdKind.Legacy20)]
    public void Parse_LegacyNumbers_TellTheirKind_AndAreNotDecoded(string text, TaxIdKind kind)
    {
        var taxId = TaxId.Parse(text);

        Assert.Equal(kind, taxId.Kind);
        Assert.Null(taxId.AdministrativeDivision);
        Assert.Null(taxId.OrganisationType);
    }
}
