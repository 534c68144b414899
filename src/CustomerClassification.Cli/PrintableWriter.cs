using System.IO;
using System.Linq;
using System.Text;

namespace CustomerClassification.Cli;

/// <summary>
/// Writes through to another writer with every control character but the line feed and the tab shown as U+FFFD, so that text
/// quoted from a file (an ESC sequence, a BEL, a carriage return forging a line) is printed, never obeyed by the terminal.
/// </summary>
internal sealed class PrintableWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value is '\n' or '\t' || !char.IsControl(value) ? value : '\uFFFD');

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write('\n');
    }

    public override void Flush() => inner.Flush();

    /// <summary>A name (a file's, from the command line) as printed: every control character, a line feed too, shown as U+FFFD.</summary>
    public static string Printable(string name) => name.Any(char.IsControl) ? new string([.. name.Select(c => char.IsControl(c) ? '\uFFFD' : c)]) : name;
}
