using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// The credit policy that applies to one customer, every value with its source: the customer's own record
/// (credit limit, grade, payment terms), the nearest category on its path that sets the value, or the
/// policy set's defaults.
/// </summary>
public sealed record EffectivePolicy
{
    internal EffectivePolicy(CreditPolicy defaults)
    {
        var source = PolicySource.Default;
        CreditLimit = new(defaults.CreditLimit, source);
        AllowedOverdueDays = new(defaults.AllowedOverdueDays, source);
        MinimumGrade = new(defaults.MinimumGrade, source);
        AutoApprovedGrades = new(defaults.AutoApprovedGrades ?? [], source);
        WarningThreshold = new(defaults.WarningThreshold, source);
        WatchListMonths = new(defaults.WatchListMonths, source);
        PaymentTerms = new(defaults.PaymentTerms, source);
        BlockOverLimit = new(defaults.BlockOverLimit ?? true, source);
        Grade = new(null, source);
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

    /// <summary>Gets whether exceeding the limit blocks (true, the default) or only warns.</summary>
    public PolicyValue<bool> BlockOverLimit { get; internal init; }

    internal EffectivePolicy Inherit(CreditPolicy own, string code) => this with
    {
        CreditLimit = CategoryInheritance.Pick(own.CreditLimit is not null, own.CreditLimit, CreditLimit, code),
        AllowedOverdueDays = CategoryInheritance.Pick(own.AllowedOverdueDays is not null, own.AllowedOverdueDays, AllowedOverdueDays, code),
        MinimumGrade = CategoryInheritance.Pick(own.MinimumGrade is not null, own.MinimumGrade, MinimumGrade, code),
        AutoApprovedGrades = CategoryInheritance.Pick(own.AutoApprovedGrades is not null, own.AutoApprovedGrades!, AutoApprovedGrades, code),
        WarningThreshold = CategoryInheritance.Pick(own.WarningThreshold is not null, own.WarningThreshold, WarningThreshold, code),
        WatchListMonths = CategoryInheritance.Pick(own.WatchListMonths is not null, own.WatchListMonths, WatchListMonths, code),
        PaymentTerms = CategoryInheritance.Pick(own.PaymentTerms is not null, own.PaymentTerms, PaymentTerms, code),
        BlockOverLimit = own.BlockOverLimit is { } block ? new(block, PolicySource.Category(code)) : BlockOverLimit,
    };
}
