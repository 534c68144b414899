using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Serialization;

/// <summary>
/// Reads a snapshot document in two stages: every value is read and checked where it stands (shape, type,
/// format, the rules a value object enforces); when all are readable, the archive is restored through one
/// checked batch, so the archive's rules (leaf categories, unique codes, parents, custom fields) are checked too.
/// </summary>
internal sealed class SnapshotReader(List<RuleSyntaxError> errors) : JsonWalker(errors)
{
    internal static readonly string[] TopProperties = ["schemaVersion", "settings", "categories", "customers", "creditPolicies", "rules", "changeLog"];
    private static readonly string[] SettingsProperties = ["categoryScheme", "customersClassified", "regionScheme", "dimensions", "customFields", "caseSensitiveCodes"];
    private static readonly string[] CategoryProperties = ["code", "name"];
    private static readonly string[] DimensionProperties = ["name", "scheme"];
    private static readonly string[] FieldProperties = ["name", "type", "required"];
    // A customer's properties: every catalogue field under its canonical name (or an English alias, as older snapshots wrote it), further dimensions and custom fields.
    internal static readonly (string Property, CustomerField Field)[] CustomerFieldNames = CustomerFields.All
        .SelectMany(f => f.Aliases.Where(a => IsAscii(a) && !f.IsKey && f != CustomerFields.Name).Prepend(f.Name).Select(name => (name, f)))
        .ToArray();

    private static readonly string[] CustomerProperties = [.. CustomerFieldNames.Select(p => p.Property), "dimensions", "customFields"];

    private static readonly string[] PoliciesProperties = ["dimension", "grades", "defaults", "categories"];
    private static readonly string[] PolicyProperties =
        ["creditLimit", "warningThreshold", "blockOverLimit", "allowedOverdueDays", "minimumGrade", "autoApprovedGrades", "paymentTerms", "watchListMonths"];

    internal static readonly string[] EntryProperties = ["sequence", "at", "actor", "operation", "customer", "dimension", "category", "field", "before", "after", "reason"];

    // The customer's single values: each read into a parse result, then set; a setter throws ArgumentException for a value the customer refuses.
    private static readonly ValueSetter<Customer>[] CustomerValues = CustomerFieldNames
        .Where(p => !p.Field.IsKey && p.Field != CustomerFields.Name && p.Field.Kind is not (FieldKind.Tags or FieldKind.TextList))
        .Select(p => new ValueSetter<Customer>(p.Property, v => Value(p.Field.Kind, v), p.Field.Set))
        .ToArray();

    private static readonly byte[][] CustomerValueNames = Utf8(CustomerValues.Select(v => v.Property));

    // A credit policy's single values, in the same way.
    private static readonly ValueSetter<CreditPolicy>[] PolicyValues =
    [
        new("creditLimit", static v => Boxed(ReadNumber(v)), static (p, v) => p with { CreditLimit = (decimal)v! }),
        new("warningThreshold", static v => Boxed(ReadNumber(v)), static (p, v) => p with { WarningThreshold = (decimal)v! }),
        new("blockOverLimit", static v => Boxed(ReadFlag(v)), static (p, v) => p with { BlockOverLimit = (bool)v! }),
        new("allowedOverdueDays", static v => Boxed(ReadWhole(v)), static (p, v) => p with { AllowedOverdueDays = (int)v! }),
        new("minimumGrade", static v => Boxed(ReadText(v)), static (p, v) => p with { MinimumGrade = (string)v! }),
        new("paymentTerms", static v => Boxed(ReadText(v).Then(PaymentTerms.Read)), static (p, v) => p with { PaymentTerms = (PaymentTerms)v! }),
        new("watchListMonths", static v => Boxed(ReadWhole(v)), static (p, v) => p with { WatchListMonths = (int)v! }),
    ];

    private static readonly byte[][] PolicyValueNames = Utf8(PolicyValues.Select(v => v.Property));

    // Codes can start with digits, so keys that are codes go in brackets.
    private static string Key(string path, string key) => path + "['" + key + "']";

    public AccountSet? Read(JsonElement root, IClock clock)
    {
        if (!Expect(root, JsonValueKind.Object, "$"))
        {
            return null;
        }

        Unknown(root, "$", TopProperties);
        if (!Version(root, "WhatSnapshot", SnapshotJson.SchemaVersion)
            || !Property(root, "settings", "$", JsonValueKind.Object, out var settingsElement)
            || Settings(settingsElement, "$.settings") is not { } settings)
        {
            return null;
        }

        var contents = new ChangeBatch();
        var paths = new List<string>();
        Categories(root, settings, contents, paths);
        Customers(root, settings, contents, paths);
        var policies = Policies(root, settings);
        var rules = Rules(root);
        var log = Log(root);
        if (Errors.Count > 0)
        {
            return null;
        }

        var archive = new CustomerArchive(settings, clock);
        foreach (var violation in archive.Restore(contents, log))
        {
            Fail(violation.Position is { } position ? paths[position - 1] + PropertyOf(violation.Field, settings) : "$", violation.Message);
        }

        return Errors.Count == 0 ? new AccountSet(archive, policies, rules) : null;
    }

    public ArchiveSettings? Settings(JsonElement element, string path)
    {
        Unknown(element, path, SettingsProperties);
        var before = Errors.Count;
        var categoryScheme = Scheme(element, "categoryScheme", path, required: true);
        var classified = !element.TryGetProperty("customersClassified", out var c) || Boolean(c, path + ".customersClassified");
        var caseSensitive = element.TryGetProperty("caseSensitiveCodes", out var cs) && Boolean(cs, path + ".caseSensitiveCodes");
        var regionScheme = Scheme(element, "regionScheme", path, required: false);
        var dimensions = Objects(element, "dimensions", path, DimensionProperties, (item, itemPath) =>
            Scheme(item, "scheme", itemPath, required: true) is { } scheme && Text(item, "name", itemPath, required: true) is { } name
                ? Try(itemPath + ".name", () => new DimensionDefinition(name, scheme))
                : null);
        var fields = Objects(element, "customFields", path, FieldProperties, (item, itemPath) =>
        {
            var name = Text(item, "name", itemPath, required: true);
            var type = Enum<CustomFieldType>(item, "type", itemPath);
            var required = item.TryGetProperty("required", out var r) && Boolean(r, itemPath + ".required");
            return name is null || type is null ? null : Try(itemPath + ".name", () => new CustomFieldDefinition(name, type.Value, required));
        });
        if (Errors.Count > before || categoryScheme is null)
        {
            return null;
        }

        return Try(path, () => new ArchiveSettings(categoryScheme, classified, regionScheme, dimensions, fields) { CaseSensitiveCodes = caseSensitive });
    }

    private CodingScheme? Scheme(JsonElement owner, string property, string path, bool required)
    {
        if (Text(owner, property, path, required) is not { } text)
        {
            return null;
        }

        // The widest limits a scheme can have: whatever scheme was saved loads back.
        var limits = new CodingLimits(CodingLimits.LevelCountCeiling, CodingLimits.LevelLengthCeiling, CodingLimits.LevelCountCeiling * CodingLimits.LevelLengthCeiling);
        var scheme = CodingScheme.Read(text, limits);
        if (!scheme.Success)
        {
            Fail(path + "." + property, Messages.Format("Sentence", scheme.Problem));
            return null;
        }

        return scheme.Value;
    }

    private void Categories(JsonElement root, ArchiveSettings settings, ChangeBatch contents, List<string> paths)
    {
        if (Property(root, "categories", "$", JsonValueKind.Object, out var element, required: false))
        {
            CategoriesOf(element, settings, contents, paths);
        }
    }

    /// <summary>Reads the <c>categories</c> object into the batch, parents first.</summary>
    public void CategoriesOf(JsonElement element, ArchiveSettings settings, ChangeBatch contents, List<string> paths)
    {
        Unknown(element, "$.categories", [.. settings.DimensionNamesInUse]);
        foreach (var dimension in settings.DimensionNamesInUse)
        {
            var categories = Objects(element, dimension, "$.categories", CategoryProperties, (item, itemPath) =>
                Text(item, "code", itemPath, required: true) is { } code && Text(item, "name", itemPath, required: true) is { } name
                    ? new[] { code, name, itemPath }
                    : null);

            // Parents before children whatever the document's order: a parent's code is a prefix of its children's.
            foreach (var category in categories.OrderBy(c => c[0], StringComparer.Ordinal))
            {
                if (Try(category[2], () => contents.AddCategory(dimension, category[0], category[1])) is not null)
                {
                    paths.Add(category[2]);
                }
            }
        }
    }

    private void Customers(JsonElement root, ArchiveSettings settings, ChangeBatch contents, List<string> paths)
    {
        foreach (var (customer, path) in Objects(root, "customers", "$", CustomerProperties, (item, path) => Customer(item, path, settings) is { } c ? (c, path) : default))
        {
            contents.Add(customer);
            paths.Add(path);
        }
    }

    private Customer? Customer(JsonElement item, string path, ArchiveSettings settings)
    {
        var before = Errors.Count;
        var code = Text(item, "code", path, required: true);
        var name = Text(item, "name", path, required: true);
        if (code is null || name is null)
        {
            return null;
        }

        Customer customer;
        try
        {
            customer = new Customer(code, name);
        }
        catch (ArgumentException e)
        {
            Fail(path + (string.Equals(e.ParamName, "code", StringComparison.Ordinal) ? ".code" : ".name"), Reason(e));
            return null;
        }

        customer = SetValues(customer, item, path, CustomerValues, CustomerValueNames);

        if (item.TryGetProperty("dimensions", out _))
        {
            customer = customer with { Dimensions = Map(item, "dimensions", path, value => String(value.Element, value.Path)) };
        }

        foreach (var (property, field) in CustomerFieldNames)
        {
            if (field.Kind is FieldKind.Tags or FieldKind.TextList && item.TryGetProperty(property, out _))
            {
                customer = field.Set(customer, Texts(item, property, path));
            }
        }

        if (item.TryGetProperty("customFields", out _))
        {
            var fields = Map(item, "customFields", path, value => (object?)FieldValue(value.Element, value.Path, value.Key, settings));
            customer = customer with { CustomFields = fields.ToDictionary(p => p.Key, p => (CustomFieldValue)p.Value, StringComparer.Ordinal) };
        }

        return Errors.Count == before ? customer : null;
    }

    /// <summary>Sets each value the object holds through its setter, one copy per value, so a bad value is reported with its own path.</summary>
    private T SetValues<T>(T target, JsonElement item, string path, ValueSetter<T>[] values, byte[][] names)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (IndexOf(property, names) is var index and >= 0)
            {
                var value = values[index].Read(property.Value);
                if (!value.Success)
                {
                    Fail(path + "." + values[index].Property, Messages.Format("Sentence", value.Problem));
                    continue;
                }

                // The value is well formed; the target's own rules (a range, a length) still throw, as its setters do for any caller.
                try
                {
                    target = values[index].Set(target, value.Value);
                }
                catch (ArgumentException e)
                {
                    Fail(path + "." + values[index].Property, Reason(e));
                }
            }
        }

        return target;
    }

    private static ParseResult<object?> Value(FieldKind kind, JsonElement value) => kind switch
    {
        FieldKind.Number => Boxed(ReadNumber(value)),
        FieldKind.Date => Boxed(ReadDate(value)),
        FieldKind.YesNo => Boxed(ReadFlag(value)),
        FieldKind.TaxId => Boxed(ReadText(value).Then(TaxId.Read)),
        FieldKind.PaymentTerms => Boxed(ReadText(value).Then(PaymentTerms.Read)),
        FieldKind.WholeNumber => Boxed(ReadWhole(value)),
        FieldKind.Text or FieldKind.Dimension or FieldKind.Tags or FieldKind.TextList => Boxed(ReadText(value)),
    };

    private static ParseResult<object?> Boxed<T>(ParseResult<T> result) => result.Select(v => (object?)v);

    // Where a violated field stands in a customer object: its own property, or an entry of the dimensions or custom fields.
    private static string PropertyOf(string? field, ArchiveSettings settings) =>
        field is null ? string.Empty
        : CustomerFields.Find(field) is { } known && string.Equals(known.Name, field, StringComparison.Ordinal) ? "." + field
        : settings.FindCustomField(field) is not null ? ".customFields." + field
        : ".dimensions." + field;

    private static bool IsAscii(string name) => name.All(c => c < 128);

    private CustomFieldValue? FieldValue(JsonElement value, string path, string name, ArchiveSettings settings)
    {
        switch (settings.FindCustomField(name)?.Type)
        {
            case CustomFieldType.Text:
                return String(value, path) is { } text ? CustomFieldValue.FromText(text) : default(CustomFieldValue?);
            case CustomFieldType.Number:
                return Decimal(value, path) is { } number ? CustomFieldValue.FromNumber(number) : default(CustomFieldValue?);
            case CustomFieldType.Date:
                return Reported(value, path, static v => ReadDate(v).Select(d => (CustomFieldValue?)CustomFieldValue.FromDate(d)));
            default:
                Fail(path, Messages.Format("NotCustomField", name));
                return null;
        }
    }

    private CreditPolicySet? Policies(JsonElement root, ArchiveSettings settings) =>
        Property(root, "creditPolicies", "$", JsonValueKind.Object, out var element, required: false) ? PolicySet(element, "$.creditPolicies", settings) : null;

    /// <summary>Reads a credit policy set as a snapshot holds it (<c>dimension</c>, <c>grades</c>, <c>defaults</c>, <c>categories</c>).</summary>
    public CreditPolicySet? PolicySet(JsonElement element, string path, ArchiveSettings settings)
    {
        if (!Expect(element, JsonValueKind.Object, path))
        {
            return null;
        }

        Unknown(element, path, PoliciesProperties);
        var before = Errors.Count;
        var dimension = Text(element, "dimension", path, required: false) ?? DimensionNames.Category;
        if (settings.SchemeOf(dimension) is null)
        {
            Fail(path + ".dimension", Messages.Format("PoliciesUnknownDimension", dimension));
        }

        var grades = element.TryGetProperty("grades", out _) ? Try(path + ".grades", () => new CreditGradeScale(Texts(element, "grades", path))) : null;
        var defaults = Property(element, "defaults", path, JsonValueKind.Object, out var d, required: false) ? Policy(d, path + ".defaults") : null;
        var categories = Map(element, "categories", path, value => Policy(value.Element, value.Path), keysAreCodes: true);
        if (Errors.Count > before || Try(path, () => new CreditPolicySet(dimension, grades, defaults)) is not { } policies)
        {
            return null;
        }

        foreach (var pair in categories)
        {
            if (Try(Key(path + ".categories", pair.Key), () => policies.With(pair.Key, pair.Value)) is { } with)
            {
                policies = with;
            }
        }

        return policies;
    }

    private CreditPolicy? Policy(JsonElement element, string path)
    {
        if (!Expect(element, JsonValueKind.Object, path))
        {
            return null;
        }

        Unknown(element, path, PolicyProperties);
        var before = Errors.Count;
        var policy = SetValues(new CreditPolicy(), element, path, PolicyValues, PolicyValueNames);
        if (element.TryGetProperty("autoApprovedGrades", out _) && Try(path + ".autoApprovedGrades", () => policy with { AutoApprovedGrades = Texts(element, "autoApprovedGrades", path) }) is { } graded)
        {
            policy = graded;
        }

        return Errors.Count == before ? policy : null;
    }

    private List<ClassificationRule> Rules(JsonElement root) =>
        Property(root, "rules", "$", JsonValueKind.Array, out var array, required: false) ? RulesOf(array) : [];

    /// <summary>Reads the <c>rules</c> array; rule names are unique.</summary>
    public List<ClassificationRule> RulesOf(JsonElement array)
    {
        var rules = new RuleFile.Reader(Errors).Rules(array, "$.rules");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var name) && ReadText(name) is { Success: true } text
                && !seen.Add(text.Value.Trim()))
            {
                Fail(FormattableString.Invariant($"$.rules[{index}].name"), Messages.Format("RulesNamedTwice", text.Value.Trim()));
            }

            index++;
        }

        return rules;
    }

    private List<ChangeLogEntry> Log(JsonElement root)
    {
        var before = Errors.Count;
        var log = Objects(root, "changeLog", "$", EntryProperties, Entry);
        if (Errors.Count == before)
        {
            for (var i = 0; i < log.Count; i++)
            {
                if (log[i].Sequence != i + 1)
                {
                    Fail(FormattableString.Invariant($"$.changeLog[{i}].sequence"), Messages.Format("SequenceGap", i + 1, log[i].Sequence));
                }
            }
        }

        return log;
    }

    private ChangeLogEntry? Entry(JsonElement item, string path)
    {
        var before = Errors.Count;
        long sequence = 0;
        if (!item.TryGetProperty("sequence", out var s))
        {
            Fail(path, Messages.Format("PropertyMissing", "sequence"));
        }
        else if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt64(out sequence))
        {
            Fail(path + ".sequence", Messages.Format("ExpectedWholeSentence", s.GetRawText()));
        }

        Instant? at = null;
        if (!item.TryGetProperty("at", out var a))
        {
            Fail(path, Messages.Format("PropertyMissing", "at"));
        }
        else
        {
            at = Timestamp(a, path + ".at");
        }

        var actor = Text(item, "actor", path, required: true);
        if (actor is not null && string.IsNullOrWhiteSpace(actor))
        {
            Fail(path + ".actor", Messages.Get("ActorBlank"));
        }
        else if (actor is not null && CustomerClassification.Customers.Customer.PlainTextProblem(actor, "actor") is { } problem)
        {
            Fail(path + ".actor", problem);
        }

        var operation = Enum<ChangeOperation>(item, "operation", path);
        string? Of(string property) => Text(item, property, path, required: false);
        var entry = new ChangeLogEntry(sequence, at ?? default, actor?.Trim() ?? string.Empty, operation ?? default, Of("customer"), Of("dimension"), Of("category"), Of("field"), Of("before"), Of("after"), Of("reason"));
        return Errors.Count == before ? entry : null;
    }

    private T? Enum<T>(JsonElement owner, string property, string path)
        where T : struct, Enum
    {
        if (Text(owner, property, path, required: true) is not { } text)
        {
            return null;
        }

        if (JsonEnum<T>.TryRead(owner.GetProperty(property), out var value))
        {
            return value;
        }

        Fail(path + "." + property, Messages.Format("NotOneOf", text, JsonEnum<T>.Expected));
        return null;
    }

    private bool Property(JsonElement owner, string property, string path, JsonValueKind kind, out JsonElement value, bool required = true)
    {
        if (owner.TryGetProperty(property, out value))
        {
            return Expect(value, kind, path + "." + property);
        }

        if (required)
        {
            Fail(path, Messages.Format("PropertyMissing", property));
        }

        return false;
    }

    /// <summary>Reads an optional array of objects, each checked for unknown properties; items that fail are left out.</summary>
    private List<T> Objects<T>(JsonElement owner, string property, string path, string[] known, Func<JsonElement, string, T?> read)
    {
        var items = new List<T>();
        if (!Property(owner, property, path, JsonValueKind.Array, out var array, required: false))
        {
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = FormattableString.Invariant($"{path}.{property}[{index++}]");
            if (Expect(item, JsonValueKind.Object, itemPath))
            {
                Unknown(item, itemPath, known);
                if (read(item, itemPath) is { } value && !EqualityComparer<T>.Default.Equals(value, default!))
                {
                    items.Add(value);
                }
            }
        }

        return items;
    }

    private string[] Texts(JsonElement owner, string property, string path)
    {
        if (!Property(owner, property, path, JsonValueKind.Array, out var array, required: false))
        {
            return [];
        }

        var texts = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (String(item, FormattableString.Invariant($"{path}.{property}[{index++}]")) is { } text)
            {
                texts.Add(text);
            }
        }

        return [.. texts];
    }

    private Dictionary<string, T> Map<T>(JsonElement owner, string property, string path, Func<(JsonElement Element, string Path, string Key), T?> read, bool keysAreCodes = false)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (!Property(owner, property, path, JsonValueKind.Object, out var element, required: false))
        {
            return map;
        }

        foreach (var pair in element.EnumerateObject())
        {
            var itemPath = keysAreCodes ? Key(path + "." + property, pair.Name) : path + "." + property + "." + pair.Name;
            if (read((pair.Value, itemPath, pair.Name)) is { } value)
            {
                map[pair.Name] = value;
            }
        }

        return map;
    }

    private T? Try<T>(string path, Func<T> make)
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
}
