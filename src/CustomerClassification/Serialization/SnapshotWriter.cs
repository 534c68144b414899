using System.Collections.Generic;
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
/// Writes an account set as a snapshot document. Everything is written in a fixed order (categories in
/// pre-order, customers by code, maps by key) and optional values only when present, so equal account sets
/// give byte-identical documents.
/// </summary>
internal static class SnapshotWriter
{
    public static void Write(Utf8JsonWriter writer, AccountSet accountSet)
    {
        // The credit policies' own values are saved where they are read from: as profile values (their set keeps the dimension and the scale).
        var snapshot = accountSet.CreditPolicies.Over(accountSet.Archive.Snapshot);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SnapshotJson.SchemaVersion);
        WriteSettings(writer, snapshot.Settings);
        writer.WriteStartObject("categories");
        foreach (var dimension in snapshot.Settings.DimensionNamesInUse)
        {
            writer.WriteStartArray(dimension);
            foreach (var category in snapshot.CategoriesOf(dimension))
            {
                writer.WriteStartObject();
                writer.WriteString("code", category.Code);
                writer.WriteString("name", category.Name);
                Optional(writer, "description", category.Description);
                if (!category.IsActive)
                {
                    writer.WriteBoolean("active", false);
                }

                WriteProfile(writer, "profile", snapshot.ProfileOf(dimension, category.Code));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        WriteProfile(writer, "profileDefaults", snapshot.ProfileDefaults);
        writer.WriteStartArray("customers");
        foreach (var customer in snapshot)
        {
            WriteCustomer(writer, customer);
        }

        writer.WriteEndArray();
        WritePolicies(writer, accountSet.CreditPolicies);
        writer.WriteStartArray("rules");
        foreach (var rule in accountSet.Rules)
        {
            RuleFile.Write(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("changeLog");
        foreach (var entry in snapshot.ChangeLog)
        {
            WriteObject(writer, entry, SnapshotReader.EntryValues);
        }

        writer.WriteEndArray();
        if (accountSet.Access is { } access)
        {
            writer.WritePropertyName("access");
            AccessPolicyFile.Write(writer, access);
        }

        WriteRequests(writer, accountSet.Archive.Requests);
        writer.WriteEndObject();
    }

    // The change requests, each with its changes; nothing when there are none.
    private static void WriteRequests(Utf8JsonWriter writer, IReadOnlyList<ChangeRequest> requests)
    {
        if (requests.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("requests");
        foreach (var request in requests)
        {
            writer.WriteStartObject();
            foreach (var (name, get) in RequestJson.Request)
            {
                if (get(request) is { } value)
                {
                    WriteValue(writer, name, value);
                }
            }

            writer.WriteStartArray(RequestJson.Changes);
            foreach (var change in request.Changes)
            {
                writer.WriteStartObject();
                foreach (var (name, get) in RequestJson.Change)
                {
                    if (get(change) is { } value)
                    {
                        WriteValue(writer, name, value);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // A profile under its property, each value under its canonical name; nothing when it sets nothing.
    private static void WriteProfile(Utf8JsonWriter writer, string property, CategoryProfile profile)
    {
        if (profile.Count == 0)
        {
            return;
        }

        writer.WriteStartObject(property);
        foreach (var pair in profile)
        {
            WriteValue(writer, pair.Key.Name, pair.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter writer, ArchiveSettings settings)
    {
        writer.WriteStartObject("settings");
        writer.WriteString("categoryScheme", settings.CategoryScheme.ToString());
        writer.WriteBoolean("customersClassified", settings.CustomersClassified);
        if (settings.CaseSensitiveCodes)
        {
            // Written only when set, so that models of T3's default read as before.
            writer.WriteBoolean("caseSensitiveCodes", true);
        }

        Optional(writer, "regionScheme", settings.RegionScheme?.ToString());
        Texts(writer, "creditGrades", settings.CreditGrades, always: true);
        writer.WriteStartArray("dimensions");
        foreach (var dimension in settings.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("name", dimension.Name);
            writer.WriteString("scheme", dimension.Scheme.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("customFields");
        foreach (var field in settings.CustomFields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("type", JsonEnum<CustomFieldType>.Name(field.Type));
            writer.WriteBoolean("required", field.Required);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Every catalogue field under its canonical name, in catalogue order; then further dimensions and custom fields.
    private static void WriteCustomer(Utf8JsonWriter writer, Customer customer)
    {
        writer.WriteStartObject();
        foreach (var field in CustomerFields.All)
        {
            // A customer writes only what it has: no empty list, no plain flag that is off (a yes/no it may leave unset keeps its no).
            if (field.Stored(customer) is { } value && value is not IReadOnlyCollection<string> { Count: 0 } && !(value is false && field.IsPlainFlag))
            {
                WriteValue(writer, field.Name, value);
            }
        }

        Map(writer, "dimensions", customer.Dimensions, (w, code) => w.WriteStringValue(code));
        Map(writer, "customFields", customer.CustomFields, WriteCustomFieldValue);
        writer.WriteEndObject();
    }

    private static void WriteCustomFieldValue(Utf8JsonWriter writer, CustomFieldValue value)
    {
        switch (value.Type)
        {
            case CustomFieldType.Number:
                writer.WriteNumberValue(value.AsNumber());
                break;
            case CustomFieldType.Date:
                writer.WriteStringValue(NodaTime.Text.LocalDatePattern.Iso.Format(value.AsDate()));
                break;
            default:
                writer.WriteStringValue(value.AsText());
                break;
        }
    }

    private static void WritePolicies(Utf8JsonWriter writer, CreditPolicySet policies)
    {
        writer.WriteStartObject("creditPolicies");
        writer.WriteString("dimension", policies.Dimension);
        writer.WriteEndObject();
    }

    // An object of declared values, in their order, each when it has one.
    private static void WriteObject<TValue, TDraft>(Utf8JsonWriter writer, TValue value, SnapshotValue<TValue, TDraft>[] values)
    {
        writer.WriteStartObject();
        foreach (var property in values)
        {
            if (property.Get(value) is { } set)
            {
                WriteValue(writer, property.Name, set);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a value by its type: the one place the snapshot's JSON forms of values are written.</summary>
    private static void WriteValue(Utf8JsonWriter writer, string property, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(property, text);
                break;
            case decimal number:
                writer.WriteNumber(property, number);
                break;
            case int whole:
                writer.WriteNumber(property, whole);
                break;
            case long whole:
                writer.WriteNumber(property, whole);
                break;
            case bool flag:
                writer.WriteBoolean(property, flag);
                break;
            case LocalDate date:
                JsonWalker.WriteDate(writer, property, date);
                break;
            case Instant instant:
                writer.WriteString(property, Format(instant));
                break;
            case ChangeOperation operation:
                writer.WriteString(property, JsonEnum<ChangeOperation>.Name(operation));
                break;
            case IEnumerable<string> texts:
                Texts(writer, property, texts, always: true);
                break;
            default:
                writer.WriteString(property, FieldText.Format(value));
                break;
        }
    }

    // The entries of a batch share one instant: it is formatted once for them (a writer runs on one thread).
    [ThreadStatic]
    private static (Instant At, string Text)? _lastInstant;

    private static string Format(Instant instant)
    {
        if (_lastInstant is not { } last || last.At != instant)
        {
            last = (instant, InstantPattern.ExtendedIso.Format(instant));
            _lastInstant = last;
        }

        return last.Text;
    }

    private static void Optional(Utf8JsonWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void Texts(Utf8JsonWriter writer, string property, IEnumerable<string> values, bool always = false)
    {
        var list = values as IReadOnlyCollection<string> ?? values.ToArray();
        if (list.Count == 0 && !always)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (var value in list)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Map<T>(Utf8JsonWriter writer, string property, IReadOnlyDictionary<string, T> map, Action<Utf8JsonWriter, T> value, bool always = false)
    {
        if (map.Count == 0 && !always)
        {
            return;
        }

        writer.WriteStartObject(property);
        foreach (var pair in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(pair.Key);
            value(writer, pair.Value);
        }

        writer.WriteEndObject();
    }
}
