using System.IO;
using System.IO.Compression;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

// The stream API: UTF-8 in and out, gzip told by its first bytes, the same checks as the text API.
public sealed class SnapshotStreamTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    private static AccountSet Standard() => SnapshotJsonTests.Standard();

    private static byte[] Written(AccountSet accountSet, bool indented, bool gzip)
    {
        using var stream = new MemoryStream();
        if (gzip)
        {
            using var compressed = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            SnapshotJson.Write(accountSet, compressed, indented);
        }
        else
        {
            SnapshotJson.Write(accountSet, stream, indented);
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void WriteThenRead_GivesTheSameDocument(bool indented, bool gzip)
    {
        var original = Standard();

        var loaded = SnapshotJson.Read(new MemoryStream(Written(original, indented, gzip)), Clock);

        Assert.Equal(SnapshotJson.ToJson(original), SnapshotJson.ToJson(loaded));
    }

    [Fact]
    public void Indented_IsWhatToJsonWrites_AndCompactIsSmaller()
    {
        var original = Standard();

        Assert.Equal(SnapshotJson.ToJson(original), Encoding.UTF8.GetString(Written(original, indented: true, gzip: false)));
        Assert.True(Written(original, indented: false, gzip: false).Length * 5 < Written(original, indented: true, gzip: false).Length * 4);
    }

    [Fact]
    public void ATruncatedGzip_IsOneFormatProblem()
    {
        var bytes = Written(Standard(), indented: false, gzip: true);

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), Clock));

        Assert.Equal("$", Assert.Single(refused.Problems).Path);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreAFormatProblem_NotAnotherException()
    {
        var text = Encoding.UTF8.GetBytes(SnapshotJson.ToJson(Standard()));
        var name = Encoding.UTF8.GetBytes(Standard().Archive.Get("C001").Name);
        var start = text.AsSpan().IndexOf(name);
        text[start] = 0xFF;

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(text), Clock));

        Assert.NotEmpty(refused.Problems);
    }

    [Fact]
    public void DeepNesting_IsRefusedAtOnce()
    {
        var deep = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}");

        var refused = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(deep), Clock));

        Assert.Contains("depth", refused.Problems[0].Message, StringComparison.OrdinalIgnoreCase);
    }

    // A file is read as it goes (not held whole): the same account set, or the same problems, as from memory.
    [Theory]
    [InlineData("plain")]
    [InlineData("gzip")]
    [InlineData("truncated gzip")]
    [InlineData("not UTF-8")]
    [InlineData("deep")]
    [InlineData("long string")]
    [InlineData("cut")]
    public void AFile_ReadsAsTheSameBytesInMemoryRead(string kind)
    {
        var plain = Encoding.UTF8.GetBytes(SnapshotJson.ToJson(Standard()));
        var gzip = Written(Standard(), indented: false, gzip: true);
        var bytes = kind switch
        {
            "plain" => plain,
            "gzip" => gzip,
            "truncated gzip" => gzip[..(gzip.Length / 2)],
            "not UTF-8" => [.. plain[..100], 0xFF, .. plain[101..]],
            "deep" => Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}"),
            "long string" => Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"x\":\"" + new string('a', 5_000_000) + "\"}"),
            _ => plain[..(plain.Length - 40)],
        };
        var path = Path.Combine(Path.GetTempPath(), $"snapshot-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            Assert.Equal(Outcome(() => SnapshotJson.Read(new MemoryStream(bytes), Clock)), Outcome(() => SnapshotJson.Read(file, Clock)));
            Assert.Equal(kind is "plain" or "gzip", !Outcome(() => SnapshotJson.Read(new MemoryStream(bytes), Clock)).StartsWith("problems", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Outcome(Func<AccountSet> read)
    {
        try
        {
            return SnapshotJson.ToJson(read());
        }
        catch (SnapshotFormatException e)
        {
            return "problems: " + string.Join(" | ", e.Problems.Select(p => p.Path + " " + p.Message));
        }
    }

    [Fact]
    public void BadArguments_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => SnapshotJson.Read(null!, Clock));
        Assert.Throws<ArgumentNullException>(() => SnapshotJson.Write(Standard(), null!));
        Assert.Throws<ArgumentException>(() => SnapshotJson.Write(Standard(), new MemoryStream([], writable: false)));
    }
}
