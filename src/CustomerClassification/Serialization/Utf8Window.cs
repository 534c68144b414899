using System.IO;

namespace CustomerClassification.Serialization;

/// <summary>
/// The part of a UTF-8 document not read yet: all of it when the document is in memory, or a buffer refilled from a
/// stream as it is read, so that loading a model never holds the whole file (only a value larger than the buffer
/// makes it grow). Spans it hands out are valid until the next <see cref="More"/>.
/// </summary>
internal sealed class Utf8Window
{
    private readonly Stream? _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;

    /// <summary>A window on a document in memory: nothing more to read.</summary>
    public Utf8Window(ArraySegment<byte> document)
    {
        _buffer = document.Array ?? [];
        _start = document.Offset;
        _end = document.Offset + document.Count;
        IsFinal = true;
    }

    /// <summary>A window on a stream, read a buffer at a time from its position.</summary>
    public Utf8Window(Stream stream, int bufferSize = 1 << 20)
    {
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    /// <summary>Gets the bytes held and not read yet.</summary>
    public ReadOnlySpan<byte> Rest => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Gets whether <see cref="Rest"/> runs to the end of the document.</summary>
    public bool IsFinal { get; private set; }

    /// <summary>Gets about how many bytes are left: those held and, for a file, those after them.</summary>
    public long Remaining => _end - _start + (_stream is { CanSeek: true } ? Math.Max(0, _stream.Length - _stream.Position) : 0);

    /// <summary>Marks bytes as read.</summary>
    public void Advance(long count) => _start += (int)count;

    /// <summary>Reads more of the stream behind the bytes held (moving them to the front, growing the buffer when they fill it); false at the end.</summary>
    public bool More()
    {
        if (IsFinal || _stream is null)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        IsFinal = read == 0;
        return true;
    }
}
