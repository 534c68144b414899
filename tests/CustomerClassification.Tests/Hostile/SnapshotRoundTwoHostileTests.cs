using System.IO;
using System.IO.Compression;
using System.Text;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Hostile;

// Issue #28, the snapshot rows: gzip bombs, bytes after the gzip stream, a byte-order mark, a junk file held whole.
[EnglishMessages]
public sealed class SnapshotRoundTwoHostileTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return packed.ToArray();
    }

    private static byte[] Standard => Encoding.UTF8.GetBytes(SnapshotJson.ToJson(SnapshotJsonTests.Standard()));

    // Row 2: a few kilobytes unpacking to 64 MB of one name stop at the limit (64 times the compressed size), in bounded memory.
    [Fact]
    public void AGzipBomb_StopsAtItsUnpackLimit_InBoundedMemory()
    {
        var bomb = Gzip([.. "{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"customers\":[{\"code\":\"C1\",\"name\":\""u8, .. Enumerable.Repeat((byte)'a', 64 << 20), .. "\"}]}"u8]);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(bomb), Clock)).Problems);

        Assert.True(bomb.Length < 200_000, bomb.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("unpacks to more than " + (bomb.Length * 64), problem.Message);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 4L * bomb.Length * 64);
    }

    [Fact]
    public void TheUnpackLimit_CanBeChosen_AndZeroIsTheDefault()
    {
        var packed = Gzip(Standard);

        Assert.NotNull(SnapshotJson.Read(new MemoryStream(packed), Clock, maxUnpackedBytes: 0));
        Assert.NotNull(SnapshotJson.Read(new MemoryStream(packed), Clock, maxUnpackedBytes: Standard.Length));
        Assert.Contains("unpacks to more than 100 bytes", Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(packed), Clock, 100)).Problems).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SnapshotJson.Read(new MemoryStream(packed), Clock, -1));
    }

    // Row 17: bytes after the gzip stream are refused, not ignored.
    [Theory]
    [InlineData("junk")]
    [InlineData("\0\0\0\0\0\0\0\0")]
    public void BytesAfterTheGzipStream_AreRefused(string trailing)
    {
        byte[] packed = [.. Gzip(Standard), .. Encoding.ASCII.GetBytes(trailing)];

        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(packed), Clock)).Problems);

        Assert.Equal("$", problem.Path);
        Assert.Contains("gzip", problem.Message);
    }

    // Row 19: a UTF-8 byte-order mark, as editors add one, is read past.
    [Fact]
    public void AByteOrderMark_IsReadPast()
    {
        byte[] marked = [0xEF, 0xBB, 0xBF, .. Standard];

        Assert.Equal(SnapshotJson.ToJson(SnapshotJsonTests.Standard()), SnapshotJson.ToJson(SnapshotJson.Read(new MemoryStream(marked), Clock)));
        Assert.Equal(SnapshotJson.ToJson(SnapshotJsonTests.Standard()), SnapshotJson.ToJson(SnapshotJson.Read(new MemoryStream(Gzip(marked)), Clock)));
        Assert.NotNull(SnapshotJson.FromJson("\uFEFF" + SnapshotJson.ToJson(SnapshotJsonTests.Standard()), Clock));
    }

    // Row 8: a large file of junk customers is read only as far as the problem budget, never held whole (it was ~16 times its size).
    [Fact]
    public void AFileOfJunkCustomers_IsNotHeldWhole()
    {
        var json = new StringBuilder("{\"schemaVersion\":1,\"settings\":{\"categoryScheme\":\"2-2\"},\"customers\":[");
        for (var i = 0; i < 200_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"code\":\"C").Append(i).Append("\",\"name\":\"甲\",\"creditLimit\":\"lots\",\"contact\":\"").Append('x', 40).Append("\"}");
        }

        var bytes = Encoding.UTF8.GetBytes(json.Append("]}").ToString());
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var before = GC.GetAllocatedBytesForCurrentThread();
            using (var file = File.OpenRead(path))
            {
                Assert.Equal(1_001, Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(file, Clock)).Problems.Count);
            }

            Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, bytes.Length / 2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Row 15: bytes that are not UTF-8 inside a name are called what they are, not a lone surrogate; at the name's path.
    [Fact]
    public void BytesThatAreNotUtf8_InAName_AreNamedAsSuch_AtTheNamesPath()
    {
        var text = Standard;
        var name = Encoding.UTF8.GetBytes(SnapshotJsonTests.Standard().Archive.Get("C001").Name);
        text[text.AsSpan().IndexOf(name)] = 0xFF;

        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.Read(new MemoryStream(text), Clock)).Problems);

        Assert.Equal("$.customers[0].name", problem.Path);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("surrogate", problem.Message, StringComparison.Ordinal);
    }
}
