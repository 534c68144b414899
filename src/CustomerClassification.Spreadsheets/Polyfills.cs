#if NETSTANDARD2_0
using System;
using System.Collections.Generic;

namespace CustomerClassification.Spreadsheets;

/// <summary>The few .NET 8 members this package uses, for its netstandard2.0 build (.NET Framework hosts).</summary>
internal static class Polyfills
{
    public static bool StartsWith(this string text, char c) => text.Length > 0 && text[0] == c;

    public static bool EndsWith(this string text, char c) => text.Length > 0 && text[text.Length - 1] == c;

    public static string[] Split(this string text, string separator, int count) => text.Split([separator], count, StringSplitOptions.None);

    public static int Count(this ReadOnlySpan<char> span, char c)
    {
        var count = 0;
        foreach (var x in span)
        {
            count += x == c ? 1 : 0;
        }

        return count;
    }

    public static int IndexOfAnyInRange(this Span<byte> span, byte low, byte high)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] >= low && span[i] <= high)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    public static HashSet<T> ToHashSet<T>(this IEnumerable<T> items) => new(items);

    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
#endif
