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
        var snapshot = accountSet.Archive.Snapshot;
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
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
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

        // The entries of a batch share one instant: it is formatted once for them.
        var (at, atText) = (default(Instant), InstantPattern.ExtendedIso.Format(default));
        foreach (var entry in snapshot.ChangeLog)
        {
            (at, atText) = entry.At == at ? (at, atText) : (entry.At, InstantPattern.ExtendedIso.Format(entry.At));
            WriteEntry(writer, entry, atText);
        }

        writer.WriteEndArray();
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
            switch (field.Stored(customer))
            {
                case null or false:
                    break;
                case string text:
                    writer.WriteString(field.Name, text);
                    break;
                case decimal number:
                    writer.WriteNumber(field.Name, number);
                    break;
                case int whole:
                    writer.WriteNumber(field.Name, whole);
                    break;
                case LocalDate date:
                    JsonWalker.WriteDate(writer, field.Name, date);
                    break;
                case true:
                    writer.WriteBoolean(field.Name, true);
                    break;
                case IEnumerable<string> texts:
                    Texts(writer, field.Name, texts);
                    break;
                case var value:
                    writer.WriteString(field.Name, FieldText.Format(value));
                    break;
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
                JsonSerializer.Serialize(writer, value.AsDate(), JsonWalker.NodaOptions);
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
        Texts(writer, "grades", policies.Grades.Grades, always: true);
        writer.WritePropertyName("defaults");
        WritePolicy(writer, policies.Defaults);
        Map(writer, "categories", policies.Policies, WritePolicy, always: true);
        writer.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter writer, CreditPolicy policy)
    {
        writer.WriteStartObject();
        Optional(writer, "creditLimit", policy.CreditLimit);
        Optional(writer, "warningThreshold", policy.WarningThreshold);
        if (policy.BlockOverLimit is { } block)
        {
            writer.WriteBoolean("blockOverLimit", block);
        }

        Optional(writer, "allowedOverdueDays", policy.AllowedOverdueDays);
        Optional(writer, "minimumGrade", policy.MinimumGrade);
        if (policy.AutoApprovedGrades is { } grades)
        {
            Texts(writer, "autoApprovedGrades", grades, always: true);
        }

        Optional(writer, "paymentTerms", policy.PaymentTerms?.ToString());
        Optional(writer, "watchListMonths", policy.WatchListMonths);
        writer.WriteEndObject();
    }

    // The instant as NodaTime's converter writes it (InstantPattern.ExtendedIso), as the readers read it.
    private static void WriteEntry(Utf8JsonWriter writer, ChangeLogEntry entry, string at)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sequence", entry.Sequence);
        writer.WriteString("at", at);
        writer.WriteString("actor", entry.Actor);
        writer.WriteString("operation", JsonEnum<ChangeOperation>.Name(entry.Operation));
        Optional(writer, "customer", entry.CustomerCode);
        Optional(writer, "dimension", entry.Dimension);
        Optional(writer, "category", entry.CategoryCode);
        Optional(writer, "field", entry.Field);
        Optional(writer, "before", entry.Before);
        Optional(writer, "after", entry.After);
        Optional(writer, "reason", entry.Reason);
        writer.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string property, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(property, number);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string property, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(property, number);
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
