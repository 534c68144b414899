using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Serialization;

/// <summary>
/// Loads a well-formed snapshot in one forward pass with <see cref="Utf8JsonReader"/>: customers and change-log
/// entries are read token by token, never as a document; the small parts (settings, categories, credit policies,
/// rules) through the checked reader's own code. Anything unusual — a problem of any kind, a property out of the
/// order this library writes, an escaped name — gives up, and <see cref="SnapshotReader"/> reads the document again
/// to report every problem with its path. So the fast path never decides what is valid: the checked reader and
/// the archive's batch do.
/// </summary>
internal static class SnapshotFastPath
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = SnapshotJson.MaxDepth };
    private static readonly Utf8Names Top = new(SnapshotReader.TopProperties);
    private static readonly Utf8Names Entry = new(SnapshotReader.EntryProperties);

    // A customer's properties, as the checked reader knows them: the catalogue's fields (and their ASCII aliases), then dimensions and custom fields.
    private static readonly (string Property, CustomerField Field)[] Fields = SnapshotReader.CustomerFieldNames;
    private static readonly Utf8Names CustomerNames = new([.. Fields.Select(f => f.Property), "dimensions", "customFields"]);
    private static readonly int DimensionsIndex = Fields.Length;
    private static readonly int CustomFieldsIndex = Fields.Length + 1;

    // For each property, the first property of its field (the field's own name; aliases follow it).
    private static readonly int[] FieldOf = Fields.Select(f => Array.FindIndex(Fields, g => g.Field == f.Field)).ToArray();

    /// <summary>Reads a snapshot in memory, or returns null for the checked reader to read it.</summary>
    public static AccountSet? TryRead(byte[] json, IClock clock) => TryRead(new Utf8Window(new ArraySegment<byte>(json)), clock);

    /// <summary>Reads a snapshot from a window on it (in memory or a stream), or returns null for the checked reader to read it.</summary>
    public static AccountSet? TryRead(Utf8Window json, IClock clock)
    {
        try
        {
            return Read(json, clock);
        }
        catch (Exception e) when (Unreadable(e))
        {
            // Not well formed, or not as this library writes it (or a broken gzip stream): the checked reader says why.
            return null;
        }
    }

    private static bool Unreadable(Exception e) =>
        e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException
            or ClassificationException or RuleSyntaxException or JsonWalker.ProblemLimitReached or InvalidDataException;

    // The document's own structure (braces, brackets, commas, colons) is followed here byte by byte; every value, and
    // each customer and change-log entry, is read as a whole by a reader of its own over the window (see Token).
    private static AccountSet? Read(Utf8Window window, IClock clock)
    {
        if (window.Next() != '{')
        {
            return null;
        }

        window.Advance(1);
        var parts = new Parts();
        var seen = new bool[SnapshotReader.TopProperties.Length];
        for (var first = true; ;)
        {
            var next = Member(window, '}', ref first);
            if (next == 0)
            {
                break;
            }

            var index = -1;
            if (next != '"' || !Token(window, (ref Utf8JsonReader r) => (index = r.TokenType != JsonTokenType.String || r.ValueIsEscaped ? -1 : Top.IndexOf(r.ValueSpan)) >= 0)
                || seen[index] || (index > 1 && parts.Settings is null) || window.Next() != ':')
            {
                return null;
            }

            window.Advance(1);
            seen[index] = true;
            if (!Property(window, index, parts) || parts.Walker.Errors.Count > 0)
            {
                return null;
            }
        }

        // Nothing but white space after the object.
        if (window.Next() != -1 || !seen[0] || parts.Settings is not { } settings)
        {
            return null;
        }

        var archive = new CustomerArchive(settings, clock);
        return archive.Restore(parts.Contents, parts.Log).Count == 0 ? new AccountSet(archive, parts.Policies, parts.Rules) : null;
    }

    // One property of the document: the customers and the change log item by item, the small parts through the checked reader's own code.
    private static bool Property(Utf8Window window, int index, Parts parts) => index switch
    {
        0 => Token(window, (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var version) && version == SnapshotJson.SchemaVersion),
        1 => Part(window, JsonValueKind.Object, e => (parts.Settings = parts.Walker.Settings(e, "$.settings")) is not null),
        2 => Part(window, JsonValueKind.Object, e => Done(() => parts.Walker.CategoriesOf(e, parts.Settings!, parts.Contents, []))),
        3 => Customers(window, parts.Settings!, parts.Contents),
        4 => Part(window, JsonValueKind.Object, e => (parts.Policies = parts.Walker.PolicySet(e, "$.creditPolicies", parts.Settings!)) is not null),
        5 => Part(window, JsonValueKind.Array, e => Done(() => parts.Rules = parts.Walker.RulesOf(e))),
        _ => Log(window, ref parts.Log),
    };

    private delegate bool ReadToken(ref Utf8JsonReader reader);

    // What the document's properties gave so far.
    private sealed class Parts
    {
        public SnapshotReader Walker { get; } = new([]);

        public ChangeBatch Contents { get; } = new();

        public ArchiveSettings? Settings { get; set; }

        public CreditPolicySet? Policies { get; set; }

        public List<ClassificationRule> Rules { get; set; } = [];

#pragma warning disable SA1401 // Passed by reference to the reader of the log.
        public IReadOnlyList<ChangeLogEntry> Log = [];
#pragma warning restore SA1401
    }

    private delegate void Consumed(ReadOnlySpan<byte> bytes);

    // Reads the value the window starts with; when the window ends inside it, reads more of the stream and tries again.
    // A value read is only taken whole: a reader not told its block is the last yields no token it has not seen end.
    private static bool Token(Utf8Window window, ReadToken read, Consumed? consumed = null)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(window.Rest, window.IsFinal, new JsonReaderState(Options));
            try
            {
                if (reader.Read() && read(ref reader))
                {
                    consumed?.Invoke(window.Rest.Slice(0, (int)reader.BytesConsumed));
                    window.Advance(reader.BytesConsumed);
                    return true;
                }
            }
            catch (Exception e) when (!window.IsFinal && Unreadable(e))
            {
                // Perhaps cut at the end of the window (a document reader throws there): read more, and know at the end.
            }

            if (!window.More())
            {
                return false;
            }
        }
    }

    // The objects of an array, each read whole by readItem; a comma between two, one after the last at most.
    private static bool Items(Utf8Window window, ReadToken readItem, Consumed? consumed = null)
    {
        if (window.Next() != '[')
        {
            return false;
        }

        window.Advance(1);
        for (var first = true; ;)
        {
            var next = Member(window, ']', ref first);
            if (next == 0)
            {
                return true;
            }

            if (next != '{' || !Token(window, readItem, consumed))
            {
                return false;
            }
        }
    }

    // Steps over the comma before a member of an object or an array (none before the first, one after the last at
    // most): gives the member's first byte, 0 after stepping over the closing byte, or -1 when neither comes.
    private static int Member(Utf8Window window, char close, ref bool first)
    {
        var next = window.Next();
        if (!first)
        {
            if (next == ',')
            {
                window.Advance(1);
                next = window.Next();
            }
            else if (next != close)
            {
                return -1;
            }
        }

        first = false;
        if (next != close)
        {
            return next;
        }

        window.Advance(1);
        return 0;
    }

    // A small part of the document read whole by the checked reader's own code.
    private static bool Part(Utf8Window window, JsonValueKind kind, Func<JsonElement, bool> read) => Token(window, (ref Utf8JsonReader reader) =>
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == kind && read(document.RootElement);
    });

    private static bool Done(Action action)
    {
        action();
        return true;
    }

    private static bool Customers(Utf8Window window, ArchiveSettings settings, ChangeBatch contents)
    {
        // One set of slots for every customer: a million customers make no million arrays.
        var values = new object?[Fields.Length];
        var given = new bool[Fields.Length + 2];
        var known = Caches(Fields.Length);
        CustomerBuilder? builder = null;
        return Items(window, (ref Utf8JsonReader item) =>
        {
            Array.Clear(values, 0, values.Length);
            Array.Clear(given, 0, given.Length);
            if (Customer(ref item, settings, values, given, known, ref builder) is not { } customer)
            {
                return false;
            }

            contents.Add(customer);
            return true;
        });
    }

    // One customer: every value read where it stands, then set in the catalogue's order through the catalogue's setters.
    private static Customer? Customer(ref Utf8JsonReader reader, ArchiveSettings settings, object?[] values, bool[] given, Utf8Values[] known, ref CustomerBuilder? builder)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Dictionary<string, string>? dimensions = null;
        Dictionary<string, CustomFieldValue>? customFields = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // An alias reads into its field's slot, so a field given twice (under its name and an alias) is left to the checked reader.
            var found = reader.ValueIsEscaped ? -1 : CustomerNames.IndexOf(reader.ValueSpan);
            var index = found >= 0 && found < Fields.Length ? FieldOf[found] : found;
            if (index < 0 || given[index] || !reader.Read())
            {
                return null;
            }

            given[index] = true;
            if (index == DimensionsIndex)
            {
                dimensions = Map(ref reader, static (ref Utf8JsonReader r, string _, out string value) => (value = Text(ref r)!) is not null);
                if (dimensions is null)
                {
                    return null;
                }
            }
            else if (index == CustomFieldsIndex)
            {
                customFields = Map(ref reader, (ref Utf8JsonReader r, string name, out CustomFieldValue value) => Custom(ref r, settings.FindCustomField(name)?.Type, out value));
                if (customFields is null)
                {
                    return null;
                }
            }
            else if ((values[index] = Cached(ref reader, known[index], Fields[index].Field, static (ref Utf8JsonReader r, CustomerField f) => Value(ref r, f))) is null)
            {
                return null;
            }
        }

        // Whole, up to its own closing brace (not a map's): a reader at the end of a window stops early.
        if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0 || values[0] is not string code || values[1] is not string name)
        {
            return null;
        }

        builder = builder?.Restart(code, name) ?? new CustomerBuilder(code, name);
        return Built(builder, values, given, dimensions, customFields);
    }

    // Built once from the values read, through the catalogue's setters, on the one builder of the read.
    private static Customer Built(CustomerBuilder builder, object?[] values, bool[] given, Dictionary<string, string>? dimensions, Dictionary<string, CustomFieldValue>? customFields)
    {
        for (var i = 2; i < Fields.Length; i++)
        {
            if (given[i])
            {
                builder.Restore(Fields[i].Field, values[i]);
            }
        }

        if (dimensions is not null)
        {
            builder.Dimensions = dimensions;
        }

        if (customFields is not null)
        {
            builder.CustomFields = customFields;
        }

        return builder.Build();
    }

    // A value as the checked reader reads it (see SnapshotReader.Value), or null when it is not one.
    private static object? Value(ref Utf8JsonReader reader, CustomerField field) => field.IsKey || field == CustomerFields.Name ? Text(ref reader) : field.Kind switch
    {
        FieldKind.Tags or FieldKind.TextList => Texts(ref reader),
        FieldKind.Number => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : null,
        FieldKind.Date => Date(ref reader),
        FieldKind.YesNo => reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => null },
        FieldKind.TaxId => Text(ref reader) is { } text && TaxId.Read(text) is { Success: true } taxId ? taxId.Value : null,
        FieldKind.PaymentTerms => Text(ref reader) is { } text && PaymentTerms.Read(text) is { Success: true } terms ? terms.Value : null,
        FieldKind.WholeNumber => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var whole) ? whole : null,
        FieldKind.Text or FieldKind.Dimension => Text(ref reader),
    };

    private delegate object? ReadToken<TState>(ref Utf8JsonReader reader, TState state);

    // A value read through its property's cache: once per distinct token while the property's values repeat.
    private static object? Cached<TState>(ref Utf8JsonReader reader, Utf8Values known, TState state, ReadToken<TState> read)
    {
        if (reader.ValueIsEscaped || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            return read(ref reader, state);
        }

        var kind = (int)reader.TokenType;
        return known.TryGet(kind, reader.ValueSpan, out var value, out var slot) ? value : known.Remember(slot, kind, reader.ValueSpan, read(ref reader, state));
    }

    private static Utf8Values[] Caches(int count) => Enumerable.Range(0, count).Select(_ => new Utf8Values()).ToArray();

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private static LocalDate? Date(ref Utf8JsonReader reader) =>
        Text(ref reader) is { } text && LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value : null;

    private static string[]? Texts(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return null;
        }

        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Text(ref reader) is not { } text)
            {
                return null;
            }

            texts.Add(text);
        }

        return [.. texts];
    }

    private static bool Custom(ref Utf8JsonReader reader, CustomFieldType? type, out CustomFieldValue value)
    {
        value = default;
        switch (type)
        {
            case CustomFieldType.Text when Text(ref reader) is { } text:
                value = CustomFieldValue.FromText(text);
                return true;
            case CustomFieldType.Number when reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number):
                value = CustomFieldValue.FromNumber(number);
                return true;
            case CustomFieldType.Date when Date(ref reader) is { } date:
                value = CustomFieldValue.FromDate(date);
                return true;
            default:
                return false;
        }
    }

    private delegate bool ReadValue<T>(ref Utf8JsonReader reader, string name, out T value);

    // An object of names to values, or null when it is not one or a value is not readable.
    private static Dictionary<string, T>? Map<T>(ref Utf8JsonReader reader, ReadValue<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!reader.Read() || !read(ref reader, name, out var value) || map.ContainsKey(name))
            {
                return null;
            }

            map.Add(name, value);
        }

        return map;
    }

    // The change log is checked entry by entry here, as when it is read, but kept as its bytes: it is read (Entries) when
    // first asked for, and a command that never looks at the history makes no million entries.
    private static bool Log(Utf8Window window, ref IReadOnlyList<ChangeLogEntry> log)
    {
        var count = 0;
        var values = new object?[SnapshotReader.EntryProperties.Length];
        var given = new bool[values.Length];
        var known = Caches(values.Length);
        var bytes = new byte[(int)Math.Min(Math.Max(window.Remaining, 2), int.MaxValue / 2)];
        var length = 0;
        void Append(ReadOnlySpan<byte> part)
        {
            if (length + part.Length > bytes.Length)
            {
                Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + part.Length));
            }

            part.CopyTo(bytes.AsSpan(length));
            length += part.Length;
        }

        Append("["u8);
        var read = Items(
            window,
            (ref Utf8JsonReader item) =>
            {
                // Numbered from 1 with no gaps, as the checked reader requires.
                var valid = LogEntry(ref item, values, given, known, read: false, out var sequence) && sequence == count + 1;
                count += valid ? 1 : 0;
                return valid;
            },
            entry =>
            {
                Append(count > 1 ? ","u8 : []);
                Append(entry);
            });
        Append("]"u8);
        log = count == 0 ? [] : new SavedLog(new ArraySegment<byte>(bytes, 0, length), count);
        return read;
    }

    /// <summary>Reads the entries of a change log this reader has checked (see <see cref="SavedLog"/>).</summary>
    internal static ChangeLogEntry[] Entries(ArraySegment<byte> log, int count)
    {
        var reader = new Utf8JsonReader(log, Options);
        reader.Read();
        var entries = new ChangeLogEntry[count];
        var values = new object?[SnapshotReader.EntryProperties.Length];
        var given = new bool[values.Length];
        var known = Caches(values.Length);
        for (var i = 0; i < count && reader.Read(); i++)
        {
            LogEntry(ref reader, values, given, known, read: true, out var sequence);
            entries[i] = new ChangeLogEntry(sequence, (Instant)values[1]!, (string)values[2]!, (ChangeOperation)values[3]!, values[4] as string, values[5] as string, values[6] as string, values[7] as string, values[8] as string, values[9] as string, values[10] as string);
        }

        return entries;
    }

    // Checks an entry (read: false: its texts only for being texts, none made) or reads its values; false when it is not one.
    private static bool LogEntry(ref Utf8JsonReader reader, object?[] values, bool[] given, Utf8Values[] known, bool read, out long sequence)
    {
        sequence = 0;
        Array.Clear(values, 0, values.Length);
        Array.Clear(given, 0, given.Length);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = reader.ValueIsEscaped ? -1 : Entry.IndexOf(reader.ValueSpan);
            if (index < 0 || given[index] || !reader.Read())
            {
                return false;
            }

            given[index] = true;
            var valid = index switch
            {
                0 => reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out sequence),
                >= 4 when !read => reader.TokenType == JsonTokenType.String && Readable(ref reader),
                _ => (values[index] = Cached(ref reader, known[index], index, EntryValue)) is not null,
            };
            if (!valid)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0 && given[0] && values[1] is Instant && values[2] is string && values[3] is ChangeOperation;
    }

    // Whether a string token reads as text (GetString would not throw): escapes are read to know; plain bytes are valid UTF-8.
    private static bool Readable(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return reader.GetString() is not null;
        }

        foreach (var b in reader.ValueSpan)
        {
            if (b >= 0x80)
            {
#if NET8_0_OR_GREATER
                return System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
#else
                return reader.GetString() is not null;
#endif
            }
        }

        return true;
    }

    // An entry's value as the checked reader reads it (see SnapshotReader.Entry), or null when it is not one.
    private static object? EntryValue(ref Utf8JsonReader reader, int index) => (index, Text(ref reader)) switch
    {
        (_, null) => null,
        (1, var at) => InstantPattern.ExtendedIso.Parse(at) is { Success: true } instant ? instant.Value : null,
        (2, var actor) => actor.Trim() is { Length: > 0 } trimmed && CustomerClassification.Customers.Customer.PlainTextProblem(actor, "actor") is null ? trimmed : null,
        (3, var operation) => JsonEnum<ChangeOperation>.TryRead(operation, out var kind) ? kind : null,
        (_, var text) => text,
    };
}
