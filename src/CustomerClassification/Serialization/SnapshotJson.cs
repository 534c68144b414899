using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Serialization;

/// <summary>
/// Saves and loads a whole <see cref="AccountSet"/> as one JSON document with a schema version: settings,
/// coding schemes, every dimension's category tree, the customers, the credit policies, the rules and the change
/// log. Dates and instants are written by NodaTime's System.Text.Json converters (<c>2024-01-31</c>,
/// <c>2024-01-31T08:00:00Z</c>).
/// </summary>
/// <remarks>
/// <para>
/// The round trip is exact: <see cref="FromJson"/> of what <see cref="ToJson"/> wrote gives an account set that
/// <see cref="ToJson"/> writes byte for byte the same. Equal models give equal documents: categories in pre-order,
/// customers by code, maps by key, optional values only when present.
/// </para>
/// <para>
/// Loading checks everything and creates nothing unless all is well. First every value is read where it stands
/// (shape, types, formats, unknown properties, the rules of each value object); when every value is readable the
/// archive is rebuilt through one checked batch, so its rules — category parents and scheme fit, unique codes,
/// leaf categories, custom field types and required fields — are checked too, and any problem is reported with
/// the path of the category or customer that breaks it.
/// </para>
/// </remarks>
public static class SnapshotJson
{
    /// <summary>The schema version this library writes and the newest it reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The deepest nesting a snapshot needs (customer → custom fields → value) with room to spare.</summary>
    private const int MaxDepth = 16;

    /// <summary>Writes an account set as a snapshot document: indented JSON, Chinese text not escaped.</summary>
    /// <param name="accountSet">The account set; its archive is read once, as of its current snapshot.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accountSet"/> is null.</exception>
    public static string ToJson(AccountSet accountSet)
    {
        Guard.Against.Null(accountSet);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            SnapshotWriter.Write(writer, accountSet);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Loads an account set from a snapshot document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="clock">The clock that dates the loaded archive's further changes.</param>
    /// <returns>The account set: a new archive holding the saved categories, customers and change log, the credit policies and the rules.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotFormatException">
    /// The JSON is malformed, its schema version is missing or newer than <see cref="SchemaVersion"/>, or any value breaks a
    /// rule of the model: <see cref="SnapshotFormatException.Problems"/> lists every problem with its JSON path. Nothing was created.
    /// </exception>
    public static AccountSet FromJson(string json, IClock clock)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(clock);
        try
        {
            using var document = JsonWalker.Parse(json, "snapshot", MaxDepth);
            var reader = new SnapshotReader([]);
            var accountSet = reader.Read(document.RootElement, clock);
            return reader.Errors.Count == 0 && accountSet is not null ? accountSet : throw Problems(reader.Errors);
        }
        catch (RuleSyntaxException syntax)
        {
            throw Problems(syntax.Errors);
        }
    }

    private static SnapshotFormatException Problems(IEnumerable<RuleSyntaxError> errors) =>
        new(errors.Select(e => new SnapshotProblem(
            e.Path ?? "$",
            e.Line > 0 ? FormattableString.Invariant($"{e.Message} (line {e.Line}, column {e.Column})") : e.Message)));
}
