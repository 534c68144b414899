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

    /// <summary>Gets the longest phrase of the table in characters.</summary>
    public static int LongestPhrase => Index.LongestPhrase;

    /// <summary>Gets the upper-case pinyin initial of a hanzi, or 0 when the table does not hold it.</summary>
    public static char InitialOf(char hanzi) => hanzi is >= FirstHanzi and <= LastHanzi ? Index.Initials[hanzi - FirstHanzi] : '\0';

    /// <summary>Tells whether some phrase of the table starts with this character.</summary>
    public static bool StartsPhrase(char c) => Index.PhraseStarts.Contains(c);

    /// <summary>Gets the initials of a phrase whose reading differs from its characters' own, or null.</summary>
    public static string? InitialsOfPhrase(string phrase) => PhraseInitials.TryGetValue(phrase, out var initials) ? initials : null;

    // A nested class, so that its fields are built after the generated part's fields: the order of
    // field initializers across partial declarations is unspecified.
    private static class Index
    {
        public static readonly char[] Initials = Build(out HanziCount);

        public static readonly int HanziCount;

        public static readonly int LongestPhrase = PhraseInitials.Keys.Max(p => p.Length);

        public static readonly HashSet<char> PhraseStarts = new(PhraseInitials.Keys.Select(p => p[0]));

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
