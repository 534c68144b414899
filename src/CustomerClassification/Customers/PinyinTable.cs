using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>Looks up pinyin initials: the generated tables (PinyinTable.g.cs) turned into a direct index.</summary>
internal static partial class PinyinTable
{
    private const char FirstHanzi = '\u4E00';
    private const char LastHanzi = '\u9FFF';

    /// <summary>Gets the number of hanzi in the table.</summary>
    public static int HanziCount => Index.HanziCount;

    /// <summary>Gets the upper-case pinyin initial of a hanzi, or 0 when the table does not hold it.</summary>
    public static char InitialOf(char hanzi) => hanzi is >= FirstHanzi and <= LastHanzi ? Index.Initials[hanzi - FirstHanzi] : '\0';

    /// <summary>Gets the phrases of the table (whose reading differs from their characters' own) starting with a character, longest first, with their initials; empty when none.</summary>
    public static (string Phrase, string Initials)[] PhrasesStartingWith(char c) => Index.PhraseStarts.TryGetValue(c, out var phrases) ? phrases : [];

    // A nested class, so that its fields are built after the generated part's fields: the order of
    // field initializers across partial declarations is unspecified.
    private static class Index
    {
        public static readonly char[] Initials = Build(out HanziCount);

        public static readonly int HanziCount;

        // By first character, so that a name is matched against a few phrases in place, without cutting it into candidates.
        public static readonly Dictionary<char, (string Phrase, string Initials)[]> PhraseStarts = PhraseInitials
            .Where(p => p.Key.Length >= 2)
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value)).ToArray());

        private static char[] Build(out int count)
        {
            var index = new char[LastHanzi - FirstHanzi + 1];
            count = 0;
            foreach (var (initial, hanzi) in HanziByInitial)
            {
                foreach (var c in hanzi)
                {
                    index[c - FirstHanzi] = initial;
                    count++;
                }
            }

            return index;
        }
    }
}
