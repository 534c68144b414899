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

    /// <summary>
    /// The derived name columns a T3 export writes beside a dimension's code (所属分类名称 beside 所属分类码, 所属地区名称
    /// beside 地区编码, «dimension»名称 for a further one): never set from the file, but a name that is not the model's
    /// name of the row's category is a problem of that cell.
    /// </summary>
    public static IReadOnlyList<CustomerColumn> DerivedNames(ArchiveSnapshot archive) =>
        archive.Settings.DimensionNamesInUse.Select(d => Derived(archive, d)).ToArray();

    private static CustomerColumn Derived(ArchiveSnapshot archive, string dimension)
    {
        var (chinese, english, aliases) = dimension switch
        {
            DimensionNames.Category => ("所属分类名称", "categoryName", new[] { "客户分类名称", "分类名称" }),
            DimensionNames.Region => ("所属地区名称", "regionName", ["地区名称", "地区分类名称"]),
            _ => (dimension + "名称", dimension + "Name", []),
        };
        var tree = archive.CategoriesOf(dimension);
        string? NameOf(Customer c) => c.CodeIn(dimension) is { } code ? tree.Find(code)?.Name : null;
        return new CustomerColumn(chinese, english, static (_, _) => { }, NameOf, aliases, Clear: null)
        {
            // An unknown or missing code is the code cell's problem, not this one's.
            Check = (c, text) => NameOf(c) is { } name && !string.Equals(name, text, StringComparison.Ordinal)
                ? SheetText.Format("DerivedNameContradicts", c.CodeIn(dimension), name)
                : null,
        };
    }

    /// <summary>A column of the file that no field reads: its cells are skipped.</summary>
    public static CustomerColumn Ignored(string header) => new(header, string.Empty, static (_, _) => { }, static _ => null, [], Clear: null);

    /// <summary>Gets the check of a derived column: the built customer and the cell's text to a problem message, or null when they agree.</summary>
    public Func<Customer, string, string?>? Check { get; init; }

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

    /// <summary>
    /// An archive's customers with their effective profile values (<see cref="ArchiveSnapshot.EffectiveProfile"/>): a
    /// column a profile value covers holds the customer's own value or else the one it inherits, and each profile value
    /// no customer column holds (价格表, 专管业务员, 币种, …) is a column of its own after the others.
    /// </summary>
    public static (string[] Header, IEnumerable<string[]> Rows) EffectiveTable(ArchiveSnapshot archive, HeaderLanguage headers)
    {
        Defined(headers);
        var columns = For(archive.Settings);
        var profiles = archive.EffectiveProfiles();
        var covered = CategoryProfileFields.All.Where(f => f.CustomerField is { IsExported: true }).ToDictionary(f => f.CustomerField!.Label, StringComparer.Ordinal);
        var extra = CategoryProfileFields.All.Where(f => f.CustomerField is not { IsExported: true }).ToArray();
        var header = columns.Select(c => c.Header(headers)).Concat(extra.Select(f => headers == HeaderLanguage.Chinese ? f.Label : f.Name)).ToArray();
        return (header, archive.Select(customer =>
        {
            var profile = profiles.Of(customer);
            return columns.Select(c => c.Write(customer) ?? (covered.TryGetValue(c.Chinese, out var f) ? f.Format(profile[f].Value) : null) ?? string.Empty)
                .Concat(extra.Select(f => f.Format(profile[f].Value) ?? string.Empty))
                .ToArray();
        }));
    }

    /// <summary>Refuses a header language that is not defined; every export checks this before it writes anything.</summary>
    public static void Defined(HeaderLanguage headers)
    {
        if (!Argument.IsDefined(headers))
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
