using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using NodaTime;

namespace CustomerClassification.Serialization;

/// <summary>
/// The one snapshot reader: a single <see cref="Utf8JsonReader"/> goes through the document once, from memory or from a
/// stream a window at a time, and every value is read and checked where it stands, each problem reported with its
/// JSON path (up to <see cref="JsonWalker.MaxProblems"/>). Customers and change-log entries are read token by token;
/// the small parts (settings, categories, rules) are parsed into an element each and read by <see cref="SnapshotParts"/>.
/// What is read is declared once: customer properties by the field catalogue, credit-policy values and change-log
/// values by <see cref="SnapshotValue{TValue, TDraft}"/> lists the writer uses too, a value's token by its kind
/// (<see cref="JsonTokens.For"/>). When every value is readable, the archive is restored through one checked batch.
/// </summary>
internal sealed partial class SnapshotReader : JsonWalker
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = SnapshotJson.MaxDepth };

    private readonly SnapshotParts _parts;
    private readonly string _what;
    private Utf8Window _window;

    private SnapshotReader(Utf8Window window, string what)
        : base([])
    {
        _window = window;
        _what = what;
        _parts = new SnapshotParts(Errors);
        _values = new object?[Fields.Length];
        _from = new int[Fields.Length + 2];
        _known = Caches(Fields.Length);
        _entryKnown = Caches(EntryValues.Length);
    }

    private delegate bool ValueReader(ref Utf8JsonReader reader, int index);

    private static JsonTokens.Read TextToken => static (ref Utf8JsonReader r) => JsonTokens.Boxed(JsonTokens.Text(ref r));

    /// <summary>Reads a snapshot; null when there are problems (<see cref="JsonWalker.Errors"/>).</summary>
    /// <exception cref="JsonException">The document is not well-formed JSON (its line and position in the message).</exception>
    /// <exception cref="JsonWalker.ProblemLimitReached">Reading stopped at <see cref="JsonWalker.MaxProblems"/> problems.</exception>
    public static AccountSet? Read(Utf8Window window, IClock clock, out IReadOnlyList<RuleSyntaxError> problems)
    {
        var reader = new SnapshotReader(window, "WhatSnapshot");
        problems = reader.Errors;
        return reader.Snapshot(clock);
    }

    /// <summary>Reads a credit-policy file (a snapshot's <c>creditPolicies</c> object on its own); null when there are problems.</summary>
    /// <exception cref="JsonException">The document is not well-formed JSON.</exception>
    /// <exception cref="JsonWalker.ProblemLimitReached">Reading stopped at <see cref="JsonWalker.MaxProblems"/> problems.</exception>
    public static CreditPolicySet? ReadPolicies(Utf8Window window, ArchiveSettings settings, out IReadOnlyList<RuleSyntaxError> problems)
    {
        var reader = new SnapshotReader(window, "WhatPolicyFile") { _settings = settings };
        problems = reader.Errors;
        var json = reader.Start();
        reader.Whole(ref json, reader.PolicySet, 0);
        reader.End(ref json);
        return reader.Errors.Count == 0 ? reader._policies : null;
    }

    private Utf8JsonReader Start()
    {
        // A UTF-8 byte-order mark (editors add one) is no part of the document.
        while (_window.Rest.Length < 3 && _window.More())
        {
        }

        if (_window.Rest.StartsWith("\uFEFF"u8))
        {
            _window.Advance(3);
        }

        return new(_window.Rest, _window.IsFinal, new JsonReaderState(Options));
    }

    // After the document's one value, nothing but white space (the reader throws for anything else).
    private void End(ref Utf8JsonReader reader)
    {
        while (!reader.Read() && !_window.IsFinal)
        {
            reader = Refill(reader);
        }
    }

    /// <summary>
    /// Reads one whole value — the reader stands before its first token — through <paramref name="read"/>, which gives
    /// false only when the bytes held end inside the value. Then more of the stream is read and the value is read again
    /// from its start, the problems it reported the first time dropped. So a reader never sees half a value.
    /// </summary>
    /// <returns>False when an array's end came instead of a value (<paramref name="item"/>); otherwise true.</returns>
    private bool Whole(ref Utf8JsonReader reader, ValueReader read, int index, bool item = false)
    {
        while (true)
        {
            var start = reader;
            var mark = Errors.Count;
            if (reader.Read())
            {
                if (item && reader.TokenType == JsonTokenType.EndArray)
                {
                    return false;
                }

                if (read(ref reader, index))
                {
                    return true;
                }
            }

            Errors.RemoveRange(mark, Errors.Count - mark);
            reader = Refill(start);
        }
    }

    // Drops what the reader has read, reads more of the stream, and goes on from where the reader stood.
    private Utf8JsonReader Refill(Utf8JsonReader from)
    {
        _window.Advance(from.BytesConsumed);
        if (!_window.More())
        {
            // A reader of the last block throws for a value cut short: a reader that asks for more there has a bug.
            throw new InvalidOperationException("A snapshot reader stopped inside a value of the document's last block.");
        }

        return new Utf8JsonReader(_window.Rest, _window.IsFinal, from.CurrentState);
    }

    /// <summary>Reads the items of an array, each through <paramref name="read"/> with its index; anything but an array is a problem.</summary>
    private void Items(ref Utf8JsonReader reader, string path, ValueReader read)
    {
        var isArray = false;
        Whole(ref reader, (ref Utf8JsonReader r, int _) => (isArray = r.TokenType == JsonTokenType.StartArray) || Unexpected(ref r, JsonValueKind.Array, path), 0);
        for (var index = 0; isArray && Whole(ref reader, read, index, item: true); index++)
        {
        }
    }

    // A value of another kind than the format's: a problem, and the value stepped over (false when it is cut).
    private bool Unexpected(ref Utf8JsonReader reader, JsonValueKind expected, string path)
    {
        Fail(path, Messages.Format("ExpectedFoundSentence", JsonTokens.Describe(expected), JsonTokens.Describe(JsonTokens.KindOf(reader.TokenType))));
        return reader.TrySkip();
    }

    // A problem found reading a value: its path, the reader's sentence, and the value stepped over (false when it is cut).
    private bool Problem(ref Utf8JsonReader reader, string path, string problem)
    {
        Fail(path, Sentence(problem));
        return reader.TrySkip();
    }

    private static string Sentence(string problem) => problem.Length > 0 && problem[problem.Length - 1] is '.' or '。' ? problem : Messages.Format("Sentence", problem);

    // A property the object does not have, or one given twice: reported, its value stepped over (false when it is cut).
    private bool Unknown(ref Utf8JsonReader reader, string path, string name, IEnumerable<string> known) =>
        Problem(ref reader, path + "." + name, Messages.Format("UnknownProperty", name, string.Join(", ", known)));

    private bool Twice(ref Utf8JsonReader reader, string path, string name) => Problem(ref reader, path + "." + name, Messages.Format("PropertyTwice", name));

    private enum Next
    {
        Value,
        End,
        Cut,
    }

    /// <summary>
    /// Reads to the next property of an object that has it once, and onto its value: a property the object does not
    /// have, or one given twice, is reported at <paramref name="path"/> and stepped over here.
    /// </summary>
    /// <returns><see cref="Next.Value"/> with the property's index in <paramref name="found"/>; <see cref="Next.End"/> at the
    /// object's end; <see cref="Next.Cut"/> when the bytes held end inside it (see <see cref="Whole"/>).</returns>
    private Next Property(ref Utf8JsonReader reader, Utf8Names names, string[] known, bool[] seen, ObjectPath path, out int found)
    {
        found = -1;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return Next.End;
            }

            found = Lookup(ref reader, names);
            var name = found >= 0 ? known[found] : JsonTokens.Name(ref reader);
            if (!reader.Read())
            {
                return Next.Cut;
            }

            if (found >= 0 && !seen[found])
            {
                seen[found] = true;
                return Next.Value;
            }

            if (!(found < 0 ? Unknown(ref reader, path.ToString(), name, known) : Twice(ref reader, path.ToString(), name)))
            {
                return Next.Cut;
            }
        }

        return Next.Cut;
    }

    // The index of the property name the reader stands on, compared as bytes (an escaped name as its text).
    private static int Lookup(ref Utf8JsonReader reader, Utf8Names names) =>
        !JsonTokens.IsEscaped(ref reader) ? names.IndexOf(reader.ValueSpan) : JsonTokens.IsText(ref reader) ? names.IndexOf(reader.GetString()!) : -1;

    /// <summary>Reads an array of texts, each reported at its own path; null when it is no array or an item is no text.</summary>
    private bool Texts(ref Utf8JsonReader reader, string path, out string[]? texts)
    {
        texts = null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return Unexpected(ref reader, JsonValueKind.Array, path);
        }

        var list = new List<string>();
        var valid = true;
        for (var index = 0; ; index++)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                texts = valid ? [.. list] : null;
                return true;
            }

            var text = JsonTokens.Text(ref reader);
            if (text.Success)
            {
                list.Add(text.Value);
            }
            else if (!Problem(ref reader, FormattableString.Invariant($"{path}[{index}]"), text.Problem))
            {
                return false;
            }

            valid &= text.Success;
        }
    }

    /// <summary>
    /// Reads an object of names to values, each name's reader given by <paramref name="readerOf"/> (null: a name the
    /// object may not have), into <paramref name="values"/>, cleared first: one map of the reader's for a million
    /// customers (the customer's builder copies what it takes). The path is made only for a problem.
    /// </summary>
    private bool Map<T>(ref Utf8JsonReader reader, ObjectPath path, Func<string, JsonTokens.Read?> readerOf, Func<string, string> unknown, Dictionary<string, T> values, out Dictionary<string, T>? map)
    {
        map = null;
        values.Clear();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Unexpected(ref reader, JsonValueKind.Object, path.ToString());
        }

        var valid = true;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                map = valid ? values : null;
                return true;
            }

            var key = JsonTokens.Name(ref reader);
            if (!reader.Read())
            {
                return false;
            }

            var read = readerOf(key);
            var value = read is null ? ParseResult<object?>.Fail(unknown(key))
                : values.ContainsKey(key) ? ParseResult<object?>.Fail(Messages.Format("PropertyTwice", key))
                : read(ref reader);
            if (value.Success)
            {
                values.Add(key, (T)value.Value!);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    return false;
                }
            }
            else if (!Problem(ref reader, path + "." + key, value.Problem))
            {
                return false;
            }

            valid &= value.Success;
        }

        return false;
    }

    private static Utf8Values[] Caches(int count) => Enumerable.Range(0, count).Select(_ => new Utf8Values()).ToArray();

    // A value read through its property's cache: once per distinct token while the property's values repeat.
    private static ParseResult<object?> Cached(ref Utf8JsonReader reader, Utf8Values known, JsonTokens.Read read)
    {
        if (JsonTokens.IsEscaped(ref reader) || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            return read(ref reader);
        }

        var kind = (int)reader.TokenType;
        if (known.TryGet(kind, reader.ValueSpan, out var value, out var slot))
        {
            return ParseResult<object?>.Ok(value);
        }

        var result = read(ref reader);
        if (result.Success)
        {
            known.Remember(slot, kind, reader.ValueSpan, result.Value);
        }

        return result;
    }

    // An object's path, made only for a problem: fixed, or from the index of an item (a million customers, a million entries).
    private readonly record struct ObjectPath(string? Fixed, Func<int, string>? Of = null, int Index = 0)
    {
        public override string ToString() => Fixed ?? Of!(Index);
    }
}
