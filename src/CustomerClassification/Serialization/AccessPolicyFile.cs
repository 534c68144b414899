using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Rules;

namespace CustomerClassification.Serialization;

/// <summary>
/// An access policy as JSON: <c>{ "schemaVersion": 1, "administrators": ["管理员"], "roles": [ { "name": "业务员", "members":
/// ["张三"], "rights": ["editCustomers", "reclassify"], "approves": ["*"], "scope": { "region": ["01"] } } ], "requests": {
/// "rights": ["reclassify"], "reclassifyTransacted": true, "creditLimitAbove": 100000, "categoryLifecycle": true } }</c>.
/// Rights are <see cref="AccessRight"/>'s camelCase names; a scope maps a dimension to the subtrees a role sees (empty or
/// left out: everything); <c>approves</c> lists the kinds of request a role may approve (<c>"*"</c> for all); <c>requests</c>
/// (optional) says which changes need a change request. The snapshot of an account set holds the same object under <c>access</c>.
/// </summary>
public static class AccessPolicyFile
{
    /// <summary>The schema version written.</summary>
    public const int SchemaVersion = 1;

    private const string All = "*";

    /// <summary>Reads a policy, reporting every problem with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RuleSyntaxException">The text is not JSON, or not a valid policy: every problem, each with its path.</exception>
    public static AccessPolicy FromJson(string json)
    {
        Guard.Against.Null(json);
        return JsonWalker.ReadFile(json, "WhatPolicy", (errors, root) => new Reader(errors).Read(root, "$"));
    }

    /// <summary>Writes a policy as indented JSON that <see cref="FromJson"/> reads back.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string ToJson(AccessPolicy policy)
    {
        Guard.Against.Null(policy);
        return JsonWalker.Indented(writer => Write(writer, policy));
    }

    /// <summary>Writes the policy object (with its schema version), as a file and a snapshot's <c>access</c> hold it.</summary>
    internal static void Write(Utf8JsonWriter writer, AccessPolicy policy)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        Strings(writer, "administrators", policy.Administrators);
        writer.WriteStartArray("roles");
        foreach (var role in policy.Roles)
        {
            writer.WriteStartObject();
            writer.WriteString("name", role.Name);
            Strings(writer, "members", role.Members);
            Strings(writer, "rights", role.Rights.Select(AccessPolicy.NameOf));
            Strings(writer, "approves", role.ApprovesAll ? [All] : role.Approves.Select(AccessPolicy.NameOf));
            writer.WriteStartObject("scope");
            foreach (var dimension in role.Scope.Dimensions)
            {
                Strings(writer, dimension, role.Scope.AllowedIn(dimension)!);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var requests = policy.Requests;
        if (!requests.IsNone)
        {
            writer.WriteStartObject("requests");
            Strings(writer, "rights", requests.Rights.Select(AccessPolicy.NameOf));
            writer.WriteBoolean("reclassifyTransacted", requests.ReclassifyTransacted);
            if (requests.CreditLimitAbove is { } limit)
            {
                writer.WriteNumber("creditLimitAbove", limit);
            }

            writer.WriteBoolean("categoryLifecycle", requests.CategoryLifecycle);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string property, IEnumerable<string> values)
    {
        writer.WriteStartArray(property);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads the policy object at a path, every problem at its own path.</summary>
    internal sealed class Reader(List<RuleSyntaxError> errors) : JsonWalker(errors)
    {
        public AccessPolicy? Read(JsonElement root, string path)
        {
            if (!Object(root, path, ["schemaVersion", "administrators", "roles", "requests"]) || !Version(root, "WhatPolicy", SchemaVersion))
            {
                return null;
            }

            var administrators = ArrayOf(root, "administrators", String, path, required: false);
            var roles = ArrayOf(root, "roles", Role, path);
            var requests = root.TryGetProperty("requests", out var r) ? Requests(r, path + ".requests") : RequestPolicy.None;
            return Errors.Count == 0 && requests is not null ? Try(path, () => new AccessPolicy(administrators, roles, requests)) : null;
        }

        private AccessRole? Role(JsonElement element, string path)
        {
            if (!Object(element, path, ["name", "members", "rights", "approves", "scope"]))
            {
                return null;
            }

            var name = Text(element, "name", path, required: true);
            var members = ArrayOf(element, "members", String, path);
            var rights = Rights(element, "rights", path, out _);
            var approves = Rights(element, "approves", path, out var all);
            var scope = element.TryGetProperty("scope", out var s) ? Scope(s, path + ".scope") : DataScope.Unrestricted;
            return name is null || scope is null ? null : Try(path, () => new AccessRole(name, members, rights, approves, all, scope));
        }

        private RequestPolicy? Requests(JsonElement element, string path)
        {
            if (!Object(element, path, ["rights", "reclassifyTransacted", "creditLimitAbove", "categoryLifecycle"]))
            {
                return null;
            }

            var rights = Rights(element, "rights", path, out _);
            var transacted = element.TryGetProperty("reclassifyTransacted", out var t) && Boolean(t, path + ".reclassifyTransacted");
            var lifecycle = element.TryGetProperty("categoryLifecycle", out var l) && Boolean(l, path + ".categoryLifecycle");
            var above = Decimal(element, "creditLimitAbove", path, required: false);
            return Try(path, () => new RequestPolicy(rights, transacted, above, lifecycle));
        }

        // Rights by name; "*" (where allowed) for all.
        private List<AccessRight> Rights(JsonElement owner, string property, string path, out bool all)
        {
            var rights = new List<AccessRight>();
            var any = false;
            foreach (var (name, at) in ArrayOf(owner, property, (e, p) => String(e, p) is { } text ? Tuple.Create(text, p) : null, path, required: false).Select(t => (t.Item1, t.Item2)))
            {
                if (string.Equals(name.Trim(), All, StringComparison.Ordinal) && string.Equals(property, "approves", StringComparison.Ordinal))
                {
                    any = true;
                }
                else if (AccessPolicy.ParseRight(name) is { Success: true } right)
                {
                    rights.Add(right.Value);
                }
                else
                {
                    Fail(at, AccessPolicy.ParseRight(name).Problem!);
                }
            }

            all = any;
            return rights;
        }

        private DataScope? Scope(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Object, path))
            {
                return null;
            }

            var scope = DataScope.Unrestricted;
            foreach (var property in element.EnumerateObject())
            {
                var codes = ArrayOf(element, property.Name, String, path);
                if (codes.Count > 0)
                {
                    scope = Try(path + "." + property.Name, () => scope.And(property.Name, [.. codes])) ?? scope;
                }
            }

            return scope;
        }
    }
}
