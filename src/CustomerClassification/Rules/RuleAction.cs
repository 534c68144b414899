using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Rules;

/// <summary>
/// The action of a rule: assign a leaf category in a dimension, set the credit grade, credit limit or payment terms, or
/// add a tag. Each action has a target (the dimension, the grade, the limit, the terms, or the one tag); for each target
/// of a customer only the winning rule acts.
/// Immutable; equal when kind, dimension and value are equal.
/// </summary>
public sealed record RuleAction
{
    private RuleAction(RuleActionKind kind, string? dimension, string value)
    {
        Kind = kind;
        Dimension = dimension;
        Value = value;
    }

    /// <summary>Gets what the action does.</summary>
    public RuleActionKind Kind { get; }

    /// <summary>Gets the dimension for <see cref="RuleActionKind.AssignCategory"/>, or null.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the category code, the credit grade, the tag, the credit limit (invariant digits, such as <c>50000</c>) or the payment terms (canonical text, such as <c>2/10,n/30</c>).</summary>
    public string Value { get; }

    // Rules with the same target compete; the highest priority wins.
    internal string Target => Kind switch
    {
        RuleActionKind.AssignCategory => "dimension:" + Dimension,
        RuleActionKind.SetCreditGrade => "grade",
        RuleActionKind.SetCreditLimit => "creditLimit",
        RuleActionKind.SetPaymentTerms => "paymentTerms",
        _ => "tag:" + Value,
    };

    /// <summary>Assigns a leaf category. Whether it exists and is a leaf is checked when the <see cref="RuleSet"/> is compiled.</summary>
    /// <param name="dimension">The dimension: <see cref="DimensionNames.Category"/>, <see cref="DimensionNames.Region"/> or a further dimension's name.</param>
    /// <param name="code">The leaf category code (ASCII letters and digits).</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The dimension is blank, or the code is blank or holds characters other than ASCII letters and digits.</exception>
    public static RuleAction AssignCategory(string dimension, string code)
    {
        Guard.Against.NullOrWhiteSpace(dimension);
        Guard.Against.NullOrWhiteSpace(code);
        return code.All(CodingScheme.IsCodeCharacter)
            ? new(RuleActionKind.AssignCategory, DimensionNames.Canonical(dimension.Trim()), code)
            : throw new ArgumentException($"'{code}' is not a category code: use ASCII letters and digits.", nameof(code));
    }

    /// <summary>Sets the credit grade.</summary>
    /// <param name="grade">The grade, such as <c>AA</c>: trimmed, not blank, at most <see cref="Customer.MaxTextLength"/> characters.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grade"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="grade"/> is blank or too long.</exception>
    public static RuleAction SetCreditGrade(string grade) => new(RuleActionKind.SetCreditGrade, null, Text(grade, nameof(grade)));

    /// <summary>Sets the customer's own credit limit (信用额度); applying it is logged as any change of the field.</summary>
    /// <param name="amount">The limit, 0 or more.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or beyond T3's money range.</exception>
    public static RuleAction SetCreditLimit(decimal amount) =>
        new(RuleActionKind.SetCreditLimit, null, LimitText(Money.Limit(amount, nameof(amount))!.Value));

    /// <summary>Sets the customer's own payment terms (付款条件), such as <c>2/10,n/30</c> or <c>月结30天</c>.</summary>
    /// <param name="terms">The terms as text; kept in their canonical form.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="terms"/> are not payment terms.</exception>
    public static RuleAction SetPaymentTerms(string terms) => new(RuleActionKind.SetPaymentTerms, null, PaymentTerms.Parse(Guard.Against.Null(terms)).ToString());

    /// <summary>A limit as an action's value: invariant digits, no trailing zeros.</summary>
    internal static string LimitText(decimal amount) => amount.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds a tag.</summary>
    /// <param name="tag">The tag, such as <c>观察</c>: trimmed, not blank, at most <see cref="Customer.MaxTextLength"/> characters.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is blank, too long or holds a control character.</exception>
    public static RuleAction AddTag(string tag) => new(RuleActionKind.AddTag, null, Text(tag, nameof(tag)));

    /// <summary>
    /// Gets what the action changes, as a user reads it in the messages' language (<see cref="UserText"/>): the dimension's
    /// label (客户分类 or <c>category</c>, 地区分类 or <c>region</c>, a further dimension's name), 信用等级 or <c>grade</c>, 信用额度 or
    /// <c>credit limit</c>, 付款条件 or <c>payment terms</c>, 标签 or <c>tag</c>.
    /// </summary>
    public string TargetLabel => Kind switch
    {
        RuleActionKind.AssignCategory => UserText.DimensionLabel(Dimension!),
        RuleActionKind.SetCreditGrade => Messages.Get("TargetGrade"),
        RuleActionKind.SetCreditLimit => Messages.Get("TargetCreditLimit"),
        RuleActionKind.SetPaymentTerms => Messages.Get("TargetPaymentTerms"),
        _ => Messages.Get("TargetTag"),
    };

    /// <summary>Returns the action as <c>category := 0101</c>, <c>grade := AA</c> or <c>tag += 观察</c>, the target named by <see cref="TargetLabel"/> (客户分类 := 0101 in Chinese).</summary>
    /// <returns>The action as text.</returns>
    public override string ToString() => TargetLabel + (Kind == RuleActionKind.AddTag ? " += " : " := ") + Value;

    private static string Text(string value, string parameterName)
    {
        Guard.Against.NullOrWhiteSpace(value, parameterName);
        var trimmed = value.Trim();
        return trimmed.Length <= Customer.MaxTextLength && !trimmed.Any(char.IsControl)
            ? trimmed
            : throw new ArgumentException($"'{value}' is longer than {Customer.MaxTextLength} characters or holds a control character.", parameterName);
    }
}
