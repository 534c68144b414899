using System.Collections.Generic;
using System.Collections.ObjectModel;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// One value a category profile (客户分类的默认设置) can carry, as the profile catalogue (<see cref="CategoryProfileFields"/>) declares
/// it: its canonical name (the JSON property, the English column header and the rule field name), its T3 Chinese label,
/// other names, its kind, its default, and the customer field whose own value comes before the profile's. Snapshots,
/// profile tables, effective profiles and the change log all read profile values from here.
/// </summary>
public sealed class CategoryProfileField
{
    private readonly Func<object, string?> _problem;

    internal CategoryProfileField(string name, string label, FieldKind kind, string[] aliases, Func<object, string?> problem, object? defaultValue, string? customerField, bool isCredit)
    {
        Name = name;
        Label = label;
        Kind = kind;
        Aliases = new ReadOnlyCollection<string>(aliases);
        _problem = problem;
        DefaultValue = defaultValue;
        CustomerField = customerField is null ? null : CustomerFields.Get(customerField);
        IsCredit = isCredit;
    }

    /// <summary>Gets the canonical name, camelCase: the JSON property, the English column header and the rule field name.</summary>
    public string Name { get; }

    /// <summary>Gets the T3 Chinese label, the column header of a Chinese profile table (结算方式, 税率, …).</summary>
    public string Label { get; }

    /// <summary>Gets the other names the value is known by, matched ignoring case.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>
    /// Gets what the value holds: <see cref="FieldKind.Text"/> (a <see cref="string"/>), <see cref="FieldKind.Number"/> (a
    /// <see cref="decimal"/>), <see cref="FieldKind.WholeNumber"/> (an <see cref="int"/>), <see cref="FieldKind.YesNo"/> (a
    /// <see cref="bool"/>), <see cref="FieldKind.PaymentTerms"/> or <see cref="FieldKind.TextList"/> (a list of texts).
    /// </summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the value that applies where neither the customer nor any category sets one (币种 CNY, 超额控制 yes), or null.</summary>
    public object? DefaultValue { get; }

    /// <summary>
    /// Gets the customer field whose value, when the customer sets one, comes before every profile (付款条件, 结算方式, 税率,
    /// 扣率, 发货地址 — the first ship-to address — and 信用额度), or null when only categories set the value.
    /// </summary>
    public CustomerField? CustomerField { get; }

    /// <summary>Gets a value indicating whether the value belongs to the credit policy (信用政策) part of a profile.</summary>
    public bool IsCredit { get; }

    /// <summary>Tells whether a name is this value's canonical name, label or an alias (ignoring case and surrounding white space).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when it names this value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool IsNamed(string name) => FieldNames.Match(AllNames, name);

    /// <summary>
    /// Reads a value from text, as a profile table's cell holds it: rates as <c>0.13</c> or <c>13%</c>, yes/no as
    /// <c>是</c>/<c>否</c>, <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>; lists separated by <c>,</c>, <c>;</c> or <c>、</c>; the value is checked (ranges, length) as <see cref="CategoryProfile.With"/> checks it.
    /// </summary>
    /// <param name="text">The text; blank is not a value.</param>
    /// <returns>The value, or the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<object> Parse(string text)
    {
        var trimmed = Guard.Against.Null(text).Trim();
        if (trimmed.Length == 0)
        {
            return ParseResult<object>.Fail(Messages.Format("ProfileValueBlank", Name));
        }

        // A list may also be written as Chinese lists are (AAA、AA), as U8's grade lists are.
        var read = Kind == FieldKind.Number && trimmed[trimmed.Length - 1] == '%'
            ? FieldText.Number(trimmed.Substring(0, trimmed.Length - 1)).Select(n => (object?)(n / 100m))
            : FieldText.Parse(Kind, Kind == FieldKind.TextList ? trimmed.Replace('、', ',') : trimmed);
        return read.Then(value => Check(value!));
    }

    /// <summary>Writes a value as text: numbers invariant without trailing zeros, yes/no as <c>true</c>/<c>false</c>, lists joined by <c>", "</c>.</summary>
    /// <param name="value">A value of this field, or null.</param>
    /// <returns>The text, or null for no value.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value this field can hold.</exception>
    public string? Format(object? value) =>
        value is null ? null : Check(value) is { Success: false } refused ? throw new ArgumentException(refused.Problem, nameof(value)) : FieldText.Format(value);

    /// <summary>Returns the canonical name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal IEnumerable<string> AllNames => FieldNames.Of(Name, Label, Aliases);

    /// <summary>A value of the field's type and range, or why not (a list becomes an immutable sorted set of trimmed texts).</summary>
    internal ParseResult<object> Check(object value)
    {
        object? typed = (Kind, value) switch
        {
            (FieldKind.Text, string text) => Customer.Trimmed(text),
            (FieldKind.Number, decimal number) => number,
            (FieldKind.WholeNumber, int number) => number,
            (FieldKind.YesNo, bool flag) => flag,
            (FieldKind.PaymentTerms, PaymentTerms terms) => terms,
            (FieldKind.TextList, IEnumerable<string> items) => ValueList.SetOf([.. Trimmed(items)]),
            _ => null,
        };
        if (typed is null)
        {
            return ParseResult<object>.Fail(Messages.Format("ProfileValueType", Name, value, Kind));
        }

        var problem = (typed is string s ? Customer.TextProblem(s, Name) : null) ?? _problem(typed);
        return problem is null ? ParseResult<object>.Ok(typed) : ParseResult<object>.Fail(Messages.Format("ProfileValueRefused", Name, FieldText.Format(typed), problem));
    }

    private static IEnumerable<string> Trimmed(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (Customer.Trimmed(item) is { } trimmed)
            {
                yield return trimmed;
            }
        }
    }

    internal static string? None(object value) => null;

    internal static string? Rate(object value) => value is < 0m or > 1m ? Messages.Get("RateRange") : null;

    internal static string? ControlDimension(object value) =>
        CreditWords.Dimension((string)value) is null ? Messages.Format("WordNotKnown", value, CreditWords.DimensionWords) : null;

    internal static string? ExposureParts(object value) =>
        CreditWords.PartsOf((IEnumerable<string>)value) is null ? Messages.Format("WordNotKnown", string.Join(", ", (IEnumerable<string>)value), CreditWords.PartWords) : null;

    internal static string? RateList(object value) => FieldText.Rates((string)value) is { Success: false } failed ? failed.Problem : null;

    internal static string? Collection(object value) => CollectionPolicy.Parse((string)value) is { Success: false } failed ? failed.Problem : null;

    internal static string? Approvers(object value) => CreditApprovers.Parse((string)value) is { Success: false } failed ? failed.Problem : null;

    internal static string? NotNegative(object value) => value is < 0 ? Messages.Get("NotNegative") : null;

    internal static string? Limit(object value) =>
        value is < 0m ? Messages.Get("LimitRange") : value is > Money.Max ? Messages.Get("AmountRange") : null;
}
