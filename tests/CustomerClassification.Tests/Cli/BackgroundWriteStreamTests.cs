using System.IO;
using CustomerClassification.Cli;

namespace CustomerClassification.Tests.Cli;

/// <summary>A model's bytes are written on another thread: all of them, in order, and a failure there is the saver's failure.</summary>
public class BackgroundWriteStreamTests
{
    [Fact]
    public void EveryByte_ReachesTheOtherStream_InOrder_AcrossBlocks()
    {
        var bytes = new byte[(3 << 20) + 12_345];
        new Random(7).NextBytes(bytes);
        var target = new MemoryStream();
        using (var stream = new BackgroundWriteStream(target))
        {
            var random = new Random(11);
            for (var at = 0; at < bytes.Length;)
            {
                var count = Math.Min(bytes.Length - at, random.Next(1, 300_000));
                stream.Write(bytes, at, count);
                stream.Flush();
                at += count;
            }
        }

        Assert.Equal(bytes, target.ToArray());
        Assert.True(target.CanWrite);
    }

    [Fact]
    public void AFailureOfTheOtherStream_IsThrownToTheWriter()
    {
        var failing = new FailingStream();
        var thrown = Assert.Throws<IOException>(() =>
        {
            using var stream = new BackgroundWriteStream(failing);
            for (var i = 0; i < 64; i++)
            {
                stream.Write(new byte[1 << 20]);
            }
        });

        Assert.Equal("disk full", thrown.Message);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");
    }
}
