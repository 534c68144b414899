using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
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
    internal const int MaxDepth = 16;

    /// <summary>Writes an account set as a snapshot document: indented JSON, Chinese text not escaped.</summary>
    /// <param name="accountSet">The account set; its archive is read once, as of its current snapshot.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accountSet"/> is null.</exception>
    public static string ToJson(AccountSet accountSet)
    {
        Guard.Against.Null(accountSet);
        using var stream = new MemoryStream();
        Write(accountSet, stream, indented: true);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes an account set as a snapshot document in UTF-8 to a stream, as it goes: the document is never held
    /// whole in memory. For a compressed model, pass a <see cref="System.IO.Compression.GZipStream"/>; <see cref="Read"/> detects it.
    /// </summary>
    /// <param name="accountSet">The account set; its archive is read once, as of its current snapshot.</param>
    /// <param name="utf8Json">Where to write; left open, and flushed.</param>
    /// <param name="indented">Whether to indent (as <see cref="ToJson"/> does) or write compact JSON, about a fifth smaller.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written to.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public static void Write(AccountSet accountSet, Stream utf8Json, bool indented = true)
    {
        Guard.Against.Null(accountSet);
        Guard.Against.Null(utf8Json);
        if (!utf8Json.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written to.", nameof(utf8Json));
        }

        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        SnapshotWriter.Write(writer, accountSet);
        writer.Flush();
    }

    /// <summary>
    /// Loads an account set from a stream holding a snapshot document in UTF-8, or the same compressed with gzip
    /// (told by its first bytes, 1F 8B), as <see cref="Write"/> and a <see cref="System.IO.Compression.GZipStream"/> write it.
    /// The document is read as UTF-8 bytes, never as one string.
    /// </summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <param name="clock">The clock that dates the loaded archive's further changes.</param>
    /// <returns>The account set; see <see cref="FromJson"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotFormatException">As for <see cref="FromJson"/>; also bytes that are not UTF-8 and a broken or truncated gzip stream. Nothing was created.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountSet Read(Stream utf8Json, IClock clock)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(clock);

        // A file is read as it goes, never held whole: a well-formed snapshot in one forward pass. Anything else (and a
        // stream that cannot go back to its start) is read into memory and through the checked reader, which reports every problem.
        var start = utf8Json.CanSeek && utf8Json is not MemoryStream ? utf8Json.Position : -1;
        if (start >= 0)
        {
            var first = new byte[2];
            var compressed = Compressed(first.AsSpan(0, utf8Json.Read(first, 0, 2)));
            utf8Json.Position = start;
            using (var gzip = compressed ? new GZipStream(utf8Json, CompressionMode.Decompress, leaveOpen: true) : null)
            {
                if (SnapshotFastPath.TryRead(new Utf8Window(gzip ?? utf8Json), clock) is { } read)
                {
                    return read;
                }
            }

            utf8Json.Position = start;
        }

        var bytes = Bytes(utf8Json);
        if (Compressed(bytes))
        {
            try
            {
                using var gzip = new GZipStream(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), CompressionMode.Decompress);
                bytes = Bytes(gzip);
            }
            catch (InvalidDataException e)
            {
                throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Format("NotGzip", e.Message))]);
            }
        }

        return (start < 0 ? SnapshotFastPath.TryRead(new Utf8Window(bytes), clock) : null) ?? Load(() => JsonWalker.Parse(bytes, "WhatSnapshot", MaxDepth), clock);
    }

    // A gzip stream is told by its first two bytes.
    private static bool Compressed(ReadOnlySpan<byte> start) => start is [0x1F, 0x8B, ..];

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
        return FastPath(json, clock) ?? Load(() => JsonWalker.Parse(json, "WhatSnapshot", MaxDepth), clock);
    }

    /// <summary>
    /// Reads credit policies written as a snapshot's <c>creditPolicies</c> object (a policy file of their own), for an
    /// account set of the given settings. Whether each category exists is left to the caller, who has the trees.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="settings">The settings of the archive the policies are for (its dimensions and grade scale).</param>
    /// <returns>The policies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotFormatException">The JSON is malformed or a value breaks a rule; every problem with its path.</exception>
    public static CreditPolicySet ReadCreditPolicies(string json, ArchiveSettings settings)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(settings);
        var reader = new SnapshotReader([]);
        try
        {
            using var document = JsonWalker.Parse(json, "WhatPolicyFile", MaxDepth);
            var policies = reader.PolicySet(document.RootElement, "$", settings);
            return reader.Errors.Count == 0 && policies is not null ? policies : throw Problems(reader.Errors);
        }
        catch (JsonWalker.ProblemLimitReached)
        {
            throw Problems(reader.Errors);
        }
        catch (RuleSyntaxException syntax)
        {
            throw Problems(syntax.Errors);
        }
        catch (InvalidOperationException)
        {
            throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Get("FileLoneSurrogate"))]);
        }
    }

    /// <summary>Loads through the checked reader only (the fast path's oracle in tests).</summary>
    internal static AccountSet LoadChecked(string json, IClock clock) => Load(() => JsonWalker.Parse(json, "WhatSnapshot", MaxDepth), clock);

    // Text that is valid UTF-16 goes the fast way as UTF-8; a lone surrogate is the checked reader's to report.
    private static AccountSet? FastPath(string json, IClock clock)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException)
        {
            return null;
        }

        return SnapshotFastPath.TryRead(utf8, clock);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static AccountSet Load(Func<JsonDocument> parse, IClock clock)
    {
        try
        {
            using var document = parse();
            var reader = new SnapshotReader([]);
            try
            {
                var accountSet = reader.Read(document.RootElement, clock);
                return reader.Errors.Count == 0 && accountSet is not null ? accountSet : throw Problems(reader.Errors);
            }
            catch (JsonWalker.ProblemLimitReached)
            {
                throw Problems(reader.Errors);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses an escaped lone surrogate only when the name or text is read; wherever else that happens, it is one problem.
                throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Get("SnapshotLoneSurrogate"))]);
            }
        }
        catch (RuleSyntaxException syntax)
        {
            throw Problems(syntax.Errors);
        }
    }

    // The stream's bytes without a second copy when it is a memory stream already.
    private static ArraySegment<byte> Bytes(Stream stream)
    {
        if (stream is MemoryStream { Position: 0 } memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer;
        }

        using var copy = stream.CanSeek ? new MemoryStream((int)Math.Min(int.MaxValue, Math.Max(0, stream.Length - stream.Position))) : new MemoryStream();
        stream.CopyTo(copy);
        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }

    private static SnapshotFormatException Problems(IEnumerable<RuleSyntaxError> errors) =>
        new(errors.Select(e => new SnapshotProblem(
            e.Path ?? "$",
            e.Line > 0 ? Messages.Format("AtLine", e.Message, e.Line, e.Column) : e.Message)));
}
