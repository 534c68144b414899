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

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ':
                _spaces++;
                return;
            case '\n' or '\r':
                _spaces = 0;
                break;
            default:
                for (; _spaces > 0; _spaces--)
                {
                    inner.Write(' ');
                }

                break;
        }

        inner.Write(value);
    }

    public override void Flush() => inner.Flush();
}
