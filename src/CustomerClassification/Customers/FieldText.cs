using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// The text form of field values, one per <see cref="FieldKind"/>: how a spreadsheet cell is read and how a value is
/// written to a file or the change log. Parsing returns a result; nothing here throws for bad text.
/// </summary>
internal static class FieldText
{
    private static readonly char[] ListSeparators = [',', '，', ';', '；'];

    public static ParseResult<object?> Parse(FieldKind kind, string text) => kind switch
    {
        FieldKind.Number => Number(text).Select(n => (object?)n),
        FieldKind.Date => Date(text).Select(d => (object?)d),
        FieldKind.YesNo => YesNo(text).Select(b => (object?)b),
        FieldKind.TaxId => TaxId.Read(text).Select(t => (object?)t),
        FieldKind.PaymentTerms => PaymentTerms.Read(text).Select(t => (object?)t),
        FieldKind.WholeNumber => WholeNumber(text).Select(n => (object?)n),
        FieldKind.Tags or FieldKind.TextList => ParseResult<object?>.Ok(text.Split(ListSeparators).Select(t => t.Trim()).Where(t => t.Length > 0).ToArray()),
        FieldKind.Text or FieldKind.Dimension => ParseResult<object?>.Ok(text),
    };

    /// <summary>A value as text: numbers invariant without trailing zeros (<c>10000</c>, not <c>10000.00</c>), dates <c>yyyy-MM-dd</c>, lists joined by <c>", "</c>; null for no value.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        LocalDate date => Iso(date),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> items => items.Any() ? string.Join(", ", items) : null,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static ParseResult<decimal> Number(string text) =>
        SeparatorsInThrees(text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? ParseResult<decimal>.Ok(number)
            : ParseResult<decimal>.Fail(Messages.Format("NotANumber", text));

    /// <summary>Reads a whole number: digits with an optional sign and group separators in threes, no decimal point.</summary>
    /// <summary>A list of rates in order, each <c>0.05</c> or <c>5%</c>, 0 to 1, separated by commas (also ，、;).</summary>
    public static ParseResult<decimal[]> Rates(string text)
    {
        var parts = text.Split(RateSeparators, StringSplitOptions.None);
        var rates = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var percent = part.Length > 0 && part[part.Length - 1] == '%';
            var number = Number(percent ? part.Substring(0, part.Length - 1) : part);
            if (!number.Success || (percent ? number.Value / 100m : number.Value) is < 0m or > 1m)
            {
                return ParseResult<decimal[]>.Fail(Messages.Format("NotARate", part, text));
            }

            rates[i] = percent ? number.Value / 100m : number.Value;
        }

        return ParseResult<decimal[]>.Ok(rates);
    }

    private static readonly char[] RateSeparators = [',', '，', '、', ';', '；'];

    public static ParseResult<int> WholeNumber(string text) =>
        SeparatorsInThrees(text) && int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number)
            ? ParseResult<int>.Ok(number)
            : ParseResult<int>.Fail(Messages.Format("NotAWholeNumber", text));

    // Group separators stand only between groups of three digits before any decimal point (1,234.5): the parsers take
    // them anywhere, and 1,2,3 would be read as 123.
    private static bool SeparatorsInThrees(string text)
    {
        var trimmed = text.Trim();
        var point = trimmed.IndexOf('.');
        var whole = point < 0 ? trimmed : trimmed.Substring(0, point);
        if (whole.IndexOf(',') < 0)
        {
            return point < 0 || trimmed.IndexOf(',', point) < 0;
        }

        var groups = whole.TrimStart('+', '-').Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && (point < 0 || trimmed.IndexOf(',', point) < 0);
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> or <c>yyyy/M/d</c>; a date that looks right but does not exist says why.</summary>
    public static ParseResult<LocalDate> Date(string text)
    {
        // Year, month and day of 4, 1-2 and 1-2 ASCII digits, apart by '-' or '/'; read in place (a million open items make no parts).
        var rest = text.AsSpan().Trim();
        if (!Part(ref rest, 4, 4, out var year) || !Part(ref rest, 1, 2, out var month) || !Part(ref rest, 1, 2, out var day) || rest.Length > 0)
        {
            return ParseResult<LocalDate>.Fail(Messages.Format("NotADate", text));
        }

        if (year < 1 || month is < 1 or > 12)
        {
            return ParseResult<LocalDate>.Fail(Messages.Format("NoSuchMonth", text, month, year));
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day >= 1 && day <= days
            ? ParseResult<LocalDate>.Ok(new LocalDate(year, month, day))
            : ParseResult<LocalDate>.Fail(Messages.Format("NoSuchDay", text, Messages.InChinese ? Messages.Format("YearMonth", year, month) : new LocalDate(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture), days));
    }

    // Reads digits up to the next separator and steps past it; the last part must end the text.
    private static bool Part(ref ReadOnlySpan<char> rest, int shortest, int longest, out int value)
    {
        value = 0;
        var length = 0;
        while (length < rest.Length && rest[length] is not ('-' or '/'))
        {
            if (rest[length] is < '0' or > '9' || length == longest)
            {
                return false;
            }

            value = (value * 10) + rest[length++] - '0';
        }

        var last = length == rest.Length;
        rest = last ? [] : rest.Slice(length + 1);
        return length >= shortest && (last || rest.Length > 0);
    }

    public static ParseResult<bool> YesNo(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "Y" or "1" or "是" => ParseResult<bool>.Ok(true),
        "FALSE" or "NO" or "N" or "0" or "否" => ParseResult<bool>.Ok(false),
        _ => ParseResult<bool>.Fail(Messages.Format("NotYesNo", text)),
    };
}
