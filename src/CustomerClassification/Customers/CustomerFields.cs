using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Linq.Expressions;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// The field catalogue (字段): every customer field, declared once, with its canonical name, T3 Chinese label,
/// aliases, kind and uses. Snapshots (JSON properties), customer files (columns, Chinese and English headers),
/// rules (field names and aliases) and the change log (field names) are all driven by it, so they share one
/// vocabulary. Further dimensions and custom fields (自定义项) are named by the archive's settings, not here.
/// </summary>
public static class CustomerFields
{
    private static readonly CustomerField[] Fields =
    [
        Field("code", "客户编码", FieldKind.Text, c => c.Code, null, FieldUse.Exported | FieldUse.Rules, ["编码", "customerCode"]),
        Field("name", "客户名称", FieldKind.Text, c => c.Name, (b, v) => b.Name = v!, FieldUse.All, ["名称", "客户全称"]),
        Field("shortName", "客户简称", FieldKind.Text, c => c.ShortName, (b, v) => b.ShortName = v, FieldUse.All, ["简称"]),
        Field("mnemonicCode", "助记码", FieldKind.Text, c => c.MnemonicCode, (b, v) => b.MnemonicCode = v, FieldUse.All, ["mnemonic"], stored: c => c.MnemonicCodeGiven ? c.MnemonicCode : null),
        Field("category", "所属分类码", FieldKind.Dimension, c => c.CategoryCode, (b, v) => b.CategoryCode = v, FieldUse.Exported | FieldUse.Rules, ["categoryCode", "客户分类编码", "分类编码", "所属分类", "客户分类", "分类"]),
        Field("region", "地区编码", FieldKind.Dimension, c => c.RegionCode, (b, v) => b.RegionCode = v, FieldUse.Exported | FieldUse.Rules, ["regionCode", "所属地区码", "地区分类编码", "所属地区", "地区分类", "地区"]),
        Field("taxId", "税号", FieldKind.TaxId, c => c.TaxId, (b, v) => b.TaxId = v, FieldUse.All, ["纳税人识别号", "统一社会信用代码"]),
        Field("creditGrade", "信用等级", FieldKind.Text, c => c.CreditGrade, (b, v) => b.CreditGrade = v, FieldUse.All | FieldUse.Credit, ["grade"]),
        Field("creditLimit", "信用额度", FieldKind.Number, c => c.CreditLimit, (b, v) => b.CreditLimit = v, FieldUse.All | FieldUse.Credit, []),
        Field("creditControlled", "控制信用额度", FieldKind.YesNo, c => c.CreditControlled, (b, v) => b.CreditControlled = v, FieldUse.All | FieldUse.Credit, ["信用控制", "creditControl"]),
        Field("creditPeriodDays", "信用期限", FieldKind.WholeNumber, c => c.CreditPeriodDays, (b, v) => b.CreditPeriodDays = v, FieldUse.All | FieldUse.Credit, ["信用天数", "creditPeriod"]),
        Field("creditHoldCode", "冻结原因码", FieldKind.Text, c => c.CreditHoldCode, (b, v) => b.CreditHoldCode = v, FieldUse.All | FieldUse.Credit, ["冻结原因", "holdReasonCode"]),
        Field("creditHoldText", "冻结说明", FieldKind.Text, c => c.CreditHoldText, (b, v) => b.CreditHoldText = v, FieldUse.All | FieldUse.Credit, ["holdText"]),
        Field("temporaryLimit", "临时额度", FieldKind.Number, c => c.TemporaryLimit, (b, v) => b.TemporaryLimit = v, FieldUse.All | FieldUse.Credit, ["临时信用额度", "tempLimit"]),
        Field("temporaryLimitFrom", "临时额度开始日期", FieldKind.Date, c => c.TemporaryLimitFrom, (b, v) => b.TemporaryLimitFrom = v, FieldUse.All | FieldUse.Credit, ["临时额度起始日期", "tempLimitFrom"]),
        Field("temporaryLimitTo", "临时额度结束日期", FieldKind.Date, c => c.TemporaryLimitTo, (b, v) => b.TemporaryLimitTo = v, FieldUse.All | FieldUse.Credit, ["临时额度截止日期", "tempLimitTo"]),
        Field("parentCode", "客户总公司编码", FieldKind.Text, c => c.ParentCode, (b, v) => b.ParentCode = v, FieldUse.All, ["客户总公司", "总公司编码", "parentCustomer"]),
        Field("invoiceToCode", "开票单位编码", FieldKind.Text, c => c.InvoiceToCode, (b, v) => b.InvoiceToCode = v, FieldUse.All, ["开票单位", "billTo"]),
        Field("paymentTerms", "付款条件", FieldKind.PaymentTerms, c => c.PaymentTerms, (b, v) => b.PaymentTerms = v, FieldUse.All | FieldUse.Credit, []),
        Field("developedOn", "发展日期", FieldKind.Date, c => c.DevelopedOn, (b, v) => b.DevelopedOn = v, FieldUse.All, []),
        Field("deactivatedOn", "停用日期", FieldKind.Date, c => c.DeactivatedOn, (b, v) => b.DeactivatedOn = v, FieldUse.All, []),
        Field("contact", "联系人", FieldKind.Text, c => c.Contact, (b, v) => b.Contact = v, FieldUse.All, []),
        Field("phone", "电话", FieldKind.Text, c => c.Phone, (b, v) => b.Phone = v, FieldUse.All, ["联系电话"]),
        Field("address", "地址", FieldKind.Text, c => c.Address, (b, v) => b.Address = v, FieldUse.All, []),
        Field("email", "邮箱", FieldKind.Text, c => c.Email, (b, v) => b.Email = v, FieldUse.All, ["电子邮件", "Email地址"]),
        Field("settlementMethod", "结算方式", FieldKind.Text, c => c.SettlementMethod, (b, v) => b.SettlementMethod = v, FieldUse.All, ["settlement"]),
        Field("bankName", "开户银行", FieldKind.Text, c => c.BankName, (b, v) => b.BankName = v, FieldUse.All, []),
        Field("bankAccount", "银行账号", FieldKind.Text, c => c.BankAccount, (b, v) => b.BankAccount = v, FieldUse.All, []),
        Field<IReadOnlyList<string>>("otherContacts", "其他联系人", FieldKind.TextList, c => c.OtherContacts, (b, v) => b.SetOtherContacts(v ?? []), FieldUse.Logged | FieldUse.Exported, ["contacts", "联系人列表"]),
        Field<IReadOnlyList<string>>("otherBankAccounts", "其他银行账户", FieldKind.TextList, c => c.OtherBankAccounts, (b, v) => b.SetOtherBankAccounts(v ?? []), FieldUse.Logged | FieldUse.Exported, ["bankAccounts", "其他银行账号"]),
        Field("discountRate", "扣率", FieldKind.Number, c => c.DiscountRate, (b, v) => b.DiscountRate = v, FieldUse.All, []),
        Field("taxRate", "税率", FieldKind.Number, c => c.DefaultTaxRate, (b, v) => b.DefaultTaxRate = v, FieldUse.All, ["defaultTaxRate"]),
        Field<IReadOnlyList<string>>("shipTo", "发货地址", FieldKind.TextList, c => c.ShipToAddresses, (b, v) => b.ShipToAddresses = v ?? [], FieldUse.Logged, ["shipToAddresses"]),
        Field<IReadOnlyCollection<string>>("tags", "标签", FieldKind.Tags, c => c.Tags, (b, v) => b.Tags = v ?? [], FieldUse.All, []),
        Field("hasTransactions", "已有业务", FieldKind.YesNo, c => c.HasTransactions, (b, v) => b.HasTransactions = v, FieldUse.Rules | FieldUse.ArchiveOnly, []),
    ];

    private static readonly Dictionary<string, CustomerField> ByName = FieldNames.Index(Fields, f => f.AllNames);

    /// <summary>Gets every field, in the order of a customer file's columns.</summary>
    public static IReadOnlyList<CustomerField> All { get; } = new ReadOnlyCollection<CustomerField>(Fields);

    /// <summary>Gets the customer code (客户编码), the key every file and rule uses.</summary>
    public static CustomerField Code => Fields[0];

    /// <summary>Gets the customer name (客户名称), required on every customer.</summary>
    public static CustomerField Name => Fields[1];

    /// <summary>Finds a field by its canonical name, label or an alias, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name, such as <c>creditLimit</c>, <c>信用额度</c> or <c>所属地区码</c>.</param>
    /// <returns>The field, or null when no field has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static CustomerField? Find(string name) => FieldNames.Find(ByName, name);

    /// <summary>Gets a field by its canonical name, label or an alias, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No field has that name.</exception>
    public static CustomerField Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"There is no customer field '{name}'; the fields are {string.Join(", ", Fields.Select(f => f.Name))}.");

    /// <summary>
    /// Reads a value of a kind from text, as a spreadsheet cell holds it; the same reading as <see cref="CustomerField.ParseValue"/>,
    /// for values outside the catalogue (custom fields, host tables).
    /// </summary>
    /// <param name="kind">The kind of value.</param>
    /// <param name="text">The text.</param>
    /// <returns>The value: a <see cref="string"/>, <see cref="decimal"/>, <see cref="LocalDate"/>, <see cref="bool"/>, <see cref="TaxId"/>, <see cref="PaymentTerms"/> or an array of texts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a value of that kind; the message says why.</exception>
    public static object? ParseValue(FieldKind kind, string text) => FieldText.Parse(kind, Guard.Against.Null(text)).GetValueOrThrow();

    // Setters set a builder, typed; the catalogue hands them values already of the field's type (CustomerField checks that).
    private static CustomerField Field<T>(string name, string label, FieldKind kind, Expression<Func<Customer, T>> get, Action<CustomerBuilder, T>? set, FieldUse use, string[] aliases, Func<Customer, object?>? stored = null) =>
        new(name, label, kind, get, set is null ? null : (b, v) => set(b, (T)v!), use, aliases, stored);
}
