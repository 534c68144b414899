using System.Diagnostics;
using System.IO;
using System.Text;
using CustomerClassification.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Hostile;

// Snapshots built to hurt: millions of problems, names that are not Unicode.
[EnglishMessages]
public sealed class SnapshotHostileTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    [Fact]
    public void MillionsOfBadCustomers_StopAfterAThousandProblems_InBoundedTime()
    {
        var json = new StringBuilder("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"customers\":[");
        for (var i = 0; i < 1_000_000; i++)
        {
            json.Append(i == 0 ? "{\"x\":1}" : ",{\"x\":1}");
        }

        json.Append("]}");
        var watch = Stopwatch.StartNew();

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json.ToString())), Clock));

        Assert.Equal(JsonWalkerLimit + 1, refused.Problems.Count);
        Assert.Equal("Reading stopped after 1,000 problems; mend these and read the file again.", refused.Problems[^1].Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void APropertyNameWithALoneSurrogate_IsAProblem_NotAnException()
    {
        const string json = "{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"\\ud800\":1}";

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, Clock));

        Assert.Contains(refused.Problems, p => p.Message.Contains("invalid Unicode", StringComparison.Ordinal));
    }

    [Fact]
    public void ARuleFileOfThousandsOfBadRules_StopsAfterAThousandProblems()
    {
        var json = "{\"schemaVersion\":1,\"rules\":[" + string.Join(",", Enumerable.Repeat("{\"y\":1}", 5_000)) + "]}";

        var refused = Assert.Throws<CustomerClassification.Rules.RuleSyntaxException>(() => RuleFile.FromJson(json));

        Assert.Equal(JsonWalkerLimit + 1, refused.Errors.Count);
    }

    private const int JsonWalkerLimit = 1_000;
}
