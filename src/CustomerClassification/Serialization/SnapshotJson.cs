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
    /// whole in memory. For a compressed model, pass a <see cref="System.IO.Compression.GZipStream"/>; <see cref="Read(Stream, IClock)"/> detects it.
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

    /// <summary>How many times its own size a compressed model may unpack to by default (<see cref="Read(Stream, IClock, long)"/>).</summary>
    public const int DefaultUnpackRatio = 64;

    /// <summary>The most a compressed model may unpack to by default, whatever its size: 8 GiB.</summary>
    public const long DefaultUnpackCeiling = 8L << 30;

    /// <summary>
    /// Loads an account set from a stream holding a snapshot document in UTF-8, or the same compressed with gzip
    /// (told by its first bytes, 1F 8B), as <see cref="Write"/> and a <see cref="System.IO.Compression.GZipStream"/> write it.
    /// The document is read as UTF-8 bytes, never as one string; a UTF-8 byte-order mark before it is skipped. A compressed
    /// document may unpack to <see cref="DefaultUnpackRatio"/> times its compressed size or <see cref="DefaultUnpackCeiling"/>,
    /// whichever is less (see the overload to choose), and nothing may follow its gzip stream.
    /// </summary>
    /// <param name="utf8Json">The stream, read to its end from its position and left open. A stream that can seek (a file) is read
    /// as it goes, never held whole; another is read into memory first.</param>
    /// <param name="clock">The clock that dates the loaded archive's further changes.</param>
    /// <returns>The account set; see <see cref="FromJson"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotFormatException">As for <see cref="FromJson"/>; also bytes that are not UTF-8, a broken or truncated
    /// gzip stream, bytes after it, and a gzip stream unpacking to more than its limit. Nothing was created.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountSet Read(Stream utf8Json, IClock clock) => Read(utf8Json, clock, maxUnpackedBytes: 0);

    /// <summary>Loads an account set as <see cref="Read(Stream, IClock)"/> does, with a limit of its own on what a compressed document may unpack to.</summary>
    /// <param name="utf8Json">The stream, read to its end from its position and left open.</param>
    /// <param name="clock">The clock that dates the loaded archive's further changes.</param>
    /// <param name="maxUnpackedBytes">The most bytes a compressed document may unpack to; 0 for the default
    /// (<see cref="DefaultUnpackRatio"/> times its compressed size or <see cref="DefaultUnpackCeiling"/>, whichever is less).
    /// Reading stops as soon as it is passed.</param>
    /// <returns>The account set; see <see cref="FromJson"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxUnpackedBytes"/> is negative.</exception>
    /// <exception cref="SnapshotFormatException">As for <see cref="Read(Stream, IClock)"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static AccountSet Read(Stream utf8Json, IClock clock, long maxUnpackedBytes)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(clock);
        if (maxUnpackedBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUnpackedBytes), maxUnpackedBytes, "The limit is 0 (the default) or more.");
        }

        // The bytes of a memory stream are read where they are; another stream that cannot seek is read into memory first.
        Stream source = utf8Json;
        if (!utf8Json.CanSeek)
        {
            var bytes = Bytes(utf8Json);
            source = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false, publiclyVisible: true);
        }

        var start = source.Position;
        var first = new byte[2];
        var compressed = Compressed(first.AsSpan(0, source.Read(first, 0, 2)));
        source.Position = start;
        if (!compressed)
        {
            return Snapshot(source is MemoryStream memory && memory.TryGetBuffer(out var held) ? new Utf8Window(new ArraySegment<byte>(held.Array!, held.Offset + (int)start, held.Count - (int)start)) : new Utf8Window(source), clock);
        }

        var size = source.Length - start;
        var limit = maxUnpackedBytes > 0 ? maxUnpackedBytes : Math.Min(DefaultUnpackCeiling, Math.Max(1, size) * DefaultUnpackRatio);
        try
        {
            using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
            var unpacked = new UnpackedStream(gzip, limit);
            var accountSet = Snapshot(new Utf8Window(unpacked), clock);
            return Trailer(source, start + size) == (uint)unpacked.Count ? accountSet
                : throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Get("GzipTrailingData"))]);
        }
        catch (UnpackedStream.LimitReached e)
        {
            throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Format("UnpacksTooLarge", e.Limit, DefaultUnpackRatio))]);
        }
        catch (InvalidDataException e)
        {
            throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Format("NotGzip", e.Message))]);
        }
    }

    // The last four bytes of a gzip stream give the size it unpacks to (modulo 2^32): anything appended after it changes them.
    private static uint Trailer(Stream source, long end)
    {
        var trailer = new byte[4];
        source.Position = Math.Max(0, end - 4);
        var read = 0;
        while (read < 4 && source.Read(trailer, read, 4 - read) is > 0 and var n)
        {
            read += n;
        }

        return (uint)(trailer[0] | (trailer[1] << 8) | (trailer[2] << 16) | (trailer[3] << 24));
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
        return Snapshot(Utf8(json, "SnapshotLoneSurrogate"), clock);
    }

    /// <summary>
    /// Reads credit policies written as older snapshots' <c>creditPolicies</c> object held them (a policy file of their own:
    /// <c>dimension</c>, <c>grades</c>, <c>defaults</c> and <c>categories</c>), for an account set of the given settings.
    /// Whether each category exists is left to the caller, who has the trees; <see cref="CreditPolicySet.ToBatch"/> writes
    /// the set into an archive as its grade scale and profile values.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="settings">The settings of the archive the policies are for (its dimensions).</param>
    /// <returns>The policies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SnapshotFormatException">The JSON is malformed or a value breaks a rule; every problem with its path.</exception>
    public static CreditPolicySet ReadCreditPolicies(string json, ArchiveSettings settings)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(settings);
        IReadOnlyList<RuleSyntaxError> problems = [];
        return Reported("WhatPolicyFile", () => SnapshotReader.ReadPolicies(Utf8(json, "FileLoneSurrogate"), settings, out problems), () => problems);
    }

    /// <summary>Loads an account set through a window on a snapshot (tests choose its size).</summary>
    internal static AccountSet Snapshot(Utf8Window window, IClock clock)
    {
        IReadOnlyList<RuleSyntaxError> problems = [];
        return Reported("WhatSnapshot", () => SnapshotReader.Read(window, clock, out problems), () => problems);
    }

    // What the reader gave, or its problems as the format's exception: malformed JSON with its line, or every problem found up to the limit.
    private static T Reported<T>(string what, Func<T?> read, Func<IReadOnlyList<RuleSyntaxError>> problems)
        where T : class
    {
        try
        {
            return read() ?? throw Problems(problems());
        }
        catch (JsonException e)
        {
            throw Problems([JsonWalker.NotJson(e, what)]);
        }
        catch (JsonWalker.ProblemLimitReached)
        {
            throw Problems(problems());
        }
        catch (RuleSyntaxException syntax)
        {
            throw Problems(syntax.Errors);
        }
    }

    // Text as UTF-8, for the one reader; text that is not valid UTF-16 (a lone surrogate) cannot be, and is one problem.
    private static Utf8Window Utf8(string json, string loneSurrogate)
    {
        for (var i = 0; i < json.Length; i++)
        {
            if (char.IsSurrogate(json[i]) && !(char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[++i])))
            {
                throw new SnapshotFormatException([new SnapshotProblem("$", Messages.Get(loneSurrogate))]);
            }
        }

        return new Utf8Window(new ArraySegment<byte>(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    // A stream that cannot seek, read to its end.
    private static ArraySegment<byte> Bytes(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }

    private static SnapshotFormatException Problems(IEnumerable<RuleSyntaxError> errors) =>
        new(errors.Select(e => new SnapshotProblem(
            e.Path ?? "$",
            e.Line > 0 ? Messages.Format("AtLine", e.Message, e.Line, e.Column) : e.Message)));
}
