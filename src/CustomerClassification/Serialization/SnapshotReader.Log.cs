using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Serialization;

/// <content>The change log: each entry checked when the snapshot is read, kept as its bytes and read when first asked for.</content>
internal sealed partial class SnapshotReader
{
    /// <summary>A change-log entry's values, declared once for the reader and the writer.</summary>
    internal static readonly SnapshotValue<ChangeLogEntry, EntryDraft>[] EntryValues =
    [
        new("sequence", static (ref Utf8JsonReader r) => JsonTokens.Boxed(JsonTokens.Long(ref r)), static e => e.Sequence, static (d, v) => { d.Sequence = (long)v!; return d; }),
        new("at", static (ref Utf8JsonReader r) => JsonTokens.Boxed(JsonTokens.Instant(ref r)), static e => e.At, static (d, v) => { d.At = (NodaTime.Instant)v!; return d; }),
        new("actor", Actor, static e => e.Actor, static (d, v) => { d.Actor = (string)v!; return d; }),
        new("operation", static (ref Utf8JsonReader r) => JsonTokens.Boxed(JsonTokens.Operation(ref r)), static e => e.Operation, static (d, v) => { d.Operation = (ChangeOperation)v!; return d; }),
        new("customer", TextToken, static e => e.CustomerCode, static (d, v) => { d.Customer = (string?)v; return d; }),
        new("dimension", TextToken, static e => e.Dimension, static (d, v) => { d.Dimension = (string?)v; return d; }),
        new("category", TextToken, static e => e.CategoryCode, static (d, v) => { d.Category = (string?)v; return d; }),
        new("field", TextToken, static e => e.Field, static (d, v) => { d.Field = (string?)v; return d; }),
        new("before", TextToken, static e => e.Before, static (d, v) => { d.Before = (string?)v; return d; }),
        new("after", TextToken, static e => e.After, static (d, v) => { d.After = (string?)v; return d; }),
        new("reason", TextToken, static e => e.Reason, static (d, v) => { d.Reason = (string?)v; return d; }),
    ];

    // The values every entry has; the others (texts) are checked for being texts when loading and read only when asked for.
    private const int Required = 4;
    private static readonly string[] EntryValueNames = [.. EntryValues.Select(v => v.Name)];
    private static readonly Utf8Names EntryNames = new(EntryValueNames);

    private readonly Utf8Values[] _entryKnown;
    private readonly bool[] _entrySeen = new bool[EntryValues.Length];
    private IReadOnlyList<ChangeLogEntry> _log = [];
    private byte[] _logBytes = [];
    private int _logLength;
    private EntryDraft? _draft;

    private static JsonTokens.Read Actor => static (ref Utf8JsonReader r) => JsonTokens.Text(ref r).Then(actor =>
        string.IsNullOrWhiteSpace(actor) ? ParseResult<object?>.Fail(Messages.Get("ActorBlank"))
        : CustomerClassification.Customers.Customer.PlainTextProblem(actor, "actor") is { } problem ? ParseResult<object?>.Fail(problem)
        : ParseResult<object?>.Ok(actor.Trim()));

    /// <summary>Reads the entries of a change log this reader has checked (see <see cref="SavedLog"/>).</summary>
    internal static ChangeLogEntry[] Entries(ArraySegment<byte> log, int count)
    {
        var reader = new SnapshotReader(new Utf8Window(log), "WhatSnapshot") { _draft = new EntryDraft() };
        var entries = new List<ChangeLogEntry>(count);
        var json = reader.Start();
        reader.Items(ref json, "$.changeLog", (ref Utf8JsonReader r, int index) =>
        {
            var complete = reader.Entry(ref r, index);
            entries.Add(reader._draft.ToEntry());
            return complete;
        });

        // The bytes were checked when the snapshot was read: a problem now is a bug of this reader.
        return reader.Errors.Count == 0 && entries.Count == count ? [.. entries] : throw new InvalidOperationException("A change log checked when loading could not be read again: " + string.Join("; ", reader.Errors.Select(e => e.Message)));
    }

    private void Log(ref Utf8JsonReader reader)
    {
        var count = 0;
        _logBytes = new byte[(int)Math.Min(Math.Max(_window.Remaining, 2), int.MaxValue / 2)];
        _logLength = 0;
        Append("["u8);
        Items(ref reader, "$.changeLog", (ref Utf8JsonReader r, int index) =>
        {
            var start = (int)r.TokenStartIndex;
            if (!Entry(ref r, index))
            {
                return false;
            }

            Append(count++ > 0 ? ","u8 : []);
            Append(_window.Rest.Slice(start, (int)r.BytesConsumed - start));
            return true;
        });
        Append("]"u8);
        _log = count == 0 ? [] : new SavedLog(new ArraySegment<byte>(_logBytes, 0, _logLength), count);
    }

    private void Append(ReadOnlySpan<byte> part)
    {
        if (_logLength + part.Length > _logBytes.Length)
        {
            Array.Resize(ref _logBytes, Math.Max(_logBytes.Length * 2, _logLength + part.Length));
        }

        part.CopyTo(_logBytes.AsSpan(_logLength));
        _logLength += part.Length;
    }

    // One entry: checked (no draft: its texts only for being texts, none made) or read into the draft; numbered from 1 with no gaps.
    private bool Entry(ref Utf8JsonReader reader, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, EntryPath(index));
        }

        Array.Clear(_entrySeen, 0, _entrySeen.Length);
        _draft?.Clear();
        long sequence = 0;
        while (true)
        {
            switch (Property(ref reader, EntryNames, EntryValueNames, _entrySeen, new(null, EntryPath, index), out var found))
            {
                case Next.End:
                    EntryEnd(index, sequence);
                    return true;
                case Next.Cut:
                    return false;
            }

            var value = _draft is null && found >= Required && reader.TokenType == JsonTokenType.String && JsonTokens.IsText(ref reader)
                ? ParseResult<object?>.Ok(null)
                : Cached(ref reader, _entryKnown[found], EntryValues[found].Read!);
            if (!value.Success)
            {
                if (!Problem(ref reader, EntryPath(index) + "." + EntryValueNames[found], value.Problem))
                {
                    return false;
                }

                continue;
            }

            sequence = found == 0 ? (long)value.Value! : sequence;
            if (_draft is not null)
            {
                EntryValues[found].Set(_draft, value.Value);
            }
        }
    }

    private static string EntryPath(int index) => FormattableString.Invariant($"$.changeLog[{index}]");

    // Every required value given, and the sequence the next one.
    private void EntryEnd(int index, long sequence)
    {
        for (var i = 0; i < Required; i++)
        {
            if (!_entrySeen[i])
            {
                Fail(EntryPath(index), Messages.Format("PropertyMissing", EntryValues[i].Name));
            }
        }

        if (_entrySeen[0] && sequence != index + 1 && Errors.Count == 0)
        {
            Fail(EntryPath(index) + ".sequence", Messages.Format("SequenceGap", index + 1, sequence));
        }
    }
}
