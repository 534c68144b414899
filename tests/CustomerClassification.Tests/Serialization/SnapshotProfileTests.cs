using System.Text.Json.Nodes;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

[EnglishMessages]
public sealed class SnapshotProfileTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    private static AccountSet Profiled()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联") with { RegionCode = "3101" }, SampleArchive.Actor);
        archive.DescribeCategory(DimensionNames.Category, "01", "华东经销商", SampleArchive.Actor);
        archive.DisableCategory(DimensionNames.Category, "01001", SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "paymentTerms", PaymentTerms.Parse("n/30"), SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01", "autoApprovedGrades", new[] { "AAA", "AA" }, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "taxRate", 0.13m, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "allowedOverdueDays", 30, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Region, "31", "prepayment", true, SampleArchive.Actor);
        archive.SetDefaultProfileValue("currency", "USD", SampleArchive.Actor);
        return new AccountSet(archive);
    }

    [Fact]
    public void Profiles_DescriptionsAndFlags_AreSavedAndLoadedBack()
    {
        var json = SnapshotJson.ToJson(Profiled());

        var loaded = SnapshotJson.FromJson(json, Clock).Archive.Snapshot;

        Assert.Equal(json, SnapshotJson.ToJson(new AccountSet(SnapshotJson.FromJson(json, Clock).Archive)));
        var tree = loaded.CategoriesOf(DimensionNames.Category);
        Assert.Equal("华东经销商", tree.Get("01").Description);
        Assert.False(tree.Get("01001").IsActive);
        Assert.Equal(Profiled().Archive.Snapshot.ProfileOf(DimensionNames.Category, "01"), loaded.ProfileOf(DimensionNames.Category, "01"));
        Assert.Equal("USD", loaded.ProfileDefaults.Find("currency"));
        Assert.Equal(true, loaded.EffectiveProfile("C001").Get("prepayment").Value);
        Assert.Equal(0.13m, loaded.EffectiveProfile("C001").Get("taxRate").Value);
        Assert.Equal("C001", Assert.Single(loaded).Code);
    }

    [Fact]
    public void ModelWithoutProfiles_IsWrittenAsBefore()
    {
        var archive = SampleArchive.Create();

        var json = SnapshotJson.ToJson(new AccountSet(archive));

        Assert.DoesNotContain("profile", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"active\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("description", json, StringComparison.Ordinal);
    }

    [Fact]
    public void BadProfileValues_AreReported_WithTheirPaths()
    {
        var document = JsonNode.Parse(SnapshotJson.ToJson(Profiled()))!.AsObject();
        var categories = document["categories"]!["category"]!.AsArray();
        categories[0]!["profile"]!["paymentTerms"] = "sometime";
        categories[0]!["profile"]!["colour"] = "red";
        categories[1]!["profile"]!["taxRate"] = 1.3m;
        categories[1]!["active"] = "no";
        document["profileDefaults"]!["currency"] = 5;

        var problems = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(document.ToJsonString(), Clock)).Problems;

        Assert.Equal(
        [
            "$.categories.category[0].profile.colour",
            "$.categories.category[0].profile.paymentTerms",
            "$.categories.category[1].active",
            "$.categories.category[1].profile.taxRate",
            "$.profileDefaults.currency",
        ], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }
}
