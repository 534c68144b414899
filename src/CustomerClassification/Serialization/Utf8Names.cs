using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Serialization;

/// <summary>
/// Finds a property name, as the UTF-8 bytes a reader holds, among a format's names: bucketed by length, so a
/// name is compared with the few of its length and no string is made of it.
/// </summary>
internal sealed class Utf8Names
{
    private readonly (byte[] Name, int Index)[][] _byLength;
    private readonly IReadOnlyList<string> _names;

    public Utf8Names(IReadOnlyList<string> names)
    {
        _names = names;
        var utf8 = names.Select((name, i) => (Name: System.Text.Encoding.UTF8.GetBytes(name), Index: i)).ToArray();
        _byLength = new (byte[] Name, int Index)[utf8.Max(n => n.Name.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = utf8.Where(n => n.Name.Length == length).ToArray();
        }
    }

    /// <summary>Gets the index of the name, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (var (candidate, index) in _byLength[name.Length])
        {
            if (name.SequenceEqual(candidate))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Gets the index of a name given as text (an escaped name once read), or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
