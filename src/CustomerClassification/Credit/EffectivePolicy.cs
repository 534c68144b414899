using System.Collections.Generic;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// The credit policy that applies to one customer, every value with its source: the customer's own record
/// (credit limit, grade, payment terms), the nearest category that sets the value in its effective profile
/// (<see cref="ArchiveSnapshot.EffectiveProfile"/>), or the default profile.
/// </summary>
public sealed record EffectivePolicy
{
    // The credit part of the profile catalogue, by position: looked up once.
    private static readonly int CreditLimitField = Field("creditLimit");
    private static readonly int OverdueField = Field("allowedOverdueDays");
    private static readonly int MinimumGradeField = Field("minimumGrade");
    private static readonly int AutoApprovedField = Field("autoApprovedGrades");
    private static readonly int ThresholdField = Field("warningThreshold");
    private static readonly int WatchField = Field("watchListMonths");
    private static readonly int TermsField = Field("paymentTerms");
    private static readonly int BlockField = Field("blockOverLimit");
    private static readonly int ControlledField = Field("creditControlled");
    private static readonly int DimensionField = Field("creditControlDimension");
    private static readonly int PeriodField = Field("creditPeriodDays");
    private static readonly int ExposureField = Field("exposureIncludes");
    private static readonly int PrepaymentField = Field("prepayment");
    private static readonly int ApproversField = Field("creditApprovers");

    /// <summary>A policy of the credit values a category (or the defaults) gives, by catalogue position, each with its source.</summary>
    internal EffectivePolicy(Func<int, ProfileValue> valueAt)
    {
        CreditLimit = Value(valueAt(CreditLimitField), static v => (decimal?)v);
        AllowedOverdueDays = Value(valueAt(OverdueField), static v => (int?)v);
        MinimumGrade = Value(valueAt(MinimumGradeField), static v => (string?)v);
        AutoApprovedGrades = Value(valueAt(AutoApprovedField), static v => (IReadOnlyCollection<string>?)v ?? []);
        WarningThreshold = Value(valueAt(ThresholdField), static v => (decimal?)v);
        WatchListMonths = Value(valueAt(WatchField), static v => (int?)v);
        PaymentTerms = Value(valueAt(TermsField), static v => (PaymentTerms?)v);
        BlockOverLimit = Value(valueAt(BlockField), static v => (bool?)v ?? true);
        CreditControlled = Value(valueAt(ControlledField), static v => (bool?)v ?? true);
        ControlDimension = Value(valueAt(DimensionField), static v => (CreditControlDimension)(v is string word ? CreditWords.Dimension(word) ?? 1 : 1));
        CreditPeriodDays = Value(valueAt(PeriodField), static v => (int?)v);
        ExposureIncludes = Value(valueAt(ExposureField), static v => v is IEnumerable<string> words ? (CreditExposureParts)(CreditWords.PartsOf(words) ?? 0) : CreditExposureParts.All);
        PrepaymentRequired = Value(valueAt(PrepaymentField), static v => (bool?)v ?? false);
        Approvers = Value(valueAt(ApproversField), static v => v is string text ? CreditApprovers.Parse(text).Value : null);
        Grade = new(null, PolicySource.Default);
    }

    /// <summary>Gets the customer the policy is for, or null for a category's own resolution.</summary>
    public string? CustomerCode { get; internal init; }

    /// <summary>Gets the customer's credit grade (信用等级), or null when it has none.</summary>
    public PolicyValue<string?> Grade { get; internal init; }

    /// <summary>Gets the credit limit, or null when none applies (the limit is then not checked).</summary>
    public PolicyValue<decimal?> CreditLimit { get; internal init; }

    /// <summary>Gets the days past due an open item may be, or null when overdue items are not checked.</summary>
    public PolicyValue<int?> AllowedOverdueDays { get; internal init; }

    /// <summary>Gets the lowest grade that passes without a warning, or null when grades are not checked.</summary>
    public PolicyValue<string?> MinimumGrade { get; internal init; }

    /// <summary>Gets the grades whose orders are approved automatically when nothing stands against them; empty when none.</summary>
    public PolicyValue<IReadOnlyCollection<string>> AutoApprovedGrades { get; internal init; }

    /// <summary>Gets the share of the limit above which an order gets a warning, or null when none.</summary>
    public PolicyValue<decimal?> WarningThreshold { get; internal init; }

    /// <summary>Gets the months after development during which the customer is on the watch list, or null when none.</summary>
    public PolicyValue<int?> WatchListMonths { get; internal init; }

    /// <summary>Gets the payment terms (账期), or null when none is set.</summary>
    public PolicyValue<PaymentTerms?> PaymentTerms { get; internal init; }

    /// <summary>
    /// Gets whether the customer's credit is controlled (控制信用额度; true, the default): when false, neither the limit nor
    /// overdue items are checked, so the order is never blocked or warned for them.
    /// </summary>
    public PolicyValue<bool> CreditControlled { get; internal init; }

    /// <summary>Gets what is controlled (信用控制纬度): the limit (the default), the credit period, or both.</summary>
    public PolicyValue<CreditControlDimension> ControlDimension { get; internal init; }

    /// <summary>Gets the credit period in days (信用期限), or null when none is set: checked when <see cref="ControlDimension"/> includes the period.</summary>
    public PolicyValue<int?> CreditPeriodDays { get; internal init; }

    /// <summary>Gets the documents counted as exposure (信用占用); every part by default.</summary>
    public PolicyValue<CreditExposureParts> ExposureIncludes { get; internal init; }

    /// <summary>Gets whether prepayment is required (要求预付款): an order beyond the customer's unused advance payments is blocked.</summary>
    public PolicyValue<bool> PrepaymentRequired { get; internal init; }

    /// <summary>Gets who may approve an excess over the limit, by level (信用审批人), or null when nobody may.</summary>
    public PolicyValue<CreditApprovers?> Approvers { get; internal init; }

    /// <summary>Gets whether exceeding the limit blocks (true, the default) or only warns.</summary>
    public PolicyValue<bool> BlockOverLimit { get; internal init; }

    private static int Field(string name) => CategoryProfileFields.IndexOf(CategoryProfileFields.Get(name));

    private static PolicyValue<T> Value<T>(ProfileValue value, Func<object?, T> cast) => new(cast(value.Value), PolicySource.Of(value.Source));
}
