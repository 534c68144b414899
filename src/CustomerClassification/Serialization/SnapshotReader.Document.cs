using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Serialization;

/// <content>The document's top-level properties, declared once, and the restore of the archive when all are read.</content>
internal sealed partial class SnapshotReader
{
    // The top-level properties in the order the writer writes them; a part that needs the settings and comes before them
    // is kept as its bytes and read once they are.
    private static readonly Part[] Parts =
    [
        new("schemaVersion", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Whole(ref r, s.Version, 0)),
        new("settings", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Object, "$.settings", e => s._settings = s._parts.Settings(e, "$.settings", out s._gradesSaved))),
        new("categories", Needs.Settings, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Object, "$.categories", e => s._categoryPaths.AddRange(s._parts.Categories(e, s._settings!, s._contents, s._disabled)))),
        new("profileDefaults", Needs.Settings, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Object, "$.profileDefaults", e => s._categoryPaths.AddRange(s._parts.ProfileDefaults(e, s._contents)))),
        new("customers", Needs.Settings, static (SnapshotReader s, ref Utf8JsonReader r) => s.Customers(ref r)),
        new("creditPolicies", Needs.Settings, static (SnapshotReader s, ref Utf8JsonReader r) => s.Whole(ref r, s.PolicySet, 0)),
        new("rules", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Array, "$.rules", e => s._rules = s._parts.Rules(e))),
        new("changeLog", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Log(ref r)),
        new("access", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Object, "$.access", e => s._access = new AccessPolicyFile.Reader(s._parts.Errors).Read(e, "$.access"))),
        new("requests", Needs.Nothing, static (SnapshotReader s, ref Utf8JsonReader r) => s.Element(ref r, JsonValueKind.Array, "$.requests", e => s._requests = new RequestJson.Reader(s._parts.Errors).Read(e, "$.requests"))),
    ];

    private static readonly Utf8Names PartNames = new([.. Parts.Select(p => p.Name)]);

    private readonly ChangeBatch _contents = new();
    private readonly List<Customers.Customer> _customers = [];
    private readonly bool[] _seen = new bool[Parts.Length];
    private bool _version;
    private ArchiveSettings? _settings;
    private bool _gradesSaved;
    // The paths of the batch's operations before the customers (categories, descriptions, profile values), and after them.
    private readonly List<string> _categoryPaths = [];
    private readonly List<(string Dimension, string Code, string Path)> _disabled = [];
    private CreditPolicySet? _policies;
    private List<ClassificationRule> _rules = [];
    private AccessPolicy? _access;
    private List<ChangeRequest> _requests = [];

    private delegate void PartReader(SnapshotReader reader, ref Utf8JsonReader json);

    private enum Needs
    {
        Nothing,
        Settings,
    }

    private AccountSet? Snapshot(IClock clock)
    {
        var json = Start();
        var isObject = false;
        Whole(ref json, (ref Utf8JsonReader r, int _) => (isObject = r.TokenType == JsonTokenType.StartObject) || Unexpected(ref r, JsonValueKind.Object, "$"), 0);
        if (!isObject)
        {
            return null;
        }

        var kept = Properties(ref json);
        End(ref json);
        if (_seen[0] && !_version)
        {
            return null;
        }

        if (!_seen[0])
        {
            Fail("$", Messages.Format("NoSchemaVersion", Messages.Get(_what), SnapshotJson.SchemaVersion));
            return null;
        }

        if (!_seen[1])
        {
            Fail("$", Messages.Format("PropertyMissing", Parts[1].Name));
            return null;
        }

        // The parts that came before what they need, read now from their bytes, in the writer's order.
        foreach (var (index, bytes) in kept.OrderBy(k => k.Index))
        {
            _window = new Utf8Window(new ArraySegment<byte>(bytes));
            var part = new Utf8JsonReader(bytes, Options);
            Parts[index].Read(this, ref part);
        }

        return Errors.Count == 0 && _settings is { } settings ? Restored(settings, clock) : null;
    }

    // The root object's properties, each read by its part; gives the parts kept to be read later.
    private List<(int Index, byte[] Bytes)> Properties(ref Utf8JsonReader json)
    {
        var kept = new List<(int Index, byte[] Bytes)>();
        while (true)
        {
            while (!json.Read())
            {
                json = Refill(json);
            }

            if (json.TokenType == JsonTokenType.EndObject)
            {
                return kept;
            }

            var index = Lookup(ref json, PartNames);
            var name = index >= 0 ? Parts[index].Name : JsonTokens.Name(ref json);
            if (index < 0 || _seen[index])
            {
                Whole(ref json, (ref Utf8JsonReader r, int _) => index < 0 ? Unknown(ref r, "$", name, Parts.Select(p => p.Name)) : Twice(ref r, "$", name), 0);
                continue;
            }

            _seen[index] = true;
            // After a schema version this library does not read, only the names are checked: the values may mean anything.
            var ready = !_seen[0] || _version ? Parts[index].Needs == Needs.Nothing || _settings is not null : index == 0;
            if (ready)
            {
                Parts[index].Read(this, ref json);
            }
            else if ((_seen[1] && _settings is null) || (_seen[0] && !_version))
            {
                // The settings were there and wrong: what needs them cannot be read, and their problems say why.
                Whole(ref json, static (ref Utf8JsonReader r, int _) => r.TrySkip(), 0);
            }
            else
            {
                byte[]? bytes = null;
                var window = _window;
                Whole(ref json, (ref Utf8JsonReader r, int _) => Kept(ref r, window, out bytes), 0);
                kept.Add((index, bytes!));
            }
        }
    }

    // The bytes of the value the reader stands on, for a part read later.
    private static bool Kept(ref Utf8JsonReader reader, Utf8Window window, out byte[]? bytes)
    {
        var start = (int)reader.TokenStartIndex;
        bytes = null;
        if (!reader.TrySkip())
        {
            return false;
        }

        bytes = window.Rest.Slice(start, (int)reader.BytesConsumed - start).ToArray();
        return true;
    }

    // The schema version: a whole number from 1 to the newest this library reads; anything else stops the reading.
    private bool Version(ref Utf8JsonReader reader, int index)
    {
        _version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version >= 1 && version <= SnapshotJson.SchemaVersion;
        if (!_version)
        {
            Fail("$.schemaVersion", Messages.Format("SchemaVersionUnread", JsonTokens.Raw(ref reader), SnapshotJson.SchemaVersion));
        }

        return reader.TrySkip();
    }

    // A small part parsed into an element and read by the element reader; an element of another kind is a problem.
    private bool Element(ref Utf8JsonReader reader, JsonValueKind kind, string path, Action<JsonElement> read) => Whole(
        ref reader,
        (ref Utf8JsonReader r, int _) =>
        {
            var whole = r;
            if (!whole.TrySkip())
            {
                return false;
            }

            using var document = JsonDocument.ParseValue(ref r);
            if (Expect(document.RootElement, kind, path))
            {
                read(document.RootElement);
            }

            return true;
        },
        0);

    // Every value was readable: the archive is filled through one checked batch; what it refuses is reported where it stands.
    private AccountSet? Restored(ArchiveSettings settings, IClock clock)
    {
        // The batch holds the categories, parents first, then the customers in the document's order, wherever the categories stood.
        foreach (var customer in _customers)
        {
            _contents.Add(customer);
        }

        // Disabled last: a disabled category keeps the customers it has, but takes none while it is.
        foreach (var (dimension, code, _) in _disabled)
        {
            _contents.DisableCategory(dimension, code);
        }

        // An older model keeps its grade scale with the credit policies, and its customers may hold grades off it (they were
        // not checked): the scale is the policies', those grades after it, so that the model loads as it was.
        if (!_gradesSaved)
        {
            var scale = (_policies?.Grades ?? CreditGradeScale.Default).Grades;
            var held = _customers.Select(c => c.CreditGrade).OfType<string>().Where(g => !scale.Contains(g, StringComparer.Ordinal));
            settings = settings.WithCreditGrades([.. scale, .. held.Distinct(StringComparer.Ordinal).OrderBy(g => g, StringComparer.Ordinal)]);
        }

        var archive = new CustomerArchive(settings, clock);
        foreach (var violation in archive.Restore(_contents, _log))
        {
            Fail(violation.Position is { } position ? PathOf(position) + PropertyOf(violation.Field, settings) : "$", violation.Message);
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        // An older model's policy values become the profile values they are read as; its set keeps the dimension and the scale.
        var policies = _policies ?? new CreditPolicySet();
        archive.FillProfiles(policies.Dimension, policies.ProfileValues());
        archive.RestoreRequests(_requests);
        return new AccountSet(archive, new CreditPolicySet(policies.Dimension, new CreditGradeScale(settings.CreditGrades)), _rules) { Access = _access };
    }

    // The batch holds the categories (in the order of their paths), then the customers in the document's order, then the disabled categories.
    private string PathOf(int position) =>
        position <= _categoryPaths.Count ? _categoryPaths[position - 1]
        : position <= _categoryPaths.Count + _customers.Count ? CustomerPath(position - _categoryPaths.Count - 1)
        : _disabled[position - _categoryPaths.Count - _customers.Count - 1].Path;

    // Where a violated field stands in a customer object: its own property, or an entry of the dimensions or custom fields.
    private static string PropertyOf(string? field, ArchiveSettings settings) =>
        field is null ? string.Empty
        : CustomerClassification.Customers.CustomerFields.Find(field) is { } known && string.Equals(known.Name, field, StringComparison.Ordinal) ? "." + field
        : settings.FindCustomField(field) is not null ? ".customFields." + field
        : ".dimensions." + field;

    private readonly record struct Part(string Name, Needs Needs, PartReader Read);
}
