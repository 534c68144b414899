using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.Tests.Hostile;

// Texts that lie: bidi overrides, zero-width characters, lookalike letters.
[EnglishMessages]
public sealed class TextHostileTests
{
    [Theory]
    [InlineData("上海\u202E华联")]
    [InlineData("上海\u2066华联\u2069")]
    [InlineData("上海\u200B华联")]
    [InlineData("上海\u200D华联")]
    [InlineData("\uFEFF上海华联")]
    public void InvisibleFormatCharacters_AreRefusedInNamesTagsActorsAndRuleNames(string text)
    {
        Assert.Contains("invisible format character", Assert.Throws<ArgumentException>(() => new Customer("C1", text)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Customer("C1", "甲") { Tags = [text] });
        Assert.Throws<ArgumentException>(() => new ClassificationRule(text, RuleCondition.Parse("years >= 1"), RuleAction.AddTag("x")));
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2"), customersClassified: false), NodaTime.SystemClock.Instance);
        Assert.Throws<ArgumentException>(() => archive.Add(new Customer("C1", "甲"), text));
        Assert.Empty(archive);
    }

    [Theory]
    [InlineData("n\u0430me")]
    [InlineData("\u03A1egion")]
    public void FieldNamesMixingLatinWithLookalikes_AreRefused(string name) =>
        Assert.Contains("mixes Latin letters", Assert.Throws<ArgumentException>(() => new CustomFieldDefinition(name, CustomFieldType.Text)).Message, StringComparison.Ordinal);

    [Fact]
    public void NamesInOneScript_AreFine()
    {
        Assert.Equal("客户类型", new CustomFieldDefinition("客户类型", CustomFieldType.Text).Name);
        Assert.Equal("имя", new CustomFieldDefinition("имя", CustomFieldType.Text).Name);
        Assert.Equal("wechat_id", new CustomFieldDefinition("wechat_id", CustomFieldType.Text).Name);
    }
}
