using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.Serialization;

/// <summary>
/// Reads the small parts of a snapshot — settings, categories and rules — from the element <see cref="SnapshotReader"/>
/// parses each into, every value checked where it stands and every problem reported with its path.
/// </summary>
internal sealed class SnapshotParts(List<RuleSyntaxError> errors) : JsonWalker(errors)
{
    private static readonly string[] SettingsProperties = ["categoryScheme", "customersClassified", "regionScheme", "dimensions", "customFields", "caseSensitiveCodes"];
    private static readonly string[] CategoryProperties = ["code", "name"];
    private static readonly string[] DimensionProperties = ["name", "scheme"];
    private static readonly string[] FieldProperties = ["name", "type", "required"];

    /// <summary>Reads the <c>settings</c> object, or null when anything in it is wrong.</summary>
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

    /// <summary>Reads the <c>categories</c> object into the batch, parents first; gives the path of each category added, in the batch's order.</summary>
    public List<string> Categories(JsonElement element, ArchiveSettings settings, ChangeBatch contents)
    {
        var paths = new List<string>();
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

        return paths;
    }

    /// <summary>Reads the <c>rules</c> array; rule names are unique.</summary>
    public List<ClassificationRule> Rules(JsonElement array)
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

    /// <summary>Reads an optional array of objects, each checked for unknown properties; items that fail are left out.</summary>
    private List<T> Objects<T>(JsonElement owner, string property, string path, string[] known, Func<JsonElement, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (!owner.TryGetProperty(property, out var array) || !Expect(array, JsonValueKind.Array, path + "." + property))
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
                if (read(item, itemPath) is { } value)
                {
                    items.Add(value);
                }
            }
        }

        return items;
    }
}
