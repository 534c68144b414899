using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.AccountSets;
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

    /// <summary>Reads a snapshot, or returns null for the checked reader to read it.</summary>
    public static AccountSet? TryRead(ReadOnlySpan<byte> json, IClock clock)
    {
        try
        {
            return Read(json, clock);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException
                                       or ClassificationException or RuleSyntaxException or JsonWalker.ProblemLimitReached)
        {
            // Not well formed, or not as this library writes it: the checked reader says why.
            return null;
        }
    }

    private static AccountSet? Read(ReadOnlySpan<byte> json, IClock clock)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var walker = new SnapshotReader([]);
        var contents = new ChangeBatch();
        IReadOnlyList<ChangeLogEntry> log = [];
        ArchiveSettings? settings = null;
        CreditPolicySet? policies = null;
        List<ClassificationRule> rules = [];
        var seen = new bool[SnapshotReader.TopProperties.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = reader.ValueIsEscaped ? -1 : Top.IndexOf(reader.ValueSpan);
            if (index < 0 || seen[index] || !reader.Read() || (index > 1 && settings is null))
            {
                return null;
            }

            seen[index] = true;
            var read = index switch
            {
                0 => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version == SnapshotJson.SchemaVersion,
                1 => Part(ref reader, JsonValueKind.Object, e => (settings = walker.Settings(e, "$.settings")) is not null),
                2 => Part(ref reader, JsonValueKind.Object, e => Done(() => walker.CategoriesOf(e, settings!, contents, []))),
                3 => Customers(ref reader, settings!, contents),
                4 => Part(ref reader, JsonValueKind.Object, e => (policies = walker.PolicySet(e, "$.creditPolicies", settings!)) is not null),
                5 => Part(ref reader, JsonValueKind.Array, e => Done(() => rules = walker.RulesOf(e))),
                _ => Log(ref reader, json, ref log),
            };
            if (!read || walker.Errors.Count > 0)
            {
                return null;
            }
        }

        // The end of the object and nothing after it (the reader throws on trailing content).
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || !seen[0] || settings is null)
        {
            return null;
        }

        var archive = new CustomerArchive(settings, clock);
        return archive.Restore(contents, log).Count == 0 ? new AccountSet(archive, policies, rules) : null;
    }

    // A small part of the document read by the checked reader's own code.
    private static bool Part(ref Utf8JsonReader reader, JsonValueKind kind, Func<JsonElement, bool> read)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == kind && read(document.RootElement);
    }

    private static bool Done(Action action)
    {
        action();
        return true;
    }

    private static bool Customers(ref Utf8JsonReader reader, ArchiveSettings settings, ChangeBatch contents)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // One set of slots for every customer: a million customers make no million arrays.
        var values = new object?[Fields.Length];
        var given = new bool[Fields.Length + 2];
        var known = Caches(Fields.Length);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Array.Clear(values, 0, values.Length);
            Array.Clear(given, 0, given.Length);
            if (Customer(ref reader, settings, values, given, known) is not { } customer)
            {
                return false;
            }

            contents.Add(customer);
        }

        return true;
    }

    // One customer: every value read where it stands, then set in the catalogue's order through the catalogue's setters.
    private static Customer? Customer(ref Utf8JsonReader reader, ArchiveSettings settings, object?[] values, bool[] given, Utf8Values[] known)
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

        if (values[0] is not string code || values[1] is not string name)
        {
            return null;
        }

        var customer = Built(code, name, values, given);
        customer = dimensions is null ? customer : customer with { Dimensions = dimensions };
        return customFields is null ? customer : customer with { CustomFields = customFields };
    }

    // Built in place, one customer per customer read, as an object initializer would.
    private static Customer Built(string code, string name, object?[] values, bool[] given)
    {
        var customer = new Customer(code, name);
        using (CustomerClassification.Customers.Customer.Building(customer))
        {
            for (var i = 2; i < Fields.Length; i++)
            {
                if (given[i])
                {
                    Fields[i].Field.Initialise(customer, values[i]);
                }
            }
        }

        return customer;
    }

    // A value as the checked reader reads it (see SnapshotReader.Value), or null when it is not one.
    private static object? Value(ref Utf8JsonReader reader, CustomerField field) => field.Kind switch
    {
        _ when field.IsKey || field == CustomerFields.Name => Text(ref reader),
        FieldKind.Tags or FieldKind.TextList => Texts(ref reader),
        FieldKind.Number => reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? number : null,
        FieldKind.Date => Date(ref reader),
        FieldKind.YesNo => reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => null },
        FieldKind.TaxId => Text(ref reader) is { } text && TaxId.Read(text) is { Success: true } taxId ? taxId.Value : null,
        FieldKind.PaymentTerms => Text(ref reader) is { } text && PaymentTerms.Read(text) is { Success: true } terms ? terms.Value : null,
        _ => Text(ref reader),
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
    private static bool Log(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, ref IReadOnlyList<ChangeLogEntry> log)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        var count = 0;
        var values = new object?[SnapshotReader.EntryProperties.Length];
        var given = new bool[values.Length];
        var known = Caches(values.Length);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // Numbered from 1 with no gaps, as the checked reader requires.
            if (!LogEntry(ref reader, values, given, known, read: false, out var sequence) || sequence != count + 1)
            {
                return false;
            }

            count++;
        }

        log = count == 0 ? [] : new SavedLog(json.Slice(start, (int)reader.BytesConsumed - start).ToArray(), count);
        return true;
    }

    /// <summary>Reads the entries of a change log this reader has checked (see <see cref="SavedLog"/>).</summary>
    internal static ChangeLogEntry[] Entries(byte[] log, int count)
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
                >= 4 when !read => reader.TokenType == JsonTokenType.String,
                _ => (values[index] = Cached(ref reader, known[index], index, EntryValue)) is not null,
            };
            if (!valid)
            {
                return false;
            }
        }

        return given[0] && values[1] is Instant && values[2] is string && values[3] is ChangeOperation;
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
