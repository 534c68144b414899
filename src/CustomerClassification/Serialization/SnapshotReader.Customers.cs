using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Customers;

namespace CustomerClassification.Serialization;

/// <content>Customers, read token by token as the field catalogue declares them.</content>
internal sealed partial class SnapshotReader
{
    /// <summary>A customer's properties: every catalogue field under its canonical name (or an English alias, as older snapshots wrote it).</summary>
    private static readonly (string Property, CustomerField Field)[] Fields = CustomerFields.All
        .SelectMany(f => f.Aliases.Where(a => a.All(c => c < 128) && !f.IsKey && f != CustomerFields.Name).Prepend(f.Name).Select(name => (name, f)))
        .ToArray();

    private static readonly string[] CustomerProperties = [.. Fields.Select(p => p.Property), "dimensions", "customFields"];
    private static readonly Utf8Names CustomerNames = new(CustomerProperties);
    private static readonly int DimensionsIndex = Fields.Length;
    private static readonly int CustomFieldsIndex = Fields.Length + 1;

    // For each property, the first property of its field (the field's own name; aliases follow it), so an alias reads into its field's slot.
    private static readonly int[] FieldOf = [.. Fields.Select(f => Array.FindIndex(Fields, g => g.Field == f.Field)), DimensionsIndex, CustomFieldsIndex];

    private static readonly JsonTokens.Read[] FieldReaders = [.. Fields.Select(f => JsonTokens.For(f.Field.Kind))];

    // One set of slots and caches for every customer of a read: a million customers make no million arrays.
    private readonly object?[] _values;
    private readonly int[] _from;
    private readonly Utf8Values[] _known;
    private CustomerBuilder? _builder;
    private Dictionary<string, string>? _dimensions;
    private Dictionary<string, CustomFieldValue>? _customFields;
    private readonly Dictionary<string, string> _dimensionValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomFieldValue> _customFieldValues = new(StringComparer.Ordinal);
    private ValueReader? _customer;
    private Func<string, JsonTokens.Read?>? _customFieldReader;

    private static string CustomerPath(int index) => FormattableString.Invariant($"$.customers[{index}]");

    private void Customers(ref Utf8JsonReader reader) => Items(ref reader, "$.customers", _customer ??= Customer);

    // One customer: every value read where it stands, then set in the catalogue's order on the one builder of the read.
    private bool Customer(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, CustomerPath(index));
        }

        Array.Clear(_values, 0, _values.Length);
        Array.Clear(_from, 0, _from.Length);
        _dimensions = null;
        _customFields = null;
        var before = Errors.Count;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                if (Errors.Count == before && Built(index) is { } customer)
                {
                    _customers.Add(customer);
                }

                return true;
            }

            var found = Lookup(ref reader, CustomerNames);
            var name = found >= 0 ? CustomerProperties[found] : JsonTokens.Name(ref reader);
            if (!reader.Read())
            {
                return false;
            }

            var slot = found >= 0 ? FieldOf[found] : -1;
            var read = slot < 0 ? Unknown(ref reader, CustomerPath(index), name, CustomerProperties)
                : _from[slot] > 0 ? Twice(ref reader, CustomerPath(index), name)
                : CustomerValue(ref reader, index, found, slot);
            if (!read)
            {
                return false;
            }
        }

        return false;
    }

    // A property's value into its slot (the index it came from kept, 1-based, to name it in a problem); false when it is cut.
    private bool CustomerValue(ref Utf8JsonReader reader, int index, int found, int slot)
    {
        _from[slot] = found + 1;
        if (slot == DimensionsIndex)
        {
            return Map(ref reader, new(null, static i => PathOf(i, DimensionsIndex), index), _ => TextToken, key => Messages.Format("UnknownProperty", key, "dimensions"), _dimensionValues, out _dimensions);
        }

        if (slot == CustomFieldsIndex)
        {
            return Map(ref reader, new(null, static i => PathOf(i, CustomFieldsIndex), index), _customFieldReader ??= CustomFieldReader, key => Messages.Format("NotCustomField", key), _customFieldValues, out _customFields);
        }

        if (Fields[slot].Field.Kind is FieldKind.Tags or FieldKind.TextList)
        {
            var complete = Texts(ref reader, PathOf(index, found), out var texts);
            _values[slot] = texts;
            return complete;
        }

        var value = Cached(ref reader, _known[slot], FieldReaders[slot]);
        _values[slot] = value.Success ? value.Value : null;
        return value.Success || Problem(ref reader, PathOf(index, found), value.Problem);
    }

    // The path of a customer's property, made only where it is needed: a million customers have ten million values.
    private static string PathOf(int index, int property) => CustomerPath(index) + "." + CustomerProperties[property];

    private JsonTokens.Read? CustomFieldReader(string name) => _settings!.FindCustomField(name)?.Type switch
    {
        CustomFieldType.Text => static (ref Utf8JsonReader r) => JsonTokens.Text(ref r).Select(t => (object?)CustomFieldValue.FromText(t)),
        CustomFieldType.Number => static (ref Utf8JsonReader r) => JsonTokens.Number(ref r).Select(n => (object?)CustomFieldValue.FromNumber(n)),
        CustomFieldType.Date => static (ref Utf8JsonReader r) => JsonTokens.Date(ref r).Select(d => (object?)CustomFieldValue.FromDate(d)),
        null => null,
    };

    // The customer made from the values read, through the catalogue's setters; a value the customer refuses is a problem at its property.
    private Customer? Built(int index)
    {
        var (code, name) = (_values[0] as string, _values[1] as string);
        if (code is null || name is null)
        {
            Fail(CustomerPath(index), Messages.Format("PropertyMissing", code is null ? "code" : "name"));
            if (code is null && name is null)
            {
                Fail(CustomerPath(index), Messages.Format("PropertyMissing", "name"));
            }

            return null;
        }

        CustomerBuilder builder;
        try
        {
            builder = _builder = _builder?.Restart(code, name) ?? new CustomerBuilder(code, name);
        }
        catch (ArgumentException e)
        {
            // The builder's documented refusal of a code or a name, told apart by the parameter it names.
            Fail(CustomerPath(index) + (string.Equals(e.ParamName, "code", StringComparison.Ordinal) ? ".code" : ".name"), Reason(e));
            return null;
        }

        var before = Errors.Count;
        for (var slot = 2; slot < _from.Length; slot++)
        {
            if (_from[slot] == 0)
            {
                continue;
            }

            // Set without a closure or a path per value; a value the builder refuses (its documented ArgumentException) is a problem at its property.
            try
            {
                if (slot == DimensionsIndex)
                {
                    builder.Dimensions = _dimensions ?? builder.Dimensions;
                }
                else if (slot == CustomFieldsIndex)
                {
                    builder.CustomFields = _customFields ?? builder.CustomFields;
                }
                else
                {
                    builder.Restore(Fields[slot].Field, _values[slot]);
                }
            }
            catch (ArgumentException e)
            {
                Fail(PathOf(index, _from[slot] - 1), Reason(e));
            }
        }

        return Errors.Count == before ? builder.Build() : null;
    }
}
