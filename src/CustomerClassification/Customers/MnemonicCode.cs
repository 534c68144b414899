namespace CustomerClassification.Customers;

/// <summary>
/// Mnemonic codes (助记码): the upper-case pinyin initials of a name, used for quick search, such as
/// 上海华联 → <c>SHHL</c>. Covers the 6,763 hanzi of GB2312 (the reading most common alone) plus a
/// phrase table for polyphones common in company and place names (银行 → <c>YH</c>, 重庆 → <c>CQ</c>,
/// 厦门 → <c>XM</c>, 单县 → <c>SX</c>). Generated from the MIT-licensed pinyin-pro data (see NOTICE).
/// </summary>
public static class MnemonicCode
{
    /// <summary>The longest a mnemonic code may be.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Generates the mnemonic code of a name: pinyin initials of its hanzi, ASCII letters (upper-cased) and
    /// digits kept, full-width letters and digits folded to ASCII first, everything else (punctuation,
    /// spaces, hanzi outside GB2312) dropped. Truncated to <see cref="MaxLength"/> characters.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The mnemonic code; empty when nothing in the name has an initial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string FromName(string name)
    {
        Guard.Against.Null(name);
        // On the stack: every customer read makes its code, and a million customers should make a million strings, no more.
        Span<char> code = stackalloc char[MaxLength];
        var length = 0;
        for (var i = 0; i < name.Length && length < MaxLength; i++)
        {
            var phrase = LongestPhraseAt(name, i);
            if (phrase is not null && !YieldsToPlaceName(name, i, phrase.Length))
            {
                foreach (var initial in phrase.AsSpan(0, Math.Min(phrase.Length, MaxLength - length)))
                {
                    code[length++] = initial;
                }

                i += phrase.Length - 1;
                continue;
            }

            var c = FoldWidth(name[i]);
            if (c is (>= '0' and <= '9') or (>= 'A' and <= 'Z'))
            {
                code[length++] = c;
            }
            else if (c is >= 'a' and <= 'z')
            {
                code[length++] = (char)(c - 'a' + 'A');
            }
            else if (PinyinTable.InitialOf(c) is var initial and not '\0')
            {
                code[length++] = initial;
            }
        }

        return code.Slice(0, length).ToString();
    }

    /// <summary>
    /// Tells whether a text is a well-formed mnemonic code: 1 to <see cref="MaxLength"/> upper-case ASCII letters and digits.
    /// </summary>
    /// <param name="text">The text; null gives false.</param>
    /// <returns>True when the text is well-formed.</returns>
    public static bool IsWellFormed(string? text)
    {
        if (text is null || text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'A' and <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    // Full-width ASCII forms (U+FF01..U+FF5E) to their half-width forms; rule text and name normalisation fold the same way.
    internal static char FoldWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    // An administrative suffix that starts a title (市长, 区长, 省长) is the end of a place name that came before it when a
    // phrase read from its next character goes further: 苏州市长安路 is 苏州市 + 长安路 (SZSCAL), not 市长 (SZ) + 安路.
    private static bool YieldsToPlaceName(string name, int start, int length) =>
        name[start] is '省' or '市' or '县' or '区' or '镇' or '乡' or '旗' && LongestPhraseAt(name, start + 1) is { } next && next.Length >= length;

    private static string? LongestPhraseAt(string name, int start)
    {
        foreach (var (phrase, initials) in PinyinTable.PhrasesStartingWith(name[start]))
        {
            if (phrase.Length <= name.Length - start && string.CompareOrdinal(name, start, phrase, 0, phrase.Length) == 0)
            {
                return initials;
            }
        }

        return null;
    }
}
