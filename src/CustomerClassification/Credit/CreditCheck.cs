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
/// Rules: a deactivated customer is blocked, and so is a customer on credit hold (冻结), with the hold's reason. For a
/// customer whose credit is controlled (控制信用额度, the default), by what the policy controls (信用控制纬度):
/// the limit — exposure (the documents 信用占用 counts: open items, open orders, deliveries, invoices) plus the order over
/// the limit plus any temporary limit in force (临时额度) blocks, or warns when the policy says so (a limit of 0 is cash
/// only); the period — an open item older than the credit period (信用期限) blocks. An item more days past due than
/// allowed blocks. Given the group's exposure, each head office's limit (客户总公司) is checked the same way. Where
/// prepayment is required (要求预付款, or cash-in-advance terms), an order beyond the unused advance payments blocks. A
/// grade below the minimum, a customer on the watch list, and use of the limit above the warning threshold warn. With no
/// reason the order is approved, automatically when the grade is auto-approved. A larger order never gets a better
/// outcome. A decision blocked only by limits names the approver level it needs (信用审批人).
/// </remarks>
public sealed class CreditCheck
{
    private readonly ArchiveSnapshot _archive;
    private readonly CreditPolicySet _policies;
    private readonly EffectiveProfiles _profiles;
    private readonly EffectivePolicy _root;

    // Each category's credit values when only the policies' dimension (and the defaults) sets any: a customer then costs a
    // lookup. Null when another dimension sets credit values too: they are then resolved per customer, in dimension order.
    private readonly Dictionary<string, EffectivePolicy>? _byCategory;

    internal CreditCheck(CreditPolicySet policies, ArchiveSnapshot archive)
    {
        _archive = archive;
        _policies = policies;

        // The set's own values (a host's policies written in code) read as profile values of its dimension where the archive's profiles set none.
        var dimension = policies.Dimension;
        var filled = policies.Over(archive);
        var profiles = filled.Profiles;
        _profiles = filled.EffectiveProfiles();
        _root = new EffectivePolicy(_profiles.DefaultAt);
        if (archive.Settings.DimensionNamesInUse.Any(d => !string.Equals(d, dimension, StringComparison.Ordinal) && profiles.Of(d).Values.Any(p => p.Any(v => v.Key.IsCredit))))
        {
            return;
        }

        // In one pre-order pass: a category that sets no credit value itself shares its parent's resolution.
        var tree = archive.CategoriesOf(dimension);
        var own = profiles.Of(dimension);
        _byCategory = new Dictionary<string, EffectivePolicy>(tree.Count, StringComparer.Ordinal);
        foreach (var category in tree)
        {
            var code = category.Code;
            _byCategory.Add(code, category.ParentCode is { } parent && !(own.TryGetValue(code, out var profile) && profile.Any(v => v.Key.IsCredit))
                ? _byCategory[parent]
                : new EffectivePolicy(field => _profiles.ValueAt(dimension, code, field)));
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
    /// category that sets it, in the first dimension that does), else the archive's default profile. The policy set's own
    /// values count as profile values of its dimension's categories (and defaults) wherever the archive's profile does not
    /// set the same value on the same category.
    /// </summary>
    /// <param name="customer">The customer; its categories are looked up in the archive's trees.</param>
    /// <returns>The policy with the source of every value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    public EffectivePolicy EffectivePolicyOf(Customer customer)
    {
        Guard.Against.Null(customer);
        EffectivePolicy inherited;
        if (_byCategory is null)
        {
            var paths = _profiles.PathsOf(customer);
            inherited = new EffectivePolicy(field => _profiles.InheritedAt(paths, field));
        }
        else
        {
            inherited = customer.CodeIn(_policies.Dimension) is { } category && _byCategory.TryGetValue(category, out var resolved) ? resolved : _root;
        }

        var own = PolicySource.Customer;
        return inherited with
        {
            CustomerCode = customer.Code,
            Grade = customer.CreditGrade is { } grade ? new(grade, own) : inherited.Grade,
            CreditLimit = customer.CreditLimit is { } limit ? new(limit, own) : inherited.CreditLimit,
            PaymentTerms = customer.PaymentTerms is { } terms ? new(terms, own) : inherited.PaymentTerms,
            CreditControlled = customer.CreditControlled is { } controlled ? new(controlled, own) : inherited.CreditControlled,
            CreditPeriodDays = customer.CreditPeriodDays is { } period ? new(period, own) : inherited.CreditPeriodDays,
        };
    }

    /// <summary>
    /// Gets the due date of a customer's document from its effective payment terms (付款条件: its own, else its
    /// category's): for open items whose file gives no 到期日期. With no terms, or for a customer the archive does not
    /// hold, the document is due on its date.
    /// </summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="documentDate">The document date (单据日期).</param>
    /// <returns>The due date, never before <paramref name="documentDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public LocalDate DueDate(string customerCode, LocalDate documentDate) =>
        _archive.Find(Guard.Against.Null(customerCode)) is { } customer && EffectivePolicyOf(customer).PaymentTerms.Value is { } terms
            ? terms.DueDate(documentDate)
            : documentDate;

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
        var asOf = request.AsOf;
        var (exposure, oldest, earliest) = Counted(request, policy.ExposureIncludes.Value);
        var reasons = new List<CreditReason>();
        if (customer.IsDeactivatedOn(asOf))
        {
            reasons.Add(new CreditReason(CreditReasonKind.Deactivated, CreditOutcome.Blocked, Messages.Format("CreditDeactivated", customer.Code, Iso(customer.DeactivatedOn!.Value))));
        }

        // A hold is a person's decision: it blocks whether or not the customer's credit is controlled.
        if (customer.CreditHoldCode is { } hold)
        {
            reasons.Add(new CreditReason(CreditReasonKind.CreditHold, CreditOutcome.Blocked, customer.CreditHoldText is { } text ? Messages.Format("CreditOnHold", customer.Code, hold, text) : Messages.Format("CreditOnHoldNoText", customer.Code, hold))
            {
                HoldReasonCode = hold,
            });
        }

        var temporary = customer.TemporaryLimitOn(asOf);
        var limit = policy.CreditLimit.Value + temporary;
        AddControlReasons(reasons, policy, (limit, temporary, exposure, request.OrderAmount, asOf), oldest, earliest);
        if (request.GroupExposure is { } group)
        {
            AddGroupReasons(reasons, customer, group, request.OrderAmount, asOf);
        }

        // Advance payments are the credit balance the counted documents leave: an order beyond them needs prepaying.
        var advances = Math.Max(0m, -exposure);
        var prepaid = policy.PrepaymentRequired.Value || policy.PaymentTerms.Value?.Basis == PaymentTermsBasis.CashInAdvance;
        if (prepaid && request.OrderAmount > advances)
        {
            reasons.Add(new CreditReason(CreditReasonKind.PrepaymentRequired, CreditOutcome.Blocked, Messages.Format("CreditPrepaymentRequired", request.OrderAmount, advances))
            {
                AdvancePayments = advances,
            });
        }

        AddGradeAndWatchReasons(reasons, policy, customer, asOf);
        var outcome = CreditOutcome.Approved;
        foreach (var reason in reasons)
        {
            outcome = reason.Severity > outcome ? reason.Severity : outcome;
        }

        if (reasons.Count == 0 && policy.Grade.Value is { } grade && policy.AutoApprovedGrades.Value.Contains(grade, StringComparer.Ordinal))
        {
            outcome = CreditOutcome.AutoApproved;
        }

        return new CreditDecision(outcome, reasons, exposure, limit - exposure, policy)
        {
            TemporaryLimit = temporary,
            RequiredApproval = outcome == CreditOutcome.Blocked ? Required(reasons, policy.Approvers.Value) : null,
        };
    }

    /// <summary>
    /// Checks an order and, when it is blocked only for exceeding a limit, approves it in a named approver's name (信用审批):
    /// approved when the approver is on the customer's policy (信用审批人) at the level <see cref="CreditDecision.RequiredApproval"/>
    /// names or above. Otherwise the decision stays blocked with a <see cref="CreditReasonKind.ApprovalRefused"/> reason
    /// saying why. An order that is not blocked is returned as checked. Record an approval with
    /// <see cref="CustomerArchive.RecordCreditApproval"/>.
    /// </summary>
    /// <remarks>
    /// An approved order is <see cref="CreditOutcome.Approved"/> (its reasons kept for the record) even where a smaller
    /// order only warns: the approval is a person's decision on this order. The law that holds: an approver who lets an
    /// order through lets every smaller order of the same customer through.
    /// </remarks>
    /// <param name="request">The order.</param>
    /// <param name="approver">The approver's name.</param>
    /// <returns>The decision: <see cref="CreditOutcome.Approved"/> with <see cref="CreditDecision.ApprovedBy"/> when the approval suffices.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public CreditDecision Approve(CreditRequest request, string approver)
    {
        Guard.Against.Null(approver);
        var decision = Evaluate(request);
        if (decision.Outcome != CreditOutcome.Blocked)
        {
            return decision;
        }

        var approvers = decision.Policy.Approvers.Value;
        var found = approvers?.Find(approver);
        var refusal = (decision.RequiredApproval, found) switch
        {
            (null, _) => Messages.Get("NotApprovable"),
            (_, null) => Messages.Format("NotAnApprover", approver.Trim(), approvers?.ToString() ?? "—"),
            ({ } required, { } who) when who.Level < required.Level =>
                Messages.Format("ApprovalInsufficient", who.Name, who.AllowanceOver(decision.Reasons.First(r => r.Excess is not null).Limit ?? 0m), who.Level, required.Excess, required.Level, required.Approver),
            _ => null,
        };
        return refusal is null
            ? new CreditDecision(CreditOutcome.Approved, decision.Reasons, decision.Exposure, decision.AvailableCredit, decision.Policy)
            {
                TemporaryLimit = decision.TemporaryLimit,
                RequiredApproval = decision.RequiredApproval,
                ApprovedBy = found,
            }
            : new CreditDecision(CreditOutcome.Blocked, [.. decision.Reasons, new CreditReason(CreditReasonKind.ApprovalRefused, CreditOutcome.Blocked, refusal)], decision.Exposure, decision.AvailableCredit, decision.Policy)
            {
                TemporaryLimit = decision.TemporaryLimit,
                RequiredApproval = decision.RequiredApproval,
            };
    }

    // The lowest approver whose allowance covers every excess, when exceeding a limit is all that blocks.
    private static RequiredApproval? Required(List<CreditReason> reasons, CreditApprovers? approvers)
    {
        var blocking = reasons.Where(r => r.Severity == CreditOutcome.Blocked).ToArray();
        if (approvers is null || blocking.Any(r => r.Kind is not (CreditReasonKind.OverLimit or CreditReasonKind.GroupOverLimit)))
        {
            return null;
        }

        var excess = blocking.Max(r => r.Excess ?? 0m);
        return approvers.Approvers.FirstOrDefault(a => blocking.All(r => r.Excess <= a.AllowanceOver(r.Limit ?? 0m))) is { } approver
            ? new RequiredApproval(approver.Level, approver.Name, excess)
            : null;
    }

    // An uncontrolled customer (控制信用额度 off) is checked for neither its limit, its period nor its overdue items.
    private static void AddControlReasons(List<CreditReason> reasons, EffectivePolicy policy, (decimal? Limit, decimal Temporary, decimal Exposure, decimal Order, LocalDate AsOf) check, OpenItem? oldest, OpenItem? earliest)
    {
        if (!policy.CreditControlled.Value)
        {
            return;
        }

        var dimension = policy.ControlDimension.Value;
        if (dimension != CreditControlDimension.Period)
        {
            AddLimitReasons(reasons, policy, (check.Limit, check.Temporary, check.Exposure, check.Order), null);
        }

        if (dimension != CreditControlDimension.Limit && policy.CreditPeriodDays.Value is { } period && earliest is not null
            && Period.DaysBetween(earliest.InvoiceDate, check.AsOf) is var open && open > period)
        {
            reasons.Add(new CreditReason(CreditReasonKind.CreditPeriodExceeded, CreditOutcome.Blocked, Messages.Format("CreditPeriodExceeded", earliest.DocumentNumber, Iso(earliest.InvoiceDate), open, period))
            {
                CreditPeriodDays = period,
                DaysOpen = open,
                OverdueDocument = earliest.DocumentNumber,
            });
        }

        if (policy.AllowedOverdueDays.Value is { } allowed && oldest is not null && oldest.DaysOverdue(check.AsOf) is var overdue && overdue > allowed)
        {
            reasons.Add(new CreditReason(CreditReasonKind.Overdue, CreditOutcome.Blocked, Messages.Format("CreditOverdue", overdue, allowed, oldest.DocumentNumber, Iso(oldest.DueDate)))
            {
                OverdueDays = overdue,
                AllowedOverdueDays = allowed,
                OverdueDocument = oldest.DocumentNumber,
            });
        }
    }

    // The exposure the policy counts, the item most days overdue and the open item of the earliest document date.
    private static (decimal Exposure, OpenItem? Oldest, OpenItem? Earliest) Counted(CreditRequest request, CreditExposureParts parts)
    {
        var asOf = request.AsOf;
        var exposure = (parts & CreditExposureParts.Orders) != CreditExposureParts.None ? request.OtherOpenOrders : 0m;
        foreach (var order in request.OpenOrders)
        {
            exposure += (parts & order.Part) != CreditExposureParts.None ? order.Amount : 0m;
        }

        var receivables = (parts & CreditExposureParts.Receivables) != CreditExposureParts.None;
        OpenItem? oldest = null, earliest = null;
        foreach (var item in request.OpenItems)
        {
            exposure += receivables ? item.Amount : 0m;
            if (item.Amount > 0m && item.DaysOverdue(asOf) > (oldest?.DaysOverdue(asOf) ?? 0))
            {
                oldest = item;
            }

            if (item.Amount > 0m && (earliest is null || item.InvoiceDate < earliest.InvoiceDate))
            {
                earliest = item;
            }
        }

        return (exposure, oldest, earliest);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    // Each head office above the customer whose credit is controlled by its limit: its group's exposure plus the order against it.
    private void AddGroupReasons(List<CreditReason> reasons, Customer customer, GroupExposure group, decimal order, LocalDate asOf)
    {
        foreach (var above in _archive.HeadOfficesAbove(customer.Code))
        {
            var policy = EffectivePolicyOf(above);
            if (policy.CreditControlled.Value && policy.ControlDimension.Value != CreditControlDimension.Period)
            {
                var temporary = above.TemporaryLimitOn(asOf);
                AddLimitReasons(reasons, policy, (policy.CreditLimit.Value + temporary, temporary, group.Of(above.Code), order), above.Code);
            }
        }
    }

    // The customer's own limit (head office null), or a head office's limit for its group.
    private static void AddLimitReasons(List<CreditReason> reasons, EffectivePolicy policy, (decimal? Limit, decimal Temporary, decimal Exposure, decimal Order) check, string? headOffice)
    {
        if (check.Limit is not { } limit)
        {
            return;
        }

        var (temporary, exposure, order) = (check.Temporary, check.Exposure, check.Order);
        decimal? increase = temporary > 0m ? temporary : null;
        var total = exposure + order;
        if (total > limit)
        {
            var excess = total - limit;
            reasons.Add(new CreditReason(
                headOffice is null ? CreditReasonKind.OverLimit : CreditReasonKind.GroupOverLimit,
                policy.BlockOverLimit.Value ? CreditOutcome.Blocked : CreditOutcome.Warning,
                headOffice is null ? Messages.Format("CreditOverLimit", exposure, order, limit, excess) : Messages.Format("CreditGroupOverLimit", exposure, order, limit, excess, headOffice))
            {
                LimitOf = headOffice ?? policy.CustomerCode,
                Limit = limit,
                Exposure = exposure,
                Excess = excess,
                TemporaryLimit = increase,
            });
        }
        else if (headOffice is null && policy.WarningThreshold.Value is { } threshold && total > threshold * limit)
        {
            reasons.Add(new CreditReason(
                CreditReasonKind.AboveWarningThreshold,
                CreditOutcome.Warning,
                Messages.Format("CreditAboveThreshold", exposure, order, threshold, limit))
            {
                LimitOf = policy.CustomerCode,
                Limit = limit,
                Exposure = exposure,
                Threshold = threshold,
                TemporaryLimit = increase,
            });
        }
    }

    private void AddGradeAndWatchReasons(List<CreditReason> reasons, EffectivePolicy policy, Customer customer, LocalDate asOf)
    {
        var grade = policy.Grade.Value;
        // Compared on the archive's scale; a minimum off it (a host's policy set may name any grade of its own scale) is met by no grade.
        var settings = _archive.Settings;
        if (policy.MinimumGrade.Value is { } minimum && !(grade is not null && settings.GradeRank(grade) is { } rank && settings.GradeRank(minimum) is { } least && rank <= least))
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
