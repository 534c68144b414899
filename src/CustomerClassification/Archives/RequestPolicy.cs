using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Archives;

/// <summary>
/// Which changes of an <see cref="AccessPolicy"/> need a change request rather than a direct change (审批流程): for a user
/// who is not an administrator, such a change made directly is refused with <see cref="ClassificationErrorCode.RequestRequired"/>.
/// Immutable; <see cref="None"/> requires no request.
/// </summary>
public sealed class RequestPolicy
{
    /// <summary>Creates a request policy.</summary>
    /// <param name="rights">Changes needing any of these rights go through a request (e.g. <see cref="AccessRight.Reclassify"/>: every reclassification).</param>
    /// <param name="reclassifyTransacted">Whether reclassifying a customer with transactions goes through a request.</param>
    /// <param name="creditLimitAbove">A customer's credit limit set above this amount goes through a request; null for no such rule.</param>
    /// <param name="categoryLifecycle">Whether adding, disabling, enabling, removing, merging, splitting or moving a category goes through a request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="creditLimitAbove"/> is negative.</exception>
    public RequestPolicy(IEnumerable<AccessRight> rights, bool reclassifyTransacted = false, decimal? creditLimitAbove = null, bool categoryLifecycle = false)
    {
        Rights = Guard.Against.Null(rights).Distinct().OrderBy(r => r).ToArray();
        ReclassifyTransacted = reclassifyTransacted;
        CreditLimitAbove = creditLimitAbove is { } amount ? Money.Limit(amount, nameof(creditLimitAbove)) : null;
        CategoryLifecycle = categoryLifecycle;
    }

    /// <summary>Gets the policy that requires no request.</summary>
    public static RequestPolicy None { get; } = new([]);

    /// <summary>Gets the rights whose every change goes through a request.</summary>
    public IReadOnlyList<AccessRight> Rights { get; }

    /// <summary>Gets whether reclassifying a customer with transactions goes through a request.</summary>
    public bool ReclassifyTransacted { get; }

    /// <summary>Gets the credit limit above which setting a customer's limit goes through a request, or null.</summary>
    public decimal? CreditLimitAbove { get; }

    /// <summary>Gets whether a category's lifecycle (add, disable, enable, remove, merge, split, move) goes through a request.</summary>
    public bool CategoryLifecycle { get; }

    /// <summary>Gets whether the policy requires no request at all.</summary>
    public bool IsNone => Rights.Count == 0 && !ReclassifyTransacted && CreditLimitAbove is null && !CategoryLifecycle;
}
