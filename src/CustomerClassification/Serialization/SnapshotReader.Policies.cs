using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;

namespace CustomerClassification.Serialization;

/// <content>
/// Credit policies: a policy file, and the <c>creditPolicies</c> of a model. A model saved before policies were profile
/// values holds defaults and category policies there; they are read as the profile values of the same names.
/// </content>
internal sealed partial class SnapshotReader
{
    private static readonly string[] PolicySetProperties = ["dimension", "grades", "defaults", "categories"];
    private static readonly Utf8Names PolicySetNames = new(PolicySetProperties);
    private static readonly string[] PolicyValueNames = [.. CreditPolicy.Values.Select(v => v.Field.Name)];
    private static readonly Utf8Names PolicyNames = new(PolicyValueNames);

    // The creditPolicies object (or a policy file's root): its dimension, grade scale, defaults and the policy of each category.
    private bool PolicySet(ref Utf8JsonReader reader, int index)
    {
        var path = string.Equals(_what, "WhatSnapshot", StringComparison.Ordinal) ? "$.creditPolicies" : "$";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, path);
        }

        var before = Errors.Count;
        var seen = new bool[PolicySetProperties.Length];
        object? dimensionRead = null;
        string[]? grades = null;
        CreditPolicy? defaults = null;
        var categories = new List<(string Code, CreditPolicy Policy)>();
        while (true)
        {
            switch (Property(ref reader, PolicySetNames, PolicySetProperties, seen, new(path), out var found))
            {
                case Next.End:
                    _policies = Errors.Count == before ? Policies(path, (string?)dimensionRead, grades, defaults, categories) : null;
                    return true;
                case Next.Cut:
                    return false;
            }

            var complete = found switch
            {
                0 => Scalar(ref reader, path + ".dimension", TextToken, out dimensionRead),
                1 => Texts(ref reader, path + ".grades", out grades),
                2 => Policy(ref reader, path + ".defaults", out defaults),
                _ => Categories(ref reader, path + ".categories", categories),
            };
            if (!complete)
            {
                return false;
            }
        }
    }

    private CreditPolicySet? Policies(string path, string? dimension, string[]? grades, CreditPolicy? defaults, List<(string Code, CreditPolicy Policy)> categories)
    {
        dimension ??= DimensionNames.Category;
        if (_settings!.SchemeOf(dimension) is null)
        {
            Fail(path + ".dimension", Messages.Format("PoliciesUnknownDimension", dimension));
            return null;
        }

        var scale = grades is null ? null : Try(path + ".grades", () => new CreditGradeScale(grades));
        if ((grades is not null && scale is null) || Try(path, () => new CreditPolicySet(dimension, scale, defaults)) is not { } policies)
        {
            return null;
        }

        foreach (var (code, policy) in categories)
        {
            policies = Try(path + ".categories['" + code + "']", () => policies.With(code, policy)) ?? policies;
        }

        return policies;
    }

    private bool Categories(ref Utf8JsonReader reader, string path, List<(string Code, CreditPolicy Policy)> categories)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, path);
        }

        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var code = JsonTokens.Name(ref reader);
            if (!reader.Read() || !Policy(ref reader, path + "['" + code + "']", out var policy))
            {
                return false;
            }

            if (policy is not null)
            {
                categories.Add((code, policy));
            }
        }

        return false;
    }

    // One policy object; a value the policy refuses (a threshold out of range) is a problem at its property.
    private bool Policy(ref Utf8JsonReader reader, string path, out CreditPolicy? policy)
    {
        policy = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, path);
        }

        var before = Errors.Count;
        var seen = new bool[PolicyValueNames.Length];
        var made = new CreditPolicy();
        while (true)
        {
            switch (Property(ref reader, PolicyNames, PolicyValueNames, seen, new(path), out var found))
            {
                case Next.End:
                    policy = Errors.Count == before ? made : null;
                    return true;
                case Next.Cut:
                    return false;
            }

            if (!PolicyValue(ref reader, path + "." + PolicyValueNames[found], CreditPolicy.Values[found], ref made))
            {
                return false;
            }
        }
    }

    // One value of a policy, read as its profile value is, set on it when it is readable and the policy takes it.
    private bool PolicyValue(ref Utf8JsonReader reader, string path, (CategoryProfileField Field, Func<CreditPolicy, object?> Get, Func<CreditPolicy, object, CreditPolicy> Set) value, ref CreditPolicy policy)
    {
        object? read;
        bool complete;
        if (value.Field.Kind != FieldKind.TextList)
        {
            complete = Scalar(ref reader, path, JsonTokens.For(value.Field.Kind), out read);
        }
        else
        {
            complete = Texts(ref reader, path, out var texts);
            read = texts;
        }

        var before = policy;
        policy = read is null ? policy : Try(path, () => value.Set(before, read)) ?? policy;
        return complete;
    }

    // A single value read by its reader: null and a problem at the path when it is not one; false when it is cut.
    private bool Scalar(ref Utf8JsonReader reader, string path, JsonTokens.Read read, out object? value)
    {
        var result = read(ref reader);
        value = result.Success ? result.Value : null;
        return result.Success || Problem(ref reader, path, result.Problem);
    }
}
