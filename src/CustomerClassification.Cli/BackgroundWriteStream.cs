using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace CustomerClassification.Cli;

/// <summary>
/// Hands what is written to another stream on a thread of its own, in blocks of a megabyte (at most four waiting),
/// so that making a model's bytes and compressing or writing them to the disk overlap: saving a million customers
/// is otherwise serialising, then waiting for the disk, in turn. A failure of the other stream is thrown by the next
/// write, by <see cref="Flush"/> and by disposing, as it was thrown. The other stream is left open.
/// </summary>
internal sealed class BackgroundWriteStream : Stream
{
    private const int BlockSize = 1 << 20;

    private readonly Stream _inner;
    private readonly BlockingCollection<(byte[] Block, int Count)> _queue = new(boundedCapacity: 4);
    private readonly Task _writer;
    private byte[] _block = ArrayPool<byte>.Shared.Rent(BlockSize);
    private int _count;
    private ExceptionDispatchInfo? _failure;
    private bool _disposed;

    public BackgroundWriteStream(Stream inner)
    {
        _inner = inner;
        _writer = Task.Factory.StartNew(Drain, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Volatile.Read(ref _failure)?.Throw();
        while (buffer.Length > 0)
        {
            var taken = Math.Min(buffer.Length, BlockSize - _count);
            buffer[..taken].CopyTo(_block.AsSpan(_count));
            _count += taken;
            buffer = buffer[taken..];
            if (_count == BlockSize)
            {
                Hand();
            }
        }
    }

    /// <summary>
    /// Does not wait: a JSON writer flushes its stream every few kilobytes, and waiting for the disk each time would undo
    /// the overlap. Disposing hands over the rest, waits until it is written and flushes the other stream.
    /// </summary>
    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Volatile.Read(ref _failure)?.Throw();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            Hand();
            _queue.CompleteAdding();
            _writer.Wait();
            _queue.Dispose();
            ArrayPool<byte>.Shared.Return(_block);
            Volatile.Read(ref _failure)?.Throw();
            _inner.Flush();
        }

        base.Dispose(disposing);
    }

    private void Hand()
    {
        if (_count == 0)
        {
            return;
        }

        _queue.Add((_block, _count));
        _block = ArrayPool<byte>.Shared.Rent(BlockSize);
        _count = 0;
    }

    private void Drain()
    {
        foreach (var (block, count) in _queue.GetConsumingEnumerable())
        {
            try
            {
                // After a failure the rest is dropped: the save fails as a whole.
                if (_failure is null)
                {
                    _inner.Write(block, 0, count);
                }
            }
            catch (Exception e)
            {
                Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block);
            }
        }
    }
}
