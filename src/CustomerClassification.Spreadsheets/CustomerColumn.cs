using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>A column of a customer file: its T3 and English headers, how a cell sets a customer value and how a customer's value is written.</summary>
internal sealed record CustomerColumn(string Chinese, string English, Func<Customer, string, Customer> Read, Func<Customer, string?> Write)
{
    public const string Code = "客户编码";
    public const string Name = "客户名称";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern SlashDate = LocalDatePattern.CreateWithInvariantCulture("yyyy/M/d");

    public static IReadOnlyList<CustomerColumn> BuiltIn { get; } =
    [
        new(Code, "code", (c, _) => c, c => c.Code),
        new(Name, "name", (c, _) => c, c => c.Name),
        new("客户简称", "shortName", (c, v) => c with { ShortName = v }, c => c.ShortName),
        new("助记码", "mnemonic", (c, v) => c with { MnemonicCode = v }, c => string.Equals(c.MnemonicCode, MnemonicCode.FromName(c.Name), StringComparison.Ordinal) ? null : c.MnemonicCode),
        new("所属分类码", "categoryCode", (c, v) => c with { CategoryCode = v }, c => c.CategoryCode),
        new("地区编码", "regionCode", (c, v) => c with { RegionCode = v }, c => c.RegionCode),
        new("税号", "taxId", (c, v) => c with { TaxId = TaxId.Parse(v) }, c => c.TaxId?.Value),
        new("信用等级", "creditGrade", (c, v) => c with { CreditGrade = v }, c => c.CreditGrade),
        new("信用额度", "creditLimit", (c, v) => c with { CreditLimit = Number(v) }, c => Text(c.CreditLimit)),
        new("付款条件", "paymentTerms", (c, v) => c with { PaymentTerms = PaymentTerms.Parse(v) }, c => c.PaymentTerms?.ToString()),
        new("发展日期", "developedOn", (c, v) => c with { DevelopedOn = Date(v) }, c => Text(c.DevelopedOn)),
        new("停用日期", "deactivatedOn", (c, v) => c with { DeactivatedOn = Date(v) }, c => Text(c.DeactivatedOn)),
        new("联系人", "contact", (c, v) => c with { Contact = v }, c => c.Contact),
        new("电话", "phone", (c, v) => c with { Phone = v }, c => c.Phone),
        new("地址", "address", (c, v) => c with { Address = v }, c => c.Address),
        new("邮箱", "email", (c, v) => c with { Email = v }, c => c.Email),
        new("结算方式", "settlement", (c, v) => c with { SettlementMethod = v }, c => c.SettlementMethod),
        new("开户银行", "bankName", (c, v) => c with { BankName = v }, c => c.BankName),
        new("银行账号", "bankAccount", (c, v) => c with { BankAccount = v }, c => c.BankAccount),
        new("扣率", "discountRate", (c, v) => c with { DiscountRate = Number(v) }, c => Text(c.DiscountRate)),
        new("税率", "taxRate", (c, v) => c with { DefaultTaxRate = Number(v) }, c => Text(c.DefaultTaxRate)),
    ];

    /// <summary>The columns of an archive: the built-in ones, then each further dimension and each custom field under its own name.</summary>
    public static IReadOnlyList<CustomerColumn> For(ArchiveSettings settings) =>
        BuiltIn
            .Concat(settings.Dimensions.Select(d => new CustomerColumn(d.Name, d.Name, (c, v) => c with { Dimensions = With(c.Dimensions, d.Name, v) }, c => c.CodeIn(d.Name))))
            .Concat(settings.CustomFields.Select(f => new CustomerColumn(f.Name, f.Name, (c, v) => c with { CustomFields = With(c.CustomFields, f.Name, Custom(f.Type, v)) }, c => c.CustomFields.TryGetValue(f.Name, out var value) ? Text(value) : null)))
            .ToArray();

    public string Header(HeaderLanguage language) => language == HeaderLanguage.Chinese ? Chinese : English;

    /// <summary>An archive's customers as a table: the header, then a row per customer by code.</summary>
    public static (string[] Header, IEnumerable<string[]> Rows) Table(ArchiveSnapshot archive, HeaderLanguage headers)
    {
        Defined(headers);
        var columns = For(archive.Settings);
        return (columns.Select(c => c.Header(headers)).ToArray(), archive.Select(customer => columns.Select(c => c.Write(customer) ?? string.Empty).ToArray()));
    }

    /// <summary>Refuses a header language that is not defined; every export checks this before it writes anything.</summary>
    public static void Defined(HeaderLanguage headers)
    {
        if (!Enum.IsDefined(headers))
        {
            throw new ArgumentOutOfRangeException(nameof(headers), headers, "Chinese or English.");
        }
    }

    internal static decimal Number(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : throw new FormatException("not a number");

    internal static LocalDate Date(string text) =>
        IsoDate.Parse(text) is { Success: true } iso ? iso.Value
        : SlashDate.Parse(text) is { Success: true } slash ? slash.Value
        : throw new FormatException("not a date: write yyyy-MM-dd or yyyy/M/d");

    private static CustomFieldValue Custom(CustomFieldType type, string text) => type switch
    {
        CustomFieldType.Number => Number(text),
        CustomFieldType.Date => Date(text),
        _ => text,
    };

    private static string? Text(decimal? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(LocalDate? date) => date is { } d ? IsoDate.Format(d) : null;

    private static string Text(CustomFieldValue value) => value.Type switch
    {
        CustomFieldType.Number => value.AsNumber().ToString(CultureInfo.InvariantCulture),
        CustomFieldType.Date => IsoDate.Format(value.AsDate()),
        _ => value.AsText(),
    };

    private static Dictionary<string, T> With<T>(IReadOnlyDictionary<string, T> map, string key, T value)
    {
        var copy = map.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[key] = value;
        return copy;
    }
}
