namespace CustomerClassification.Rules;

/// <summary>
/// The built-in fields, typed, for building conditions in code; each builds the same tree as its name in rule
/// text. Rule text may also use the labels and aliases of <see cref="ProfileFields"/>, where every built-in field is declared. Dimensions and custom fields are
/// named with <see cref="Dimension"/>, <see cref="Number"/>, <see cref="Text"/> and <see cref="Date"/>.
/// </summary>
public static class RuleFields
{
    /// <summary>Gets <c>years</c> (合作年限): whole years since the development date; empty without one.</summary>
    public static NumberField Years { get; } = new("years");

    /// <summary>Gets <c>monthsSinceDeveloped</c> (合作月数).</summary>
    public static NumberField MonthsSinceDeveloped { get; } = new("monthsSinceDeveloped");

    /// <summary>Gets <c>monthlyAverage</c> (月均采购额, 月均销售额) from the trading statistics.</summary>
    public static NumberField MonthlyAverage { get; } = new("monthlyAverage");

    /// <summary>Gets <c>sales</c> (销售额) in the period.</summary>
    public static NumberField Sales { get; } = new("sales");

    /// <summary>Gets <c>orderCount</c> (订单数) in the period.</summary>
    public static NumberField OrderCount { get; } = new("orderCount");

    /// <summary>Gets <c>maxOverdueDays</c> (最长逾期天数).</summary>
    public static NumberField MaxOverdueDays { get; } = new("maxOverdueDays");

    /// <summary>Gets <c>openBalance</c> (应收余额).</summary>
    public static NumberField OpenBalance { get; } = new("openBalance");

    /// <summary>Gets <c>daysSinceLastOrder</c> (未订货天数); empty without a last order.</summary>
    public static NumberField DaysSinceLastOrder { get; } = new("daysSinceLastOrder");

    /// <summary>Gets <c>creditLimit</c> (信用额度): the customer's own limit; empty when it inherits.</summary>
    public static NumberField CreditLimit { get; } = new("creditLimit");

    /// <summary>Gets <c>taxRate</c> (税率), as a fraction such as 0.13.</summary>
    public static NumberField TaxRate { get; } = new("taxRate");

    /// <summary>Gets <c>discountRate</c> (扣率), as a fraction.</summary>
    public static NumberField DiscountRate { get; } = new("discountRate");

    /// <summary>Gets <c>code</c> (客户编码, 编码).</summary>
    public static TextField Code { get; } = new("code");

    /// <summary>Gets <c>name</c> (客户名称, 名称).</summary>
    public static TextField Name { get; } = new("name");

    /// <summary>Gets <c>shortName</c> (客户简称, 简称).</summary>
    public static TextField ShortName { get; } = new("shortName");

    /// <summary>Gets <c>mnemonicCode</c> (助记码, also <c>mnemonic</c>).</summary>
    public static TextField MnemonicCode { get; } = new("mnemonicCode");

    /// <summary>Gets <c>taxId</c> (税号).</summary>
    public static TextField TaxId { get; } = new("taxId");

    /// <summary>Gets <c>creditGrade</c> (信用等级, also <c>grade</c>).</summary>
    public static TextField CreditGrade { get; } = new("creditGrade");

    /// <summary>Gets <c>settlementMethod</c> (结算方式, also <c>settlement</c>).</summary>
    public static TextField SettlementMethod { get; } = new("settlementMethod");

    /// <summary>Gets <c>address</c> (地址); <c>contact</c> (联系人), <c>phone</c> (电话) and <c>email</c> (邮箱) work the same way through <see cref="Text"/>.</summary>
    public static TextField Address { get; } = new("address");

    /// <summary>Gets <c>developedOn</c> (发展日期).</summary>
    public static DateField DevelopedOn { get; } = new("developedOn");

    /// <summary>Gets <c>deactivatedOn</c> (停用日期).</summary>
    public static DateField DeactivatedOn { get; } = new("deactivatedOn");

    /// <summary>Gets <c>lastOrderOn</c> (最近订货日期).</summary>
    public static DateField LastOrderOn { get; } = new("lastOrderOn");

    /// <summary>Gets <c>deactivated</c> (已停用): deactivated on the as-of day.</summary>
    public static YesNoField Deactivated { get; } = new("deactivated");

    /// <summary>Gets <c>hasTransactions</c> (已有业务).</summary>
    public static YesNoField HasTransactions { get; } = new("hasTransactions");

    /// <summary>Gets <c>category</c> (客户分类, 分类).</summary>
    public static CategoryField Category { get; } = new("category");

    /// <summary>Gets <c>region</c> (地区分类, 地区).</summary>
    public static CategoryField Region { get; } = new("region");

    /// <summary>Names a further dimension, such as <c>行业</c>.</summary>
    /// <param name="name">The dimension name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public static CategoryField Dimension(string name) => new(name);

    /// <summary>Names a number field: a number custom field, or a built-in one by name or alias.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public static NumberField Number(string name) => new(name);

    /// <summary>Names a text field: a text custom field such as <c>类型</c>, or a built-in one by name or alias.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public static TextField Text(string name) => new(name);

    /// <summary>Names a date field: a date custom field, or a built-in one by name or alias.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a field name.</exception>
    public static DateField Date(string name) => new(name);

    /// <summary><c>has tag 'tag'</c>: the customer has the tag.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is blank or holds a control character.</exception>
    public static RuleCondition HasTag(string tag) => new HasTagCondition(tag);
}
