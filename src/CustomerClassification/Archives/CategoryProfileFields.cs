using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// The profile catalogue: every value a category profile can carry, declared once (name, T3 label, aliases, kind,
/// default, the customer field that comes first). A customer placed in a category brings these along (自动带出):
/// each value inherits from the nearest ancestor that sets it (<see cref="EffectiveProfile"/>).
/// </summary>
public static class CategoryProfileFields
{
    private static readonly CategoryProfileField[] Fields =
    [
        new("paymentTerms", "付款条件", FieldKind.PaymentTerms, ["账期", "收付款协议"], CategoryProfileField.None, null, "paymentTerms", isCredit: true),
        new("settlementMethod", "结算方式", FieldKind.Text, ["settlement"], CategoryProfileField.None, null, "settlementMethod", isCredit: false),
        new("taxRate", "税率", FieldKind.Number, ["defaultTaxRate", "默认税率"], CategoryProfileField.Rate, null, "taxRate", isCredit: false),
        new("discountRate", "扣率", FieldKind.Number, ["discount"], CategoryProfileField.Rate, null, "discountRate", isCredit: false),
        new("priceList", "价格表", FieldKind.Text, ["priceListCode", "价格表编码", "价格体系"], CategoryProfileField.None, null, null, isCredit: false),
        new("salesperson", "专管业务员", FieldKind.Text, ["业务员", "salesRep"], CategoryProfileField.None, null, null, isCredit: false),
        new("department", "分管部门", FieldKind.Text, ["部门"], CategoryProfileField.None, null, null, isCredit: false),
        new("receivableAccount", "应收科目", FieldKind.Text, ["应收账款科目", "receivable"], CategoryProfileField.None, null, null, isCredit: false),
        new("currency", "币种", FieldKind.Text, ["币别"], CategoryProfileField.None, "CNY", null, isCredit: false),
        new("shipTo", "发货地址", FieldKind.Text, ["shipToAddress", "默认发货地址"], CategoryProfileField.None, null, "shipTo", isCredit: false),
        new("prepayment", "预付款", FieldKind.YesNo, ["prepaymentRequired", "要求预付款"], CategoryProfileField.None, false, null, isCredit: true),
        new("creditLimit", "信用额度", FieldKind.Number, [], CategoryProfileField.Limit, null, "creditLimit", isCredit: true),
        new("creditControlled", "控制信用额度", FieldKind.YesNo, ["信用控制", "creditControl"], CategoryProfileField.None, true, "creditControlled", isCredit: true),
        new("creditControlDimension", "信用控制纬度", FieldKind.Text, ["信用控制维度", "控制方式", "controlDimension"], CategoryProfileField.ControlDimension, "limit", null, isCredit: true),
        new("creditPeriodDays", "信用期限", FieldKind.WholeNumber, ["信用天数", "creditPeriod"], CategoryProfileField.NotNegative, null, "creditPeriodDays", isCredit: true),
        new("exposureIncludes", "信用占用", FieldKind.TextList, ["占用单据", "exposure"], CategoryProfileField.ExposureParts, null, null, isCredit: true),
        new("creditApprovers", "信用审批人", FieldKind.Text, ["审批人", "approvers"], CategoryProfileField.Approvers, null, null, isCredit: true),
        new("warningThreshold", "预警比例", FieldKind.Number, ["预警线"], CategoryProfileField.Rate, null, null, isCredit: true),
        new("blockOverLimit", "超额控制", FieldKind.YesNo, ["超额禁止"], CategoryProfileField.None, true, null, isCredit: true),
        new("allowedOverdueDays", "允许逾期天数", FieldKind.WholeNumber, ["逾期天数"], CategoryProfileField.NotNegative, null, null, isCredit: true),
        new("minimumGrade", "最低信用等级", FieldKind.Text, [], CategoryProfileField.None, null, null, isCredit: true),
        new("autoApprovedGrades", "自动审批等级", FieldKind.TextList, ["自动放行等级"], CategoryProfileField.None, null, null, isCredit: true),
        new("watchListMonths", "观察期月数", FieldKind.WholeNumber, ["观察期"], CategoryProfileField.NotNegative, null, null, isCredit: true),
        new("provisionRates", "计提比例", FieldKind.Text, ["坏账计提比例", "provision"], CategoryProfileField.RateList, null, null, isCredit: false),
        new("collectionPolicy", "催款策略", FieldKind.Text, ["催收策略", "dunning"], CategoryProfileField.Collection, null, null, isCredit: false),
        new("requiredFields", "必填项", FieldKind.TextList, ["required", "必填字段"], CategoryProfileField.None, null, null, isCredit: false),
    ];

    private static readonly Dictionary<string, CategoryProfileField> ByName = FieldNames.Index(Fields, f => f.AllNames);

    /// <summary>Gets every profile value, in the order of a profile table's columns.</summary>
    public static IReadOnlyList<CategoryProfileField> All { get; } = new ReadOnlyCollection<CategoryProfileField>(Fields);

    /// <summary>Finds a profile value by its canonical name, label or an alias, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The field, or null when no profile value has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static CategoryProfileField? Find(string name) => FieldNames.Find(ByName, name);

    /// <summary>Gets a profile value by its canonical name, label or an alias, ignoring case and surrounding white space.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No profile value has that name; the message lists them.</exception>
    public static CategoryProfileField Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException(Messages.Format("NoProfileField", name, string.Join(", ", Fields.Select(f => f.Name))));

    /// <summary>Looks a profile value up by name without throwing when there is none.</summary>
    /// <param name="name">The name.</param>
    /// <param name="field">The field, or null.</param>
    /// <returns>True when a profile value has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryProfileField? field) => (field = Find(name)) is not null;

    internal static int IndexOf(CategoryProfileField field) => Array.IndexOf(Fields, field);

    /// <summary>The values that name credit grades (最低信用等级, 自动审批等级): each grade must be on the archive's scale.</summary>
    internal static CategoryProfileField[] GradeFields { get; } = [Get("minimumGrade"), Get("autoApprovedGrades")];

    /// <summary>The grades a value of a grade field names (none for another field).</summary>
    internal static IEnumerable<string> GradesIn(CategoryProfileField field, object? value) =>
        Array.IndexOf(GradeFields, field) < 0 ? [] : value switch
        {
            string grade => [grade],
            IEnumerable<string> grades => grades,
            _ => [],
        };
}
