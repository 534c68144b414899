using System;
using System.IO;
using System.Text;

namespace CustomerClassification.Cli;

/// <summary>
/// Writes through to another writer without the spaces at the ends of lines that table padding leaves: redirected
/// output (a file, a diff, a pipe to grep) has no trailing padding. Spaces are held back until something other than a
/// line end follows them.
/// </summary>
internal sealed class TrimmingWriter(TextWriter inner) : TextWriter
{
    private int _spaces;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    // Whole runs of text at a time: a report of a million customers is not written to the console character by character.
    public override void Write(ReadOnlySpan<char> buffer)
    {
        var start = 0;
        for (var i = 0; i < buffer.Length; i++)
        {
            switch (buffer[i])
            {
                case ' ':
                    inner.Write(buffer.Slice(start, i - start));
                    start = i + 1;
                    _spaces++;
                    break;
                case '\n' or '\r':
                    _spaces = 0;
                    break;
                default:
                    // Spaces are held only where the run was cut, so the run starts here: they go before it.
                    for (; _spaces > 0; _spaces--)
                    {
                        inner.Write(' ');
                    }

                    break;
            }
        }

        inner.Write(buffer.Slice(start));
    }

    public override void Flush() => inner.Flush();
}
