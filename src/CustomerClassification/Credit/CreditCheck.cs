using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Credit;

/// <summary>
/// Credit checks (信用检查) against one archive snapshot: effective policies and order decisions. Every
/// category's inherited policy is resolved once, when the check is made, so each customer costs a lookup.
/// Immutable and safe to use from many threads.
/// </summary>
/// <remarks>
/// Rules: a deactivated customer is blocked; exposure (open items plus other open orders) plus the order
/// over the limit blocks, or warns when the policy says so; an item more days past due than allowed
/// blocks; a grade below the minimum, a customer on the watch list, and use of the limit above the warning
/// threshold warn. With no reason the order is approved, automatically when the grade is auto-approved. A
/// larger order never gets a better outcome.
/// </remarks>
public sealed class CreditCheck
{
    private readonly ArchiveSnapshot _archive;
    private readonly CreditPolicySet _policies;
    private readonly EffectivePolicy _root;
    private readonly Dictionary<string, EffectivePolicy> _byCategory;
    private readonly EffectiveProfiles _profiles;

    internal CreditCheck(CreditPolicySet policies, ArchiveSnapshot archive)
    {
        _archive = archive;
        _policies = policies;
        _root = new EffectivePolicy(policies.Defaults);
        _byCategory = CategoryInheritance.Resolve(archive.CategoriesOf(policies.Dimension), policies.Policies, _root, (inherited, own, code) => inherited.Inherit(own, code));
        _profiles = archive.EffectiveProfiles();
    }

    /// <summary>Gets the effective policy of a customer of the archive.</summary>
    /// <param name="customerCode">The customer code.</param>
    /// <returns>The policy with the source of every value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public EffectivePolicy EffectivePolicyOf(string customerCode) => EffectivePolicyOf(CustomerOf(customerCode));

    /// <summary>
    /// Gets the effective policy of a customer. Each credit value is the customer's own (credit limit, grade, terms), else
    /// the credit part of its effective category profile (<see cref="ArchiveSnapshot.EffectiveProfile"/>: the nearest
    /// category that sets it, in any dimension), else the policy set's value for its category (inherited down the set's
    /// dimension), else the archive's default profile, else the policy set's defaults.
    /// </summary>
    /// <param name="customer">The customer; its category is looked up in the archive's tree.</param>
    /// <returns>The policy with the source of every value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public EffectivePolicy EffectivePolicyOf(Customer customer)
    {
        Guard.Against.Null(customer);
        var category = customer.CodeIn(_policies.Dimension);
        var inherited = category is not null && _byCategory.TryGetValue(category, out var policy) ? policy : _root;
        var profile = _profiles.Of(customer);
        return inherited with
        {
            CustomerCode = customer.Code,
            Grade = customer.CreditGrade is { } grade ? new(grade, PolicySource.Customer) : inherited.Grade,
            CreditLimit = Pick(profile, "creditLimit", inherited.CreditLimit, static v => (decimal?)v),
            AllowedOverdueDays = Pick(profile, "allowedOverdueDays", inherited.AllowedOverdueDays, static v => (int?)v),
            MinimumGrade = Pick(profile, "minimumGrade", inherited.MinimumGrade, static v => (string?)v),
            AutoApprovedGrades = Pick(profile, "autoApprovedGrades", inherited.AutoApprovedGrades, static v => (IReadOnlyCollection<string>)v),
            WarningThreshold = Pick(profile, "warningThreshold", inherited.WarningThreshold, static v => (decimal?)v),
            WatchListMonths = Pick(profile, "watchListMonths", inherited.WatchListMonths, static v => (int?)v),
            PaymentTerms = Pick(profile, "paymentTerms", inherited.PaymentTerms, static v => (PaymentTerms?)v),
            BlockOverLimit = Pick(profile, "blockOverLimit", inherited.BlockOverLimit, static v => (bool)v),
        };
    }

    // A profile value wins when the customer or a category sets it, or the archive's defaults do where the policy set has only its own default.
    private PolicyValue<T> Pick<T>(EffectiveProfile profile, string name, PolicyValue<T> inherited, Func<object, T> cast)
    {
        var value = profile.Get(name);
        var wins = value.Source.Kind != ProfileSourceKind.Default || (inherited.Source.Kind == PolicySourceKind.Default && _archive.ProfileDefaults[value.Field] is not null);
        return wins && value.Value is { } set ? new(cast(set), Source(value.Source)) : inherited;
    }

    private static PolicySource Source(ProfileSource source) => source.Kind switch
    {
        ProfileSourceKind.Customer => PolicySource.Customer,
        ProfileSourceKind.Category => PolicySource.Category(source.CategoryCode!),
        ProfileSourceKind.Default => PolicySource.Default,
    };

    /// <summary>Checks an order against the customer's credit and returns the outcome with every reason.</summary>
    /// <param name="request">The order.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public CreditDecision Evaluate(CreditRequest request)
    {
        Guard.Against.Null(request);
        var customer = CustomerOf(request.CustomerCode);
        var policy = EffectivePolicyOf(customer);
        var exposure = request.OtherOpenOrders;
        var oldestOverdue = 0;
        OpenItem? oldest = null;
        foreach (var item in request.OpenItems)
        {
            exposure += item.Amount;
            if (item.Amount > 0m && item.DaysOverdue(request.AsOf) > oldestOverdue)
            {
                oldestOverdue = item.DaysOverdue(request.AsOf);
                oldest = item;
            }
        }

        var reasons = new List<CreditReason>();
        if (customer.IsDeactivatedOn(request.AsOf))
        {
            reasons.Add(new CreditReason(CreditReasonKind.Deactivated, CreditOutcome.Blocked, Messages.Format("CreditDeactivated", customer.Code, Iso(customer.DeactivatedOn!.Value))));
        }

        AddLimitReasons(reasons, policy, exposure, request.OrderAmount);
        if (policy.AllowedOverdueDays.Value is { } allowed && oldestOverdue > allowed)
        {
            reasons.Add(new CreditReason(CreditReasonKind.Overdue, CreditOutcome.Blocked, Messages.Format("CreditOverdue", oldestOverdue, allowed, oldest!.DocumentNumber, Iso(oldest.DueDate)))
            {
                OverdueDays = oldestOverdue,
                AllowedOverdueDays = allowed,
                OverdueDocument = oldest.DocumentNumber,
            });
        }

        AddGradeAndWatchReasons(reasons, policy, customer, request.AsOf);
        var outcome = CreditOutcome.Approved;
        foreach (var reason in reasons)
        {
            outcome = reason.Severity > outcome ? reason.Severity : outcome;
        }

        if (reasons.Count == 0 && policy.Grade.Value is { } grade && policy.AutoApprovedGrades.Value.Contains(grade, StringComparer.Ordinal))
        {
            outcome = CreditOutcome.AutoApproved;
        }

        return new CreditDecision(outcome, reasons, exposure, policy.CreditLimit.Value - exposure, policy);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void AddLimitReasons(List<CreditReason> reasons, EffectivePolicy policy, decimal exposure, decimal order)
    {
        if (policy.CreditLimit.Value is not { } limit)
        {
            return;
        }

        var total = exposure + order;
        if (total > limit)
        {
            var excess = total - limit;
            reasons.Add(new CreditReason(
                CreditReasonKind.OverLimit,
                policy.BlockOverLimit.Value ? CreditOutcome.Blocked : CreditOutcome.Warning,
                Messages.Format("CreditOverLimit", exposure, order, limit, excess))
            {
                Limit = limit,
                Exposure = exposure,
                Excess = excess,
            });
        }
        else if (policy.WarningThreshold.Value is { } threshold && total > threshold * limit)
        {
            reasons.Add(new CreditReason(
                CreditReasonKind.AboveWarningThreshold,
                CreditOutcome.Warning,
                Messages.Format("CreditAboveThreshold", exposure, order, threshold, limit))
            {
                Limit = limit,
                Exposure = exposure,
                Threshold = threshold,
            });
        }
    }

    private void AddGradeAndWatchReasons(List<CreditReason> reasons, EffectivePolicy policy, Customer customer, LocalDate asOf)
    {
        var grade = policy.Grade.Value;
        // A minimum off the scale (a profile may set any text) is met by no grade.
        if (policy.MinimumGrade.Value is { } minimum && (grade is null || !_policies.Grades.Contains(grade) || !_policies.Grades.Contains(minimum) || !_policies.Grades.IsAtLeast(grade, minimum)))
        {
            reasons.Add(new CreditReason(CreditReasonKind.GradeBelowMinimum, CreditOutcome.Warning, Messages.Format("CreditGradeBelowMinimum", grade ?? Messages.Get("NoGrade"), minimum))
            {
                Grade = grade,
                MinimumGrade = minimum,
            });
        }

        if (policy.WatchListMonths.Value is { } watchMonths)
        {
            int? months = customer.DevelopedOn is { } developed && developed <= asOf ? Period.Between(developed, asOf, PeriodUnits.Months).Months : null;
            if (months is null || months < watchMonths)
            {
                reasons.Add(new CreditReason(
                    CreditReasonKind.WatchList,
                    CreditOutcome.Warning,
                    months is null ? Messages.Get("CreditWatchUnknown") : Messages.Format("CreditWatchList", months, watchMonths))
                {
                    MonthsSinceDeveloped = months,
                });
            }
        }
    }

    private Customer CustomerOf(string customerCode)
    {
        Guard.Against.Null(customerCode);
        return _archive.Find(customerCode)
            ?? throw new ClassificationException(ClassificationErrorCode.CustomerNotFound, Messages.Format("CustomerNotFound", customerCode), customerCode);
    }
}
