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
    private static readonly string[] SettingsProperties = ["categoryScheme", "customersClassified", "regionScheme", "dimensions", "customFields", "caseSensitiveCodes", "creditGrades"];
    private static readonly string[] CategoryProperties = ["code", "name", "description", "active", "profile"];
    private static readonly string[] ProfileNames = [.. CategoryProfileFields.All.Select(f => f.Name)];
    private static readonly string[] DimensionProperties = ["name", "scheme"];
    private static readonly string[] FieldProperties = ["name", "type", "required"];

    /// <summary>Reads the <c>settings</c> object, or null when anything in it is wrong; says whether it holds the grade scale (older models hold it with the credit policies).</summary>
    public ArchiveSettings? Settings(JsonElement element, string path, out bool gradesSaved)
    {
        gradesSaved = element.TryGetProperty("creditGrades", out var gradesElement);
        var grades = gradesSaved ? Grades(gradesElement, path + ".creditGrades") : ArchiveSettings.DefaultCreditGrades;
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
        if (Errors.Count > before || categoryScheme is null || grades is null)
        {
            return null;
        }

        return Try(path, () => new ArchiveSettings(categoryScheme, classified, regionScheme, dimensions, fields) { CaseSensitiveCodes = caseSensitive, CreditGrades = grades });
    }

    // The grade scale: texts, best first, as the settings take them (a blank or repeated grade is a problem of the list).
    private IReadOnlyList<string>? Grades(JsonElement element, string path)
    {
        if (!Expect(element, JsonValueKind.Array, path))
        {
            return null;
        }

        var texts = element.EnumerateArray().Select((item, i) => String(item, path + "[" + i + "]")).ToArray();
        return texts.Any(t => t is null) ? null : Try(path, () => ArchiveSettings.GradeList(texts!, "creditGrades"));
    }

    /// <summary>
    /// Reads the <c>categories</c> object into the batch, parents first, each with its description and profile; gives the
    /// path of each operation added, in the batch's order, and the disabled categories, to disable once the customers are in.
    /// </summary>
    public List<string> Categories(JsonElement element, ArchiveSettings settings, ChangeBatch contents, List<(string Dimension, string Code, string Path)> disabled)
    {
        var paths = new List<string>();
        Unknown(element, "$.categories", [.. settings.DimensionNamesInUse]);
        foreach (var dimension in settings.DimensionNamesInUse)
        {
            var categories = Objects(element, dimension, "$.categories", CategoryProperties, (item, itemPath) =>
                Text(item, "code", itemPath, required: true) is { } code && Text(item, "name", itemPath, required: true) is { } name
                    ? new SavedCategory(code, name, itemPath, Text(item, "description", itemPath, required: false), !item.TryGetProperty("active", out var active) || Boolean(active, itemPath + ".active"), item.TryGetProperty("profile", out var profile) ? Profile(profile, itemPath + ".profile") : CategoryProfile.Empty)
                    : null);

            // Parents before children whatever the document's order: a parent's code is a prefix of its children's.
            foreach (var category in categories.OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                if (Try(category.Path, () => contents.AddCategory(dimension, category.Code, category.Name)) is null)
                {
                    continue;
                }

                paths.Add(category.Path);
                if (category.Description is not null && Try(category.Path + ".description", () => contents.DescribeCategory(dimension, category.Code, category.Description)) is not null)
                {
                    paths.Add(category.Path + ".description");
                }

                paths.AddRange(Profiled(contents, category.Profile, category.Path + ".profile", (field, value) => contents.SetProfileValue(dimension, category.Code, field, value)));
                if (!category.Active)
                {
                    disabled.Add((dimension, category.Code, category.Path + ".active"));
                }
            }
        }

        return paths;
    }

    /// <summary>Reads the <c>profileDefaults</c> object into the batch; gives the path of each operation added.</summary>
    public List<string> ProfileDefaults(JsonElement element, ChangeBatch contents) =>
        Profiled(contents, Profile(element, "$.profileDefaults"), "$.profileDefaults", (field, value) => contents.SetDefaultProfileValue(field, value));

    // One operation per value set, each at its own path.
    private static List<string> Profiled(ChangeBatch contents, CategoryProfile profile, string path, Func<string, object, ChangeBatch> set)
    {
        var paths = new List<string>();
        foreach (var pair in profile)
        {
            set(pair.Key.Name, pair.Value);
            paths.Add(path + "." + pair.Key.Name);
        }

        return paths;
    }

    /// <summary>Reads a profile object: each value under its canonical name, of its kind, checked as the profile checks it.</summary>
    private CategoryProfile Profile(JsonElement element, string path)
    {
        var profile = CategoryProfile.Empty;
        if (!Expect(element, JsonValueKind.Object, path))
        {
            return profile;
        }

        Unknown(element, path, ProfileNames);
        foreach (var property in element.EnumerateObject())
        {
            if (CategoryProfileFields.Find(property.Name) is { } field && string.Equals(field.Name, property.Name, StringComparison.Ordinal))
            {
                var value = ProfileValue(field, property.Value);
                if (value.Success)
                {
                    profile = profile.WithChecked(field, value.Value);
                }
                else
                {
                    Fail(path + "." + field.Name, Messages.Format("Sentence", value.Problem));
                }
            }
        }

        return profile;
    }

    private static ParseResult<object> ProfileValue(CategoryProfileField field, JsonElement value) => field.Kind switch
    {
        FieldKind.Number => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? field.Check(number)
            : ParseResult<object>.Fail(Messages.Format("ExpectedFound", JsonTokens.Describe(JsonValueKind.Number), JsonTokens.Describe(value.ValueKind))),
        FieldKind.WholeNumber => ReadWhole(value).Then(n => field.Check(n)),
        FieldKind.YesNo => ReadFlag(value).Then(b => field.Check(b)),
        FieldKind.PaymentTerms => ReadText(value).Then(PaymentTerms.Read).Then(t => field.Check(t)),
        FieldKind.TextList or FieldKind.Tags => value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(ReadText).ToArray() is var items && items.FirstOrDefault(i => !i.Success) is { Problem: { } problem } ? ParseResult<object>.Fail(problem) : field.Check(items.Select(i => i.Value).ToArray())
            : ParseResult<object>.Fail(Messages.Format("ExpectedFound", JsonTokens.Describe(JsonValueKind.Array), JsonTokens.Describe(value.ValueKind))),
        FieldKind.Text or FieldKind.Dimension or FieldKind.Date or FieldKind.TaxId => ReadText(value).Then(t => field.Check(t)),
    };

    private sealed record SavedCategory(string Code, string Name, string Path, string? Description, bool Active, CategoryProfile Profile);

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
