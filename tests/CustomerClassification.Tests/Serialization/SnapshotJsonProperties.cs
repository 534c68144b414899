using CustomerClassification.Archives;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

[ScaledProperties(Arbitrary = [typeof(SnapshotGenerators)], MaxTest = 60)]
public sealed class SnapshotJsonProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 1, 1, 0, 0));

    [Property]
    public void Save_Load_Save_GivesByteIdenticalJson_AndEqualCustomers(AccountSetRecipe recipe)
    {
        var original = recipe.Build();
        var json = SnapshotJson.ToJson(original);

        var loaded = SnapshotJson.FromJson(json, Clock);

        Assert.Equal(json, SnapshotJson.ToJson(loaded));
        Assert.Equal(original.Archive.ToArray(), loaded.Archive.ToArray());
        Assert.Equal(original.Archive.ChangeLog.ToArray(), loaded.Archive.ChangeLog.ToArray());
        Assert.Equal(original.Rules, loaded.Rules);
        // The policies' values are saved as profile values: every customer's effective credit policy is the same.
        var before = original.CreditPolicies.For(original.Archive.Snapshot);
        var after = loaded.CreditPolicies.For(loaded.Archive.Snapshot);
        Assert.All(original.Archive, c => Assert.Equal(SnapshotJsonTests.Described(before.EffectivePolicyOf(c.Code)), SnapshotJsonTests.Described(after.EffectivePolicyOf(c.Code))));
        Assert.Equal(original.CreditPolicies.Grades.Grades, loaded.CreditPolicies.Grades.Grades);
    }

    // Read from a stream through a window of a few bytes, cut anywhere, it reads the same (the window grows for a larger value).
    [Property]
    public void TheReader_ReadsAStreamInPieces_AsItReadsTheWholeDocument(AccountSetRecipe recipe, FsCheck.PositiveInt window, bool indented)
    {
        using var document = new System.IO.MemoryStream();
        SnapshotJson.Write(recipe.Build(), document, indented);
        var json = SnapshotJson.ToJson(recipe.Build());

        var read = SnapshotJson.Snapshot(new Utf8Window(new System.IO.MemoryStream(document.ToArray()), 1 + (window.Get % 300)), Clock);

        Assert.Equal(json, SnapshotJson.ToJson(read));
    }

    [Property]
    public void Equal_AccountSets_GiveEqualJson(AccountSetRecipe recipe) =>
        Assert.Equal(SnapshotJson.ToJson(recipe.Build()), SnapshotJson.ToJson(recipe.Build()));
}
