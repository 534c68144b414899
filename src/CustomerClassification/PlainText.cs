using System.Globalization;

namespace CustomerClassification;

/// <summary>
/// The one check of text that enters the model — customer texts, tags, actors, category names, override reasons, rule
/// literals: no control characters (line breaks, U+2028 and U+2029 too, ESC, BEL), no lone surrogates and no invisible format characters
/// (bidi overrides and isolates, zero-width spaces and joiners, a BOM), which would reach terminals, files and logs as
/// they are, or make two texts that look the same differ.
/// </summary>
internal static class PlainText
{
    /// <summary>Why a text is not plain, naming it as <paramref name="what"/> and the position, or null when it is.</summary>
    public static string? Problem(string text, string what) => IsPlain(text) ? null : FirstProblem(text, what);

    /// <summary>
    /// Whether a text is plain: printable ASCII and common CJK ideographs pass at once (nearly every text of a
    /// customer), anything else is looked at character by character.
    /// </summary>
    public static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c is (< ' ' or > '~') and (< '\u4E00' or > '\u9FFF'))
            {
                return FirstProblem(text, string.Empty) is null;
            }
        }

        return true;
    }

    private static string? FirstProblem(string text, string what)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 == text.Length || !char.IsLowSurrogate(text[++i]) : char.IsLowSurrogate(c);
            // U+2028 and U+2029 break lines as a line feed does.
            if (char.IsControl(c) || lone || c is '\u2028' or '\u2029')
            {
                return Messages.Format("NotPlain", what, Messages.Get(lone ? "LoneSurrogate" : "ControlCharacter"), i + 1);
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return Messages.Format("InvisibleCharacter", what, ((int)c).ToString("X4", CultureInfo.InvariantCulture), i + 1);
            }
        }

        return null;
    }
}
