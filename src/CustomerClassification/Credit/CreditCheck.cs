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

    // Whether profiles of a dimension other than the policies' set credit values: they are then read per customer.
    private readonly bool _perCustomer;

    // The credit part of the profile catalogue, by position: looked up once.
    private static readonly int CreditLimitField = Field("creditLimit");
    private static readonly int OverdueField = Field("allowedOverdueDays");
    private static readonly int MinimumGradeField = Field("minimumGrade");
    private static readonly int AutoApprovedField = Field("autoApprovedGrades");
    private static readonly int ThresholdField = Field("warningThreshold");
    private static readonly int WatchField = Field("watchListMonths");
    private static readonly int TermsField = Field("paymentTerms");
    private static readonly int BlockField = Field("blockOverLimit");

    internal CreditCheck(CreditPolicySet policies, ArchiveSnapshot archive)
    {
        _archive = archive;
        _policies = policies;
        _profiles = archive.EffectiveProfiles();
        var root = new EffectivePolicy(policies.Defaults);
        var byCategory = CategoryInheritance.Resolve(archive.CategoriesOf(policies.Dimension), policies.Policies, root, (inherited, own, code) => inherited.Inherit(own, code));
        _perCustomer = archive.Settings.DimensionNamesInUse.Any(d => !string.Equals(d, policies.Dimension, StringComparison.Ordinal) && archive.ProfilesOf(d).Count > 0);
        if (_perCustomer || (archive.ProfileDefaults.Count == 0 && archive.ProfilesOf(policies.Dimension).Count == 0))
        {
            (_root, _byCategory) = (root, byCategory);
            return;
        }

        // Profiles of the policies' dimension only (and defaults): each category's credit values are resolved once, as the policies'.
        // In one pre-order pass; a category that sets nothing itself shares its parent's, as the policies' resolution does.
        _root = Overlay(root, _profiles.DefaultAt);
        _byCategory = new Dictionary<string, EffectivePolicy>(byCategory.Count, StringComparer.Ordinal);
        var own = archive.ProfilesOf(policies.Dimension);
        foreach (var category in archive.CategoriesOf(policies.Dimension))
        {
            var code = category.Code;
            var sets = policies.Policies.ContainsKey(code) || (own.TryGetValue(code, out var profile) && profile.Any(v => v.Key.IsCredit));
            _byCategory.Add(code, sets || category.ParentCode is null
                ? Overlay(byCategory[code], field => _profiles.ValueAt(policies.Dimension, code, field))
                : _byCategory[category.ParentCode]);
        }
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
        var inherited = category is not null && _byCategory.TryGetValue(category, out var resolved) ? resolved : _root;
        if (_perCustomer)
        {
            var paths = _profiles.PathsOf(customer);
            inherited = Overlay(inherited, field => _profiles.InheritedAt(paths, field));
        }

        var own = PolicySource.Customer;
        return inherited with
        {
            CustomerCode = customer.Code,
            Grade = customer.CreditGrade is { } grade ? new(grade, own) : inherited.Grade,
            CreditLimit = customer.CreditLimit is { } limit ? new(limit, own) : inherited.CreditLimit,
            PaymentTerms = customer.PaymentTerms is { } terms ? new(terms, own) : inherited.PaymentTerms,
        };
    }

    // The credit part of a profile over a policy: a profile value wins when a category sets it, or the archive's
    // defaults do where the policy set has only its own default.
    private EffectivePolicy Overlay(EffectivePolicy policy, Func<int, ProfileValue> valueAt) => policy with
    {
        CreditLimit = Pick(valueAt(CreditLimitField), policy.CreditLimit, static v => (decimal?)v),
        AllowedOverdueDays = Pick(valueAt(OverdueField), policy.AllowedOverdueDays, static v => (int?)v),
        MinimumGrade = Pick(valueAt(MinimumGradeField), policy.MinimumGrade, static v => (string?)v),
        AutoApprovedGrades = Pick(valueAt(AutoApprovedField), policy.AutoApprovedGrades, static v => (IReadOnlyCollection<string>)v),
        WarningThreshold = Pick(valueAt(ThresholdField), policy.WarningThreshold, static v => (decimal?)v),
        WatchListMonths = Pick(valueAt(WatchField), policy.WatchListMonths, static v => (int?)v),
        PaymentTerms = Pick(valueAt(TermsField), policy.PaymentTerms, static v => (PaymentTerms?)v),
        BlockOverLimit = Pick(valueAt(BlockField), policy.BlockOverLimit, static v => (bool)v),
    };

    private PolicyValue<T> Pick<T>(ProfileValue value, PolicyValue<T> inherited, Func<object, T> cast)
    {
        var wins = value.Source.Kind != ProfileSourceKind.Default || (inherited.Source.Kind == PolicySourceKind.Default && _archive.ProfileDefaults[value.Field] is not null);
        return wins && value.Value is { } set ? new(cast(set), Source(value.Source)) : inherited;
    }

    private static int Field(string name) => CategoryProfileFields.IndexOf(CategoryProfileFields.Get(name));

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
