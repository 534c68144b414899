using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace CustomerClassification.Serialization;

/// <summary>The JSON names of an enum's values — the C# names in camel case — worked out once per enum, since a snapshot writes and reads one per change-log entry.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
#pragma warning disable CA2263 // netstandard2.0 has no generic Enum.GetValues.
    private static readonly (string Name, T Value)[] Values =
        ((T[])Enum.GetValues(typeof(T))).Select(v => v.ToString()).Select((name, i) => (char.ToLowerInvariant(name[0]) + name.Substring(1), ((T[])Enum.GetValues(typeof(T)))[i])).ToArray();
#pragma warning restore CA2263

    /// <summary>Gets the names, comma-separated, for messages.</summary>
    public static string Expected { get; } = string.Join(", ", Values.Select(v => v.Name));

    public static string Name(T value)
    {
        foreach (var (name, known) in Values)
        {
            if (EqualityComparer<T>.Default.Equals(known, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a value of {typeof(T).Name}.");
    }

    public static bool TryRead(string text, out T value)
    {
        foreach (var (name, known) in Values)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = known;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static bool TryRead(JsonElement element, out T value)
    {
        foreach (var (name, known) in Values)
        {
            if (element.ValueEquals(name))
            {
                value = known;
                return true;
            }
        }

        value = default;
        return false;
    }
}
