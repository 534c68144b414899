using System.Text.Json;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Serialization;

/// <summary>
/// Reads one value from the token a <see cref="Utf8JsonReader"/> stands on, as the snapshot format writes it: the
/// one place a field's kind decides how its JSON is read. Every reader gives a parse result and never throws, so a
/// bad value is a problem at its path and a bug in the reader is an exception a test sees.
/// </summary>
internal static class JsonTokens
{
    /// <summary>Reads a value from the token the reader stands on (a scalar; lists are read item by item with <see cref="Text"/>).</summary>
    public delegate ParseResult<object?> Read(ref Utf8JsonReader reader);

    /// <summary>Gets how a single value of a catalogue field's kind is read; a kind left out does not compile.</summary>
    public static Read For(FieldKind kind) => kind switch
    {
        FieldKind.Number => static (ref Utf8JsonReader r) => Boxed(Number(ref r)),
        FieldKind.WholeNumber => static (ref Utf8JsonReader r) => Boxed(Whole(ref r)),
        FieldKind.Date => static (ref Utf8JsonReader r) => Boxed(Date(ref r)),
        FieldKind.YesNo => static (ref Utf8JsonReader r) => Boxed(Flag(ref r)),
        FieldKind.TaxId => static (ref Utf8JsonReader r) => Boxed(Text(ref r).Then(TaxId.Read)),
        FieldKind.PaymentTerms => static (ref Utf8JsonReader r) => Boxed(Text(ref r).Then(PaymentTerms.Read)),
        FieldKind.Text or FieldKind.Dimension or FieldKind.Tags or FieldKind.TextList => static (ref Utf8JsonReader r) => Boxed(Text(ref r)),
    };

    /// <summary>Reads a string; bytes that are not UTF-8, or an escape that makes a lone surrogate, are a problem.</summary>
    public static ParseResult<string> Text(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return ParseResult<string>.Fail(Messages.Format("ExpectedFound", Describe(JsonValueKind.String), Describe(KindOf(reader.TokenType))));
        }

        return IsText(ref reader) ? ParseResult<string>.Ok(reader.GetString()!)
            : IsUtf8(reader.ValueSpan) ? ParseResult<string>.Fail(Messages.Get("TextLoneSurrogate"))
            : ParseResult<string>.Fail(Messages.Get("TextNotUtf8"));
    }

    /// <summary>Reads a number as a decimal, its scale kept.</summary>
    public static ParseResult<decimal> Number(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number) ? ParseResult<decimal>.Ok(number) : ParseResult<decimal>.Fail(Messages.Format("ExpectedNumber", Raw(ref reader)));

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    public static ParseResult<int> Whole(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? ParseResult<int>.Ok(number) : ParseResult<int>.Fail(Messages.Format("ExpectedWhole", Raw(ref reader)));

    /// <summary>Reads a whole number that fits a <see cref="long"/> (a change-log sequence).</summary>
    public static ParseResult<long> Long(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) ? ParseResult<long>.Ok(number) : ParseResult<long>.Fail(Messages.Format("ExpectedWhole", Raw(ref reader)));

    /// <summary>Reads true or false.</summary>
    public static ParseResult<bool> Flag(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => ParseResult<bool>.Ok(true),
        JsonTokenType.False => ParseResult<bool>.Ok(false),
        _ => ParseResult<bool>.Fail(Messages.Format("ExpectedFlag", Raw(ref reader))),
    };

    /// <summary>Reads a date as NodaTime's converter writes it (<c>yyyy-MM-dd</c>).</summary>
    public static ParseResult<LocalDate> Date(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !IsEscaped(ref reader) && IsoDay(reader.ValueSpan) is { } day
            ? ParseResult<LocalDate>.Ok(day)
            : Text(ref reader).Then(text => Noda(LocalDatePattern.Iso.Parse(text), text, "WhatDate"));

    // A valid day written yyyy-MM-dd (years 1 to 9999), read without making a string; anything else is left to NodaTime's
    // pattern, which reads it as before and names what is wrong.
    private static LocalDate? IsoDay(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return null;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    // The number the digits at a place spell, or -1 when one is not a digit.
    private static int Digits(ReadOnlySpan<byte> text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>Reads an instant as NodaTime's converter writes it (<c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
    public static ParseResult<Instant> Instant(ref Utf8JsonReader reader) => Text(ref reader).Then(text => Noda(InstantPattern.ExtendedIso.Parse(text), text, "WhatInstant"));

    /// <summary>Reads a change operation by its JSON name.</summary>
    public static ParseResult<ChangeOperation> Operation(ref Utf8JsonReader reader) => Text(ref reader).Then(text =>
        JsonEnum<ChangeOperation>.TryRead(text, out var operation) ? ParseResult<ChangeOperation>.Ok(operation) : ParseResult<ChangeOperation>.Fail(Messages.Format("NotOneOf", text, JsonEnum<ChangeOperation>.Expected)));

    /// <summary>Gets a result's value as an object, for readers of several kinds.</summary>
    public static ParseResult<object?> Boxed<T>(ParseResult<T> result) => result.Select(v => (object?)v);

    /// <summary>
    /// Whether a string or property name reads as text: plain bytes must be UTF-8, and an escaped high surrogate must
    /// be followed by an escaped low one (System.Text.Json accepts both while reading and throws only when asked for the text).
    /// </summary>
    public static bool IsText(ref Utf8JsonReader reader)
    {
        // The readers here are made over spans: a value is never a sequence.
        var span = reader.ValueSpan;
        return IsUtf8(span) && (!IsEscaped(ref reader) || SurrogatesPaired(span));
    }

    /// <summary>
    /// Tells whether the token's raw text holds an escape (<c>\</c>): System.Text.Json 7 tells it at no cost; the
    /// netstandard2.0 build keeps to System.Text.Json 6 (the lowest that serves a .NET Framework host) and looks.
    /// </summary>
    public static bool IsEscaped(ref Utf8JsonReader reader) =>
#if NETSTANDARD2_0
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueSpan.IndexOf((byte)'\\') >= 0;
#else
        reader.ValueIsEscaped;
#endif

    /// <summary>Gets a property name, or a description of it when it is not text.</summary>
    public static string Name(ref Utf8JsonReader reader) => IsText(ref reader) ? reader.GetString()! : "(a name with invalid Unicode)";

    /// <summary>The token as it stands in the document, for a message: a string in quotes, an object or array abridged.</summary>
    public static string Raw(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "{…}",
        JsonTokenType.StartArray => "[…]",
        JsonTokenType.String => "\"" + System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()) + "\"",
        _ => System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
    };

    /// <summary>Gets the kind of value a token starts.</summary>
    public static JsonValueKind KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => JsonValueKind.Object,
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    /// <summary>Names a kind of JSON value in the reader's language.</summary>
    public static string Describe(JsonValueKind kind) => Messages.Get(kind switch
    {
        JsonValueKind.Object => "JsonObject",
        JsonValueKind.Array => "JsonArray",
        JsonValueKind.String => "JsonString",
        JsonValueKind.Number => "JsonNumber",
        JsonValueKind.True or JsonValueKind.False => "JsonFlag",
        _ => "JsonNull",
    });

    /// <summary>NodaTime's parse result as this library's, with the message the readers give.</summary>
    public static ParseResult<T> Noda<T>(NodaTime.Text.ParseResult<T> parsed, string text, string what) =>
        parsed.Success ? ParseResult<T>.Ok(parsed.Value) : ParseResult<T>.Fail(Messages.Format("NotWhat", text, Messages.Get(what)));

    // Escapes are ASCII, so the raw bytes of an escaped string are UTF-8 exactly when the text is, but for surrogates.
    private static bool SurrogatesPaired(ReadOnlySpan<byte> raw)
    {
        var wantLow = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var unit = -1;
            if (raw[i] == '\\')
            {
                if (raw[i + 1] == 'u')
                {
                    unit = Hex(raw.Slice(i + 2, 4));
                    i += 5;
                }
                else
                {
                    i++;
                }
            }

            var low = unit is >= 0xDC00 and <= 0xDFFF;
            if (wantLow != low)
            {
                return false;
            }

            wantLow = unit is >= 0xD800 and <= 0xDBFF;
        }

        return !wantLow;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 16) + (digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10);
        }

        return value;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
#if NET8_0_OR_GREATER
        return System.Text.Unicode.Utf8.IsValid(bytes);
#else
        for (var i = 0; i < bytes.Length;)
        {
            var lead = bytes[i];
            var (length, min) = lead switch
            {
                < 0x80 => (1, 0),
                >= 0xC2 and < 0xE0 => (2, 0x80),
                >= 0xE0 and < 0xF0 => (3, 0x800),
                >= 0xF0 and < 0xF5 => (4, 0x10000),
                _ => (0, 0),
            };
            if (length == 0 || i + length > bytes.Length)
            {
                return false;
            }

            var point = length == 1 ? lead : lead & (0x7F >> length);
            for (var k = 1; k < length; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }

                point = (point << 6) | (bytes[i + k] & 0x3F);
            }

            if (point < min || point > 0x10FFFF || point is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            i += length;
        }

        return true;
#endif
    }
}
