using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.Rules;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Serialization;

/// <summary>
/// Reads values out of a parsed JSON document for the library's file formats, collecting every problem with its
/// JSON path rather than stopping at the first, so a user can mend a file in one go.
/// </summary>
internal class JsonWalker
{
    // The property lists of the formats, in UTF-8, worked out once per list.
    private static readonly ConditionalWeakTable<string[], byte[][]> KnownUtf8 = new();

    protected JsonWalker(List<RuleSyntaxError> errors) => Errors = errors;

    /// <summary>Gets every problem found so far; shared by the walkers reading one document.</summary>
    public List<RuleSyntaxError> Errors { get; }

    /// <summary>Writes a date property as ISO text (<c>2024-01-31</c>), or nothing when there is no date.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string property, LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(property, LocalDatePattern.Iso.Format(value));
        }
    }

    /// <summary>Parses JSON text; malformed text is reported with its line and the UTF-8 byte position in that line.</summary>
    /// <summary>
    /// Reads a whole file (a rule file, a scorecard, a policy) with a reader of its own: every problem with its path, up to
    /// <see cref="MaxProblems"/>; an escaped lone surrogate in a property name is a problem of the file, not an exception.
    /// </summary>
    /// <exception cref="RuleSyntaxException">The text is not JSON, or the reader found problems.</exception>
    public static T ReadFile<T>(string json, string what, Func<List<RuleSyntaxError>, JsonElement, T?> read)
        where T : class
    {
        using var document = Parse(json, what, 16);
        var errors = new List<RuleSyntaxError>();
        try
        {
            return read(errors, document.RootElement) is { } value && errors.Count == 0 ? value : throw new RuleSyntaxException(errors);
        }
        catch (ProblemLimitReached)
        {
            throw new RuleSyntaxException(errors);
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate in a name, found while looking up another property.
            throw new RuleSyntaxException([new RuleSyntaxError(Messages.Get("RuleFileLoneSurrogate"), 0, 0, string.Empty, []) { Path = "$" }]);
        }
    }

    /// <summary>Writes a file as indented JSON with Chinese text unescaped, as files for people are written.</summary>
    public static string Indented(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static JsonDocument Parse(string json, string what, int maxDepth) => Parse(what, () => JsonDocument.Parse(json, Options(maxDepth)));

    /// <summary>Parses JSON in UTF-8 without copying it; malformed JSON (and bytes that are not UTF-8) reported as for text.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json, string what, int maxDepth) => Parse(what, () => JsonDocument.Parse(utf8Json, Options(maxDepth)));

    private static JsonDocumentOptions Options(int maxDepth) => new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth };

    private static JsonDocument Parse(string what, Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new RuleSyntaxException([NotJson(e, what)]);
        }
    }

    /// <summary>The problem of a document that is not well-formed JSON, with the line and the UTF-8 byte position in that line the reader gave.</summary>
    public static RuleSyntaxError NotJson(JsonException e, string what)
    {
        var line = (int)Math.Min(int.MaxValue - 1, e.LineNumber ?? 0) + 1;
        var column = (int)Math.Min(int.MaxValue - 1, e.BytePositionInLine ?? 0) + 1;
        return new RuleSyntaxError(Messages.Format("NotJson", Messages.Get(what), e.Message), line, column, string.Empty, []) { Path = e.Path ?? "$" };
    }

    /// <summary>Checks the schema version: present, whole, from 1 to <paramref name="newest"/>.</summary>
    public bool Version(JsonElement root, string what, int newest)
    {
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            Fail("$", Messages.Format("NoSchemaVersion", Messages.Get(what), newest));
            return false;
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1 || number > newest)
        {
            Fail("$.schemaVersion", Messages.Format("SchemaVersionUnread", version.GetRawText(), newest));
            return false;
        }

        return true;
    }

    public string? Text(JsonElement owner, string property, string path, bool required)
    {
        if (!Present(owner, property, path, required, out var value))
        {
            return null;
        }

        // The path is built only for a problem: a snapshot reads millions of values.
        var text = ReadText(value);
        if (!text.Success)
        {
            Fail(path + "." + property, Messages.Format("Sentence", text.Problem));
            return null;
        }

        return text.Value;
    }

    /// <summary>A number property as a decimal, or null when it is missing (a problem when required) or not a number (a problem at its path).</summary>
    public decimal? Decimal(JsonElement owner, string property, string path, bool required)
    {
        if (!Present(owner, property, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        Fail(path + "." + property, Messages.Format("Sentence", Messages.Format("ExpectedNumber", value.GetRawText())));
        return null;
    }

    // A property's value; a missing one is a problem of its owner when required.
    private bool Present(JsonElement owner, string property, string path, bool required, out JsonElement value)
    {
        if (owner.TryGetProperty(property, out value))
        {
            return true;
        }

        if (required)
        {
            Fail(path, Messages.Format("PropertyMissing", property));
        }

        return false;
    }

    // The instance readers report a bad value at its path and go on; the static ones below return what is wrong.
    public int Integer(JsonElement value, string path) => Reported(value, path, ReadWhole);

    public bool Boolean(JsonElement value, string path) => Reported(value, path, ReadFlag);

    public LocalDate? Date(JsonElement owner, string property, string path) =>
        owner.TryGetProperty(property, out var value) ? Reported(value, path + "." + property, static v => ReadDate(v).Select(d => (LocalDate?)d)) : null;

    /// <summary>Reads a date as NodaTime's converter writes it (<c>yyyy-MM-dd</c>), with NodaTime's own parse result.</summary>
    public static ParseResult<LocalDate> ReadDate(JsonElement value) => ReadText(value).Then(text => JsonTokens.Noda(LocalDatePattern.Iso.Parse(text), text, "WhatDate"));

    /// <summary>Reads a string value; an escape that makes invalid UTF-16 (a lone surrogate) is a problem, not an exception.</summary>
    public static ParseResult<string> ReadText(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return ParseResult<string>.Fail(Messages.Format("ExpectedFound", JsonTokens.Describe(JsonValueKind.String), JsonTokens.Describe(value.ValueKind)));
        }

        // System.Text.Json accepts "\\ud800" while parsing and refuses it only here; checking every raw token first
        // would cost a string per value read, so the one hostile case is caught instead.
        try
        {
            return ParseResult<string>.Ok(value.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return ParseResult<string>.Fail(Messages.Get("TextLoneSurrogate"));
        }
    }

    /// <summary>Reads a string value, reporting anything else (or invalid Unicode) at its path.</summary>
    public string? String(JsonElement value, string path) => Reported(value, path, ReadText);

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    public static ParseResult<int> ReadWhole(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? ParseResult<int>.Ok(number) : ParseResult<int>.Fail(Messages.Format("ExpectedWhole", value.GetRawText()));

    /// <summary>Reads true or false.</summary>
    public static ParseResult<bool> ReadFlag(JsonElement value) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.False ? ParseResult<bool>.Ok(value.GetBoolean()) : ParseResult<bool>.Fail(Messages.Format("ExpectedFlag", value.GetRawText()));

    public bool Expect(JsonElement value, JsonValueKind kind, string path)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        Fail(path, Messages.Format("ExpectedFoundSentence", JsonTokens.Describe(kind), JsonTokens.Describe(value.ValueKind)));
        return false;
    }

    /// <summary>Reports properties the format does not have, and known ones given twice (the last would win silently).</summary>
    public void Unknown(JsonElement owner, string path, string[] known)
    {
        var names = KnownUtf8.GetValue(known, names => Utf8(names));
        ulong seen = 0;
        foreach (var property in owner.EnumerateObject())
        {
            var index = IndexOf(property, names);
            if (index < 0)
            {
                var name = NameOf(property);
                Fail(path + "." + name, Messages.Format("UnknownProperty", name, string.Join(", ", known)));
            }
            else if (index < 64)
            {
                // One bit per known name: no allocation per object, which matters for a million customers.
                var bit = 1UL << index;
                if ((seen & bit) != 0)
                {
                    Fail(path + "." + known[index], Messages.Format("PropertyTwice", known[index]));
                }

                seen |= bit;
            }
        }
    }

    /// <summary>Gets the sentence of an exception's message, without the parameter name and actual value the framework appends.</summary>
    public static string Reason(Exception exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = cut >= 0 ? message.Substring(0, cut) : message;
        var newline = message.IndexOf('\n');
        return (newline >= 0 ? message.Substring(0, newline) : message).TrimEnd('\r');
    }

    public void Fail(string path, string message)
    {
        Errors.Add(new RuleSyntaxError(message, 0, 0, string.Empty, []) { Path = path });
        if (Errors.Count == MaxProblems)
        {
            // A hostile file can hold millions of problems: collecting them all would take minutes and gigabytes.
            Errors.Add(new RuleSyntaxError(Messages.Format("ReadingStopped", MaxProblems), 0, 0, string.Empty, []) { Path = "$" });
            throw new ProblemLimitReached();
        }
    }

    /// <summary>The most problems a file is read for; reading stops there with one more problem saying so.</summary>
    public const int MaxProblems = 1_000;

    /// <summary>A property name as text; a name with a lone surrogate (invalid Unicode) described rather than throwing.</summary>
    private static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "(a name with invalid Unicode)";
        }
    }

    /// <summary>Thrown when <see cref="MaxProblems"/> problems have been found; the reader's callers turn the problems so far into their format exception.</summary>
    internal sealed class ProblemLimitReached : Exception
    {
    }

    /// <summary>Finds a property's name among names given in UTF-8, comparing in place: no string is made of the name, and the names are not transcoded per comparison.</summary>
    /// <returns>The index of the name, or -1.</returns>
    public static int IndexOf(JsonProperty property, byte[][] utf8Names)
    {
        // A name escaping a lone surrogate cannot be compared (System.Text.Json throws): it is no known name.
        try
        {
            for (var i = 0; i < utf8Names.Length; i++)
            {
                if (property.NameEquals(utf8Names[i]))
                {
                    return i;
                }
            }
        }
        catch (InvalidOperationException)
        {
            return -1;
        }

        return -1;
    }

    /// <summary>Gets names in UTF-8, for <see cref="IndexOf"/>.</summary>
    public static byte[][] Utf8(IEnumerable<string> names) => names.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

    protected T Reported<T>(JsonElement value, string path, Func<JsonElement, ParseResult<T>> read)
    {
        var result = read(value);
        if (result.Success)
        {
            return result.Value;
        }

        Fail(path, Messages.Format("Sentence", result.Problem));
        return default!;
    }

    /// <summary>Tries to make a domain object from values read: its refusal (an exception its public API documents) is a problem at the path, and null.</summary>
    protected T? Try<T>(string path, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or ClassificationException)
        {
            Fail(path, Reason(e));
            return null;
        }
    }

    /// <summary>Reads an array property item by item (each at its own path); a missing property is a problem, an item read as null is left out.</summary>
    protected List<T> ArrayOf<T>(JsonElement owner, string property, Func<JsonElement, string, T?> read, string path = "$", bool required = true)
        where T : class
    {
        var items = new List<T>();
        path += "." + property;
        if (!owner.TryGetProperty(property, out var array))
        {
            if (required)
            {
                Fail(path, Messages.Format("PropertyMissing", property));
            }
        }
        else if (Expect(array, JsonValueKind.Array, path))
        {
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (read(element, FormattableString.Invariant($"{path}[{index++}]")) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    /// <summary>Checks that a value is an object with no property outside the known ones.</summary>
    protected bool Object(JsonElement element, string path, string[] known)
    {
        var ok = Expect(element, JsonValueKind.Object, path);
        if (ok)
        {
            Unknown(element, path, known);
        }

        return ok;
    }
}
