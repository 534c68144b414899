using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.Rules;

namespace CustomerClassification.Serialization;

/// <summary>
/// A credit scorecard as JSON: <c>{ "schemaVersion": 1, "name": "…", "characteristics": [ { "field": "月均采购额", "bins":
/// [ { "to": 50000, "points": 10 }, { "from": 50000, "points": 40 } ] } ], "grades": [ { "minScore": 70, "grade": "AAA" },
/// …, { "minScore": 0, "grade": "C" } ], "suggestedLimit": { "multipleOfMonthlySales": 3, "cap": 500000 } }</c>. A bin holds
/// values from <c>from</c> (inclusive) up to <c>to</c> (exclusive); either may be left out at the ends.
/// </summary>
public static class ScorecardFile
{
    /// <summary>The schema version written.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads a scorecard, reporting every problem with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scorecard; its fields are checked when it is compiled against an archive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RuleSyntaxException">The text is not JSON, or not a valid scorecard: every problem, each with its path.</exception>
    public static CreditScorecard FromJson(string json)
    {
        Guard.Against.Null(json);
        return JsonWalker.ReadFile(json, "WhatScorecard", (errors, root) => new Reader(errors).Read(root));
    }

    /// <summary>Writes a scorecard as indented JSON that <see cref="FromJson"/> reads back.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string ToJson(CreditScorecard scorecard)
    {
        Guard.Against.Null(scorecard);
        return JsonWalker.Indented(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("name", scorecard.Name);
            writer.WriteStartArray("characteristics");
            foreach (var characteristic in scorecard.Characteristics)
            {
                writer.WriteStartObject();
                writer.WriteString("field", characteristic.Field);
                writer.WriteStartArray("bins");
                foreach (var bin in characteristic.Bins)
                {
                    writer.WriteStartObject();
                    Optional(writer, "from", bin.From);
                    Optional(writer, "to", bin.To);
                    writer.WriteNumber("points", bin.Points);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("grades");
            foreach (var grade in scorecard.Grades)
            {
                writer.WriteStartObject();
                writer.WriteNumber("minScore", grade.MinScore);
                writer.WriteString("grade", grade.Grade);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (scorecard.Limit is { } limit)
            {
                writer.WriteStartObject("suggestedLimit");
                writer.WriteNumber("multipleOfMonthlySales", limit.MultipleOfMonthlySales);
                Optional(writer, "cap", limit.Cap);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
    }

    private static void Optional(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private sealed class Reader(List<RuleSyntaxError> errors) : JsonWalker(errors)
    {
        public CreditScorecard? Read(JsonElement root)
        {
            if (!Expect(root, JsonValueKind.Object, "$"))
            {
                return null;
            }

            Unknown(root, "$", ["schemaVersion", "name", "characteristics", "grades", "suggestedLimit"]);
            if (!Version(root, "WhatScorecard", SchemaVersion))
            {
                return null;
            }

            var name = Text(root, "name", "$", required: true);
            var characteristics = ArrayOf(root, "characteristics", Characteristic);
            var grades = ArrayOf(root, "grades", (g, path) => Object(g, path, ["minScore", "grade"]) && Decimal(g, "minScore", path, required: true) is { } min && Text(g, "grade", path, required: true) is { } grade
                ? Try(path, () => new ScorecardGrade(min, grade))
                : null);
            var limit = root.TryGetProperty("suggestedLimit", out var l) && Object(l, "$.suggestedLimit", ["multipleOfMonthlySales", "cap"])
                && Decimal(l, "multipleOfMonthlySales", "$.suggestedLimit", required: true) is { } multiple
                ? Try("$.suggestedLimit", () => new SuggestedLimit(multiple, Decimal(l, "cap", "$.suggestedLimit", required: false)))
                : null;
            return Errors.Count == 0 && name is not null ? Try("$", () => new CreditScorecard(name, characteristics, grades, limit)) : null;
        }

        private ScorecardCharacteristic? Characteristic(JsonElement element, string path)
        {
            if (!Object(element, path, ["field", "bins"]))
            {
                return null;
            }

            var field = Text(element, "field", path, required: true);
            var bins = ArrayOf(element, "bins", (b, at) => Object(b, at, ["from", "to", "points"]) && Decimal(b, "points", at, required: true) is { } points
                ? Try(at, () => new ScorecardBin(Decimal(b, "from", at, required: false), Decimal(b, "to", at, required: false), points))
                : null, path);
            return field is null ? null : Try(path, () => new ScorecardCharacteristic(field, bins));
        }
    }
}
