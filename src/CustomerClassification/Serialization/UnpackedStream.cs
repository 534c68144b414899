using System.IO;

namespace CustomerClassification.Serialization;

/// <summary>
/// The bytes a compressed model unpacks to, counted as they are read: past the limit, reading stops with
/// <see cref="LimitReached"/>, so a small gzip bomb costs no more than the limit in time and memory.
/// </summary>
internal sealed class UnpackedStream(Stream unpacking, long limit) : Stream
{
    /// <summary>Gets how many bytes have been unpacked.</summary>
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = unpacking.Read(buffer, offset, count);
        Count += read;
        return Count > limit ? throw new LimitReached(limit) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Thrown when the stream unpacks to more than its limit; the reader makes it a problem of the model.</summary>
    internal sealed class LimitReached(long limit) : IOException("The model unpacks to more than " + limit + " bytes.")
    {
        public long Limit { get; } = limit;
    }
}
