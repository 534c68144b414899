using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Rules;

namespace CustomerClassification.Tests.Hostile;

// Issue #28 row 11: the one text check holds wherever text enters, not only for customers.
public sealed class PlainTextHostileTests
{
    public static TheoryData<string> Hostile => ["a\u202Eb", "a\u200Bb", "a\uFEFFb", "a\ud800b", "a\u2028b", "a\0b", "a\u001b[31mb"];

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void ACategoryName_RefusesWhatACustomerNameRefuses(string name)
    {
        var tree = CategoryTree.CreateBuilder(CodingScheme.Parse("2"));

        Assert.Throws<ArgumentException>(() => tree.Add("01", name));
        Assert.False(tree.Contains("01"));
    }

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void ALockOverrideReason_RefusesIt(string reason) => Assert.Throws<ArgumentException>(() => new LockOverride(reason));

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public void ARuleLiteral_RefusesIt(string text)
    {
        var refused = Assert.Throws<RuleSyntaxException>(() => RuleCondition.Parse("name contains '" + text + "'"));

        Assert.Single(refused.Errors);
    }
}
