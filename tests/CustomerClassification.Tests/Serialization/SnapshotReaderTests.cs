using System.Text;
using System.Text.Json.Nodes;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

/// <summary>The one snapshot reader: one pass, from memory or a stream a window at a time, every problem with its path.</summary>
[EnglishMessages]
public class SnapshotReaderTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 0, 0));

    private static string Standard => SnapshotJson.ToJson(SnapshotJsonTests.Standard());

    private static AccountSets.AccountSet Streamed(byte[] bytes, int window) =>
        SnapshotJson.Snapshot(new Utf8Window(new System.IO.MemoryStream(bytes), window), Clock);

    private static SnapshotProblem[] Problems(Func<object> read) => [.. Assert.Throws<SnapshotFormatException>(read).Problems];

    private static string With(string array, int item, string property, string value)
    {
        var document = JsonNode.Parse(Standard)!.AsObject();
        document[array]![item]![property] = JsonNode.Parse(value);
        return document.ToJsonString();
    }

    [Fact]
    public void ASavedSnapshot_IsRead_AsWritten_IndentedOrCompact()
    {
        using var compact = new System.IO.MemoryStream();
        SnapshotJson.Write(SnapshotJsonTests.Standard(), compact, indented: false);

        Assert.Equal(Standard, SnapshotJson.ToJson(SnapshotJson.FromJson(Standard, Clock)));
        Assert.Equal(Standard, SnapshotJson.ToJson(Streamed(compact.ToArray(), 64)));
    }

    [Theory]
    [InlineData("customers", 0, "extra", "1", "$.customers[0].extra", "Unknown property 'extra'")]
    [InlineData("customers", 0, "developedOn", "\"2024-02-30\"", "$.customers[0].developedOn", "is not a date")]
    [InlineData("customers", 0, "creditLimit", "\"lots\"", "$.customers[0].creditLimit", "Expected a number")]
    [InlineData("customers", 0, "creditLimit", "{\"a\": [1]}", "$.customers[0].creditLimit", "Expected a number, found {…}")]
    [InlineData("customers", 0, "tags", "[\"a\", 2]", "$.customers[0].tags[1]", "Expected a string")]
    [InlineData("customers", 0, "code", "\"C 1\"", "$.customers[0].code", "customer code")]
    [InlineData("customers", 0, "name", "7", "$.customers[0].name", "Expected a string")]
    [InlineData("customers", 0, "category", "\"99\"", "$.customers[0].category", "99")]
    [InlineData("customers", 1, "customFields", "{\"爱好\": \"golf\"}", "$.customers[1].customFields.爱好", "is not a custom field")]
    [InlineData("customers", 1, "dimensions", "[]", "$.customers[1].dimensions", "Expected an object, found an array")]
    [InlineData("changeLog", 0, "sequence", "7", "$.changeLog[0].sequence", "Expected sequence 1, found 7")]
    [InlineData("changeLog", 0, "sequence", "1.5", "$.changeLog[0].sequence", "Expected a whole number")]
    [InlineData("changeLog", 0, "actor", "\" \"", "$.changeLog[0].actor", "The actor is blank")]
    [InlineData("changeLog", 0, "operation", "\"explode\"", "$.changeLog[0].operation", "'explode' is not one of")]
    [InlineData("changeLog", 1, "when", "\"now\"", "$.changeLog[1].when", "Unknown property 'when'")]
    public void AnythingWrong_IsReported_WithItsPath_InMemoryOrThroughAnyWindow(string array, int item, string property, string value, string path, string message)
    {
        var json = With(array, item, property, value);

        foreach (var problems in new[] { Problems(() => SnapshotJson.FromJson(json, Clock)), Problems(() => Streamed(Encoding.UTF8.GetBytes(json), 7)) })
        {
            var problem = Assert.Single(problems);
            Assert.Equal(path, problem.Path);
            Assert.Contains(message, problem.Message);
        }
    }

    [Fact]
    public void AChangeLogEntryWithoutItsRequiredValues_IsReportedForEach()
    {
        var document = JsonNode.Parse(Standard)!.AsObject();
        document["changeLog"]![0] = new JsonObject { ["customer"] = "C001" };

        var problems = Problems(() => SnapshotJson.FromJson(document.ToJsonString(), Clock));

        Assert.Equal(["sequence", "at", "actor", "operation"], problems.Select(p => p.Message.Split('\'')[1]));
        Assert.All(problems, p => Assert.Equal("$.changeLog[0]", p.Path));
    }

    [Fact]
    public void TheChangeLog_IsReadWhenFirstAskedFor_AsSaved_AndGoesOnFromItsEnd()
    {
        var original = SnapshotJsonTests.Standard().Archive.Snapshot.ChangeLog;
        var archive = SnapshotJson.FromJson(Standard, Clock).Archive;
        var saved = archive.Snapshot.ChangeLog;

        // Asked for from several threads at once, the first time.
        var entries = new CustomerClassification.Archives.ChangeLogEntry[saved.Count];
        System.Threading.Tasks.Parallel.For(0, saved.Count, i => entries[i] = saved[i]);
        archive.Add(new CustomerClassification.Customers.Customer("C999", "新客户") { CategoryCode = archive.Snapshot.First().CategoryCode }, "test");

        Assert.True(original.Count > 1);
        Assert.Equal(original, entries);
        Assert.Equal(original.Count + 1, archive.Snapshot.ChangeLog.Count);
        Assert.Equal(original.Count + 1, archive.Snapshot.ChangeLog[^1].Sequence);
        Assert.Equal(original, archive.Snapshot.ChangeLog.Take(original.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    [InlineData(4096)]
    public void AFile_IsReadAsItGoes_ThroughAWindowOfAnySize_AndACutOneIsNotJson(int window)
    {
        var json = Encoding.UTF8.GetBytes(Standard);

        Assert.Equal(Standard, SnapshotJson.ToJson(Streamed(json, window)));
        foreach (var broken in new[] { json[..1], json[..(json.Length / 3)], json[..(json.Length / 2)], json[..^2], [.. json, .. "{}"u8], Encoding.UTF8.GetBytes(Standard.Replace("\"customers\": [", "\"customers\": [,", StringComparison.Ordinal)) })
        {
            var inMemory = Assert.Single(Problems(() => SnapshotJson.Read(new System.IO.MemoryStream(broken), Clock)));
            var streamed = Assert.Single(Problems(() => Streamed(broken, window)));

            Assert.Contains("not valid JSON", streamed.Message);
            Assert.Equal(inMemory.Message, streamed.Message);
        }
    }

    [Fact]
    public void MalformedJson_IsReportedAtItsLineAndColumn_InTheWholeDocument()
    {
        var lines = Standard.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"C002\"", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("\"C002\"", "C002", StringComparison.Ordinal);

        var problem = Assert.Single(Problems(() => Streamed(Encoding.UTF8.GetBytes(string.Join('\n', lines)), 5)));

        Assert.Contains(FormattableString.Invariant($"(line {line + 1}, column {lines[line].IndexOf('C', StringComparison.Ordinal) + 1})"), problem.Message);
    }

    [Fact]
    public void AChangeLogTextThatIsNoText_IsFoundWhenLoading_ThoughEntriesAreReadLater()
    {
        // An escaped lone surrogate: a string token, but no text.
        var after = Standard.IndexOf("\"after\": \"", Standard.IndexOf("\"changeLog\"", StringComparison.Ordinal), StringComparison.Ordinal) + "\"after\": \"".Length;
        var tampered = Standard.Insert(after, "\\ud800");

        var problem = Assert.Single(Problems(() => SnapshotJson.FromJson(tampered, Clock)));

        Assert.StartsWith("$.changeLog[", problem.Path, StringComparison.Ordinal);
        Assert.EndsWith("].after", problem.Path, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", problem.Message);
    }

    [Theory]
    [InlineData("\\ud800", false)]
    [InlineData("\\udc00", false)]
    [InlineData("\\ud800\\u0041", false)]
    [InlineData("\\ud83d\\ude00", true)]
    [InlineData("\\u4e2d\\\\u", true)]
    public void AnEscapedSurrogate_IsTextOnlyInAPair(string escaped, bool text)
    {
        var json = With("customers", 0, "contact", "\"x@@\"").Replace("@@", escaped, StringComparison.Ordinal);

        if (text)
        {
            Assert.NotNull(SnapshotJson.FromJson(json, Clock));
        }
        else
        {
            Assert.Equal("$.customers[0].contact", Assert.Single(Problems(() => SnapshotJson.FromJson(json, Clock))).Path);
        }
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreAProblemOfTheirValue()
    {
        var bytes = Encoding.UTF8.GetBytes(With("customers", 0, "contact", "\"XY\""));
        var at = bytes.AsSpan().IndexOf("\"XY\""u8) + 1;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var problem = Assert.Single(Problems(() => SnapshotJson.Read(new System.IO.MemoryStream(bytes), Clock)));

        Assert.Equal("$.customers[0].contact", problem.Path);
        Assert.Contains("not UTF-8", problem.Message);
    }

    [Fact]
    public void AValueRepeatedAsANumberAndAsText_IsReadForWhatItIs_NotFromTheFirst()
    {
        // The first customer's limit, 10, is remembered; the second's "10" is text, which a limit refuses.
        var document = JsonNode.Parse(Standard)!.AsObject();
        var customers = document["customers"]!.AsArray();
        customers[0]!["creditLimit"] = 10;
        customers[1]!["creditLimit"] = "10";

        Assert.Equal("$.customers[1].creditLimit", Assert.Single(Problems(() => SnapshotJson.FromJson(document.ToJsonString(), Clock))).Path);
    }

    [Fact]
    public void ValuesRepeatedOverManyCustomers_AreShared_AndReadForWhatTheyAre()
    {
        var archive = new CustomerClassification.Archives.CustomerArchive(new CustomerClassification.Archives.ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2"), customersClassified: false), Clock);
        var batch = new CustomerClassification.Archives.ChangeBatch();
        for (var i = 0; i < 10_000; i++)
        {
            batch.Add(new CustomerClassification.Customers.Customer($"C{i:D5}", $"客户{i}") { CreditGrade = i % 2 == 0 ? "AA" : "B", CreditLimit = i % 7 * 1000m, DevelopedOn = new LocalDate(2020, 1, 1).PlusDays(i % 30), Contact = $"联系人{i}" });
        }

        archive.Apply(batch, "test");
        var json = SnapshotJson.ToJson(new AccountSets.AccountSet(archive));
        var read = SnapshotJson.FromJson(json, Clock);

        Assert.Equal(json, SnapshotJson.ToJson(read));
        var customers = read.Archive.ToArray();
        Assert.Same(customers[0].CreditGrade, customers[2].CreditGrade);
        Assert.Equal("联系人9999", customers[^1].Contact);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\"},],}")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[/* none */ {\"code\":\"C1\",\"name\":\"甲\"}]}")]
    [InlineData("{\"customers\":[{\"code\":\"C1\",\"name\":\"甲\",\"cust\\u006fmFields\":{}}],\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"schemaVersion\":1}")]
    public void TrailingCommasCommentsEscapedNamesAndAnyOrder_AreRead(string json)
    {
        var customer = Assert.Single(SnapshotJson.FromJson(json, Clock).Archive);

        Assert.Equal("甲", customer.Name);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"}, \"x\": 1}", "$.x", "Unknown property 'x'")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"rules\":[],\"rules\":[]}", "$.rules", "given twice")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\",\"shipTo\":[\"a\"],\"shipToAddresses\":[\"b\"]}]}", "$.customers[0].shipToAddresses", "given twice")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[{\"name\":\"甲\"}]}", "$.customers[0]", "'code' is missing")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":[7]}", "$.customers[0]", "Expected an object, found a number")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\",\"customersClassified\":false},\"customers\":{}}", "$.customers", "Expected an array, found an object")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"x\"},\"customers\":[{\"code\":\"C1\",\"name\":\"甲\"}]}", "$.settings.categoryScheme", "")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"creditPolicies\":{\"dimension\":\"颜色\"}}", "$.creditPolicies.dimension", "颜色")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"creditPolicies\":{\"defaults\":{\"creditLimit\":1,\"creditLimit\":2}}}", "$.creditPolicies.defaults.creditLimit", "given twice")]
    [InlineData("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"creditPolicies\":{\"categories\":{\"01\":{\"paymentTerms\":\"soon\"}}}}", "$.creditPolicies.categories['01'].paymentTerms", "")]
    public void AnUnusualDocument_IsReported_WithThePathOfWhatIsWrong(string json, string path, string message)
    {
        var problem = Assert.Single(Problems(() => SnapshotJson.FromJson(json, Clock)));

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void PropertiesInAnotherOrder_AreReadWithTheSameResult()
    {
        var document = JsonNode.Parse(Standard)!.AsObject();
        var settings = document["settings"]!;
        var categories = document["categories"]!;
        document.Remove("settings");
        document.Remove("categories");
        document["categories"] = categories.DeepClone();
        document["settings"] = settings.DeepClone();

        Assert.Equal(Standard, SnapshotJson.ToJson(SnapshotJson.FromJson(document.ToJsonString(), Clock)));
    }

    [Fact]
    public void AStreamOfAnyKind_IsReadFromItsPosition()
    {
        var json = Encoding.UTF8.GetBytes(Standard);
        byte[] prefixed = [.. "xx"u8, .. json];
        using var exposed = new System.IO.MemoryStream(prefixed, 0, prefixed.Length, writable: false, publiclyVisible: true) { Position = 2 };
        using var hidden = new System.IO.MemoryStream(prefixed) { Position = 2 };
        using var forwardOnly = new System.IO.BufferedStream(new ForwardOnlyStream(json));

        Assert.Equal(Standard, SnapshotJson.ToJson(SnapshotJson.Read(exposed, Clock)));
        Assert.Equal(Standard, SnapshotJson.ToJson(SnapshotJson.Read(hidden, Clock)));
        Assert.Equal(Standard, SnapshotJson.ToJson(SnapshotJson.Read(forwardOnly, Clock)));
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : System.IO.MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
