using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// A column of a customer file: its T3 and English headers and the other headers it is known by, how a cell sets a
/// customer value on a builder and how a customer's value is written. The built-in columns are the exported fields of the catalogue.
/// </summary>
internal sealed record CustomerColumn(string Chinese, string English, Action<CustomerBuilder, string> Read, Func<Customer, string?> Write, IReadOnlyList<string> Aliases, Action<CustomerBuilder>? Clear)
{
    public static readonly string Code = CustomerFields.Code.Label;
    public static readonly string Name = CustomerFields.Name.Label;

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public static IReadOnlyList<CustomerColumn> BuiltIn { get; } = CustomerFields.All.Where(f => f.IsExported).Select(Column).ToArray();

    private static CustomerColumn Column(CustomerField f)
    {
        // The code makes the customer (and finds the one to update); every other cell sets its field, but a mnemonic
        // code equal to the one the name gives stays generated, so that it keeps following the name.
        Func<CustomerBuilder, string, object?> value = f == CustomerFields.Get("mnemonicCode")
            ? (b, v) => string.Equals(v, MnemonicCode.FromName(b.Name), StringComparison.Ordinal) ? null : f.ParseValue(v)
            : (_, v) => f.ParseValue(v);
        return new CustomerColumn(
            f.Label,
            f.Name,
            f.IsKey ? static (_, _) => { } : (b, v) => b.Set(f, value(b, v)),
            f.FormatValue,
            f.Aliases,
            f.IsKey || f == CustomerFields.Name ? null : b => b.Set(f, null))
        {
            Typed = f.Kind is FieldKind.Number or FieldKind.WholeNumber or FieldKind.Date ? f.GetValue : null,
        };
    }

    /// <summary>The columns of an archive: the built-in ones, then each further dimension and each custom field under its own name.</summary>
    public static IReadOnlyList<CustomerColumn> For(ArchiveSettings settings) =>
        BuiltIn
            .Concat(settings.Dimensions.Select(d => new CustomerColumn(d.Name, d.Name, (b, v) => b.SetCodeIn(d.Name, v), c => c.CodeIn(d.Name), [], b => b.SetCodeIn(d.Name, null))))
            .Concat(settings.CustomFields.Select(f => new CustomerColumn(f.Name, f.Name, (b, v) => b.SetCustomField(f.Name, Custom(f.Type, v)), c => c.CustomFields.TryGetValue(f.Name, out var value) ? Text(value) : null, [], b => b.SetCustomField(f.Name, null))
            {
                Typed = c => !c.CustomFields.TryGetValue(f.Name, out var value) ? null : value.Type switch
                {
                    CustomFieldType.Number => value.AsNumber(),
                    CustomFieldType.Date => value.AsDate(),
                    _ => value.AsText(),
                },
            }))
            .ToArray();

    /// <summary>Gets how a workbook cell holds the value: a number (decimal) or a date (LocalDate) as such, null to write the text of <see cref="Write"/>.</summary>
    public Func<Customer, object?>? Typed { get; init; }

    public string Header(HeaderLanguage language) => language == HeaderLanguage.Chinese ? Chinese : English;

    /// <summary>Tells whether a header names this column: its Chinese or English header or an alias, ignoring case (as host tables do).</summary>
    public bool IsNamed(string header) => TableColumn.Names(header, Chinese, English, Aliases);

    /// <summary>An archive's customers as a table: the header, then a row per customer by code, each cell as text.</summary>
    public static (string[] Header, IEnumerable<string[]> Rows) Table(ArchiveSnapshot archive, HeaderLanguage headers)
    {
        Defined(headers);
        var columns = For(archive.Settings);
        return (columns.Select(c => c.Header(headers)).ToArray(), archive.Select(customer => columns.Select(c => c.Write(customer) ?? string.Empty).ToArray()));
    }

    /// <summary>An archive's customers as a workbook table: as <see cref="Table"/>, but numbers and dates as such so that a spreadsheet sums and sorts them.</summary>
    public static (string[] Header, IEnumerable<object?[]> Rows) TypedTable(ArchiveSnapshot archive, HeaderLanguage headers)
    {
        Defined(headers);
        var columns = For(archive.Settings);
        return (columns.Select(c => c.Header(headers)).ToArray(), archive.Select(customer => columns.Select(c => c.Typed is { } typed ? typed(customer) : c.Write(customer)).ToArray()));
    }

    /// <summary>Refuses a header language that is not defined; every export checks this before it writes anything.</summary>
    public static void Defined(HeaderLanguage headers)
    {
        if (!Enum.IsDefined(headers))
        {
            throw new ArgumentOutOfRangeException(nameof(headers), headers, "Chinese or English.");
        }
    }

    internal static decimal Number(string text) => (decimal)CustomerFields.ParseValue(FieldKind.Number, text)!;

    internal static LocalDate Date(string text) => (LocalDate)CustomerFields.ParseValue(FieldKind.Date, text)!;

    private static CustomFieldValue Custom(CustomFieldType type, string text) => type switch
    {
        CustomFieldType.Number => Number(text),
        CustomFieldType.Date => Date(text),
        _ => text,
    };

    private static string Text(CustomFieldValue value) => value.Type switch
    {
        CustomFieldType.Number => value.AsNumber().ToString(CultureInfo.InvariantCulture),
        CustomFieldType.Date => IsoDate.Format(value.AsDate()),
        _ => value.AsText(),
    };
}
