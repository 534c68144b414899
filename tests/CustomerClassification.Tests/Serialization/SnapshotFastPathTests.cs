using System.Text;
using System.Text.Json.Nodes;
using CustomerClassification.Archives;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

/// <summary>The one-pass reader takes what this library writes and gives up on anything else, leaving the checked reader to report it.</summary>
public class SnapshotFastPathTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 0, 0));

    private static AccountSets.AccountSet? Fast(string json) => SnapshotFastPath.TryRead(Encoding.UTF8.GetBytes(json), Clock);

    [Fact]
    public void ASavedSnapshot_IsReadInOnePass_AsWritten()
    {
        var json = SnapshotJson.ToJson(SnapshotJsonTests.Standard());
        using var compact = new System.IO.MemoryStream();
        SnapshotJson.Write(SnapshotJsonTests.Standard(), compact, indented: false);

        Assert.Equal(json, SnapshotJson.ToJson(Fast(json)!));
        Assert.Equal(json, SnapshotJson.ToJson(SnapshotFastPath.TryRead(compact.ToArray(), Clock)!));
    }

    [Theory]
    [InlineData("customers", 0, "extra", "1")]            // an unknown property
    [InlineData("customers", 0, "developedOn", "\"2024-02-30\"")]
    [InlineData("customers", 0, "creditLimit", "\"lots\"")]
    [InlineData("customers", 0, "code", "\"C 1\"")]          // a value the customer refuses
    [InlineData("customers", 0, "categoryCode", "\"99\"")]   // the archive's rule, not the value's
    [InlineData("changeLog", 0, "sequence", "7")]
    [InlineData("changeLog", 0, "actor", "\" \"")]
    [InlineData("changeLog", 0, "operation", "\"explode\"")]
    public void AnythingWrong_IsLeftToTheCheckedReader(string array, int item, string property, string value)
    {
        var document = JsonNode.Parse(SnapshotJson.ToJson(SnapshotJsonTests.Standard()))!.AsObject();
        document[array]![item]![property] = JsonNode.Parse(value);
        var json = document.ToJsonString();

        Assert.Null(Fast(json));
        Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, Clock));
    }

    [Fact]
    public void TheChangeLog_IsReadWhenFirstAskedFor_AsTheCheckedReaderReadsIt_AndGoesOnFromItsEnd()
    {
        var json = SnapshotJson.ToJson(SnapshotJsonTests.Standard());
        var checkedLog = SnapshotJson.LoadChecked(json, Clock).Archive.Snapshot.ChangeLog;
        var archive = Fast(json)!.Archive;
        var saved = archive.Snapshot.ChangeLog;

        // Asked for from several threads at once, the first time.
        var entries = new CustomerClassification.Archives.ChangeLogEntry[saved.Count];
        System.Threading.Tasks.Parallel.For(0, saved.Count, i => entries[i] = saved[i]);
        archive.Add(new CustomerClassification.Customers.Customer("C999", "新客户") { CategoryCode = archive.Snapshot.First().CategoryCode }, "test");

        Assert.True(checkedLog.Count > 1);
        Assert.Equal(checkedLog, entries);
        Assert.Equal(checkedLog.Count + 1, archive.Snapshot.ChangeLog.Count);
        Assert.Equal(checkedLog.Count + 1, archive.Snapshot.ChangeLog[^1].Sequence);
        Assert.Equal(checkedLog, archive.Snapshot.ChangeLog.Take(checkedLog.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(4096)]
    public void AFile_IsReadAsItGoes_ThroughAWindowOfAnySize_AndACutOneIsLeftToTheCheckedReader(int window)
    {
        var json = Encoding.UTF8.GetBytes(SnapshotJson.ToJson(SnapshotJsonTests.Standard()));
        AccountSets.AccountSet? Streamed(byte[] bytes) => SnapshotFastPath.TryRead(new Utf8Window(new System.IO.MemoryStream(bytes), window), Clock);

        Assert.Equal(Encoding.UTF8.GetString(json), SnapshotJson.ToJson(Streamed(json)!));
        foreach (var cut in new[] { 1, json.Length / 3, json.Length / 2, json.Length - 2 })
        {
            Assert.Null(Streamed(json.AsSpan(0, cut).ToArray()));
        }

        Assert.Null(Streamed([.. json, .. "{}"u8]));
        Assert.Null(Streamed(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(json).Replace("\"customers\": [", "\"customers\": [,", StringComparison.Ordinal))));
    }

    [Fact]
    public void AChangeLogTextThatIsNoText_IsFoundWhenLoading_ThoughEntriesAreReadLater()
    {
        // An escaped lone surrogate: a string token, but no text.
        var json = SnapshotJson.ToJson(SnapshotJsonTests.Standard());
        var after = json.IndexOf("\"after\": \"", json.IndexOf("\"changeLog\"", StringComparison.Ordinal), StringComparison.Ordinal) + "\"after\": \"".Length;
        var tampered = json.Insert(after, "\\ud800");

        Assert.Null(Fast(tampered));
        Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(tampered, Clock));
    }

    [Fact]
    public void AValueRepeatedAsANumberAndAsText_IsReadForWhatItIs_NotFromTheFirst()
    {
        // The first customer's limit, 10, is remembered; the second's "10" is text, which a limit refuses.
        var document = JsonNode.Parse(SnapshotJson.ToJson(SnapshotJsonTests.Standard()))!.AsObject();
        var customers = document["customers"]!.AsArray();
        customers[0]!["creditLimit"] = 10;
        customers[1]!["creditLimit"] = "10";
        var json = document.ToJsonString();

        Assert.Null(Fast(json));
        Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, Clock));
    }

    [Fact]
    public void ValuesRepeatedOverManyCustomers_AreShared_AndReadAsTheCheckedReaderReadsThem()
    {
        var archive = new CustomerClassification.Archives.CustomerArchive(new CustomerClassification.Archives.ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2"), customersClassified: false), Clock);
        var batch = new CustomerClassification.Archives.ChangeBatch();
        for (var i = 0; i < 10_000; i++)
        {
            batch.Add(new CustomerClassification.Customers.Customer($"C{i:D5}", $"客户{i}") { CreditGrade = i % 2 == 0 ? "AA" : "B", CreditLimit = i % 7 * 1000m, DevelopedOn = new LocalDate(2020, 1, 1).PlusDays(i % 30), Contact = $"联系人{i}" });
        }

        archive.Apply(batch, "test");
        var json = SnapshotJson.ToJson(new AccountSets.AccountSet(archive));
        var fast = Fast(json)!;

        Assert.Equal(json, SnapshotJson.ToJson(fast));
        Assert.Equal(SnapshotJson.ToJson(SnapshotJson.LoadChecked(json, Clock)), SnapshotJson.ToJson(fast));
        var read = fast.Archive.ToArray();
        Assert.Same(read[0].CreditGrade, read[2].CreditGrade);
        Assert.Equal("联系人9999", read[^1].Contact);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1}")]
    [InlineData("[]")]
    [InlineData("{\"settings\":{\"categoryScheme\":\"2-2\"},\"schemaVersion\":1, \"x\": 1}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"}} trailing")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\",\"cust\\u006fmFields\":{}}]}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\",\"shipTo\":[\"a\"],\"shipToAddresses\":[\"b\"]}]}")]
    [InlineData("{\"schemaVersion\":1,,\"settings\":{\"categoryScheme\":\"2-2\"}}")]
    [InlineData("{\"schemaVersion\":1 \"settings\":{\"categoryScheme\":\"2-2\"}}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\"} {\"code\":\"C2\",\"name\":\"乙\"}]}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\"},,]}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[/* none */]}")]
    public void AnUnusualDocument_IsLeftToTheCheckedReader(string json) => Assert.Null(Fast(json));

    [Fact]
    public void TrailingCommas_AreReadAsTheCheckedReaderReadsThem()
    {
        const string json = "{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\"},],}";

        Assert.Equal(SnapshotJson.ToJson(SnapshotJson.LoadChecked(json, Clock)), SnapshotJson.ToJson(Fast(json)!));
    }

    [Fact]
    public void PropertiesInAnotherOrder_AreReadByTheCheckedReader_WithTheSameResult()
    {
        var document = JsonNode.Parse(SnapshotJson.ToJson(SnapshotJsonTests.Standard()))!.AsObject();
        var settings = document["settings"]!;
        document.Remove("settings");
        document["settings"] = settings.DeepClone();
        var json = document.ToJsonString();

        Assert.Null(Fast(json));
        Assert.Equal(SnapshotJson.ToJson(SnapshotJsonTests.Standard()), SnapshotJson.ToJson(SnapshotJson.FromJson(json, Clock)));
    }
}
