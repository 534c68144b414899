using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.Serialization;

/// <summary>
/// Rule files: rules as JSON with a schema version, for finance users to keep beside their data. Reading checks
/// the whole file and reports every problem with its JSON path (and, in a condition, its line and column) in one
/// <see cref="RuleSyntaxException"/>; nothing is returned when anything is wrong. Writing keeps each condition
/// as its author wrote it. A file looks like:
/// <code>
/// { "schemaVersion": 1,
///   "rules": [ { "name": "经销商大客户", "when": "类型 = '经销商' 且 合作年限 &gt;= 3 且 月均采购额 &gt; 5万",
///                "then": { "assign": "0101", "dimension": "category" }, "priority": 10,
///                "enabled": true, "validFrom": "2024-01-01", "validTo": "2024-12-31" } ] }
/// </code>
/// <c>then</c> holds exactly one of <c>assign</c> (with an optional <c>dimension</c>, <c>category</c> by default),
/// <c>grade</c> or <c>tag</c>; <c>priority</c>, <c>enabled</c> and the period are optional.
/// </summary>
public static class RuleFile
{
    /// <summary>The schema version this library writes and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    private static readonly string[] RuleProperties = ["name", "when", "then", "priority", "enabled", "validFrom", "validTo"];
    private static readonly string[] ActionProperties = ["assign", "dimension", "grade", "tag", "creditLimit", "paymentTerms"];
    private static readonly string[] ActionKinds = ["assign", "grade", "tag", "creditLimit", "paymentTerms"];

    /// <summary>Reads rules from a rule file's JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rules, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RuleSyntaxException">The JSON is malformed (the error gives its line and the UTF-8 byte position in that line), its schema version is missing or newer than <see cref="SchemaVersion"/>, or any rule is not valid: every problem, each with its path.</exception>
    public static IReadOnlyList<ClassificationRule> FromJson(string json)
    {
        Guard.Against.Null(json);
        return JsonWalker.ReadFile<IReadOnlyList<ClassificationRule>>(json, "WhatRuleFile", (errors, root) => new Reader(errors).Read(root));
    }

    /// <summary>Writes rules as a rule file (indented JSON, UTF-16 string; Chinese text is not escaped).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The JSON text; <see cref="FromJson"/> reads back equal rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is or holds null.</exception>
    public static string ToJson(IEnumerable<ClassificationRule> rules)
    {
        var list = Guard.Against.Null(rules).ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "A rule is null.");
        }

        return JsonWalker.Indented(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteStartArray("rules");
            foreach (var rule in list)
            {
                Write(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes one rule as an object of a rule file.</summary>
    internal static void Write(Utf8JsonWriter writer, ClassificationRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("name", rule.Name);
        writer.WriteString("when", rule.ConditionText);
        writer.WriteStartObject("then");
        switch (rule.Action.Kind)
        {
            case RuleActionKind.AssignCategory:
                writer.WriteString("assign", rule.Action.Value);
                writer.WriteString("dimension", rule.Action.Dimension);
                break;
            case RuleActionKind.SetCreditGrade:
                writer.WriteString("grade", rule.Action.Value);
                break;
            case RuleActionKind.SetCreditLimit:
                writer.WriteNumber("creditLimit", decimal.Parse(rule.Action.Value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case RuleActionKind.SetPaymentTerms:
                writer.WriteString("paymentTerms", rule.Action.Value);
                break;
            default:
                writer.WriteString("tag", rule.Action.Value);
                break;
        }

        writer.WriteEndObject();
        writer.WriteNumber("priority", rule.Priority);
        writer.WriteBoolean("enabled", rule.Enabled);
        JsonWalker.WriteDate(writer, "validFrom", rule.ValidFrom);
        JsonWalker.WriteDate(writer, "validTo", rule.ValidTo);

        writer.WriteEndObject();
    }

    /// <summary>Walks a parsed rule file (or the rules of a snapshot), collecting every problem rather than stopping at the first.</summary>
    internal sealed class Reader(List<RuleSyntaxError> errors) : JsonWalker(errors)
    {
        public List<ClassificationRule> Read(JsonElement root)
        {
            var rules = new List<ClassificationRule>();
            if (!Expect(root, JsonValueKind.Object, "$"))
            {
                return rules;
            }

            Unknown(root, "$", ["schemaVersion", "rules"]);
            if (!Version(root, "WhatRuleFile", SchemaVersion))
            {
                return rules;
            }

            if (!root.TryGetProperty("rules", out var array))
            {
                Fail("$.rules", Messages.Get("NoRulesArray"));
                return rules;
            }

            if (!Expect(array, JsonValueKind.Array, "$.rules"))
            {
                return rules;
            }

            return Rules(array, "$.rules");
        }

        /// <summary>Reads an array of rule objects; the rules with problems are left out and reported.</summary>
        public List<ClassificationRule> Rules(JsonElement array, string path)
        {
            var rules = new List<ClassificationRule>();
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (Rule(element, FormattableString.Invariant($"{path}[{index++}]")) is { } rule)
                {
                    rules.Add(rule);
                }
            }

            return rules;
        }

        private ClassificationRule? Rule(JsonElement element, string path)
        {
            if (!Expect(element, JsonValueKind.Object, path))
            {
                return null;
            }

            var before = Errors.Count;
            Unknown(element, path, RuleProperties);
            var name = Text(element, "name", path, required: true);
            var when = Text(element, "when", path, required: true);
            var action = Action(element, path);
            var priority = element.TryGetProperty("priority", out var p) ? Integer(p, path + ".priority") : 0;
            var enabled = !element.TryGetProperty("enabled", out var e) || Boolean(e, path + ".enabled");
            var from = Date(element, "validFrom", path);
            var to = Date(element, "validTo", path);
            if (Errors.Count > before || name is null || when is null || action is null)
            {
                return null;
            }

            try
            {
                return new ClassificationRule(name, when, action) { Priority = priority, Enabled = enabled, ValidFrom = from, ValidTo = to };
            }
            catch (RuleSyntaxException syntax)
            {
                Errors.AddRange(syntax.Errors.Select(error => error with { Path = path + ".when" }));
            }
            catch (ArgumentException problem)
            {
                Fail(path, problem.Message);
            }

            return null;
        }

        private RuleAction? Action(JsonElement rule, string path)
        {
            path += ".then";
            if (!rule.TryGetProperty("then", out var then))
            {
                Fail(path, Messages.Get("NoThen"));
                return null;
            }

            if (!Expect(then, JsonValueKind.Object, path))
            {
                return null;
            }

            Unknown(then, path, ActionProperties);
            var kinds = ActionKinds.Where(k => then.TryGetProperty(k, out _)).ToArray();
            if (kinds.Length != 1)
            {
                Fail(path, "'then' needs exactly one of assign, grade, tag, creditLimit or paymentTerms.");
                return null;
            }

            // A limit is a JSON number, or the same digits as text.
            var value = string.Equals(kinds[0], "creditLimit", StringComparison.Ordinal) && then.GetProperty("creditLimit").ValueKind == JsonValueKind.Number
                ? then.GetProperty("creditLimit").GetRawText()
                : Text(then, kinds[0], path, required: true);
            var dimension = Text(then, "dimension", path, required: false);
            if (dimension is not null && !string.Equals(kinds[0], "assign", StringComparison.Ordinal))
            {
                Fail(path + ".dimension", "'dimension' goes with 'assign' only.");
                return null;
            }

            try
            {
                return value is null ? null : kinds[0] switch
                {
                    "assign" => RuleAction.AssignCategory(dimension ?? DimensionNames.Category, value),
                    "grade" => RuleAction.SetCreditGrade(value),
                    "creditLimit" => RuleAction.SetCreditLimit(FieldText.Number(value) is { Success: true } amount ? amount.Value : throw new FormatException(FieldText.Number(value).Problem)),
                    "paymentTerms" => RuleAction.SetPaymentTerms(value),
                    _ => RuleAction.AddTag(value),
                };
            }
            catch (Exception problem) when (problem is ArgumentException or FormatException)
            {
                Fail(path + "." + kinds[0], problem.Message);
                return null;
            }
        }
    }
}
