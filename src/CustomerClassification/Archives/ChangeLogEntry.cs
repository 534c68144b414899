using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// One recorded change of a customer archive: what, to which customer or category, the value before and
/// after, who, when, and why. Immutable; the change log only ever appends.
/// </summary>
public sealed record ChangeLogEntry : ILoggedChange
{
    internal ChangeLogEntry(
        long sequence,
        Instant at,
        string actor,
        ChangeOperation operation,
        string? customerCode,
        string? dimension,
        string? categoryCode,
        string? field,
        string? before,
        string? after,
        string? reason)
    {
        Sequence = sequence;
        At = at;
        Actor = actor;
        Operation = operation;
        CustomerCode = customerCode;
        Dimension = dimension;
        CategoryCode = categoryCode;
        Field = field;
        Before = before;
        After = after;
        Reason = reason;
    }

    /// <summary>Gets the 1-based position in the log; consecutive, with no gaps.</summary>
    public long Sequence { get; }

    /// <summary>Gets when the change was made, from the archive's clock.</summary>
    public Instant At { get; }

    /// <summary>Gets who made the change, as the host named them.</summary>
    public string Actor { get; }

    /// <summary>Gets what was done.</summary>
    public ChangeOperation Operation { get; }

    /// <summary>Gets the customer changed, or null for a category change.</summary>
    public string? CustomerCode { get; }

    /// <summary>Gets the dimension of a category change or reclassification, or null.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the category changed, or the category a customer moved into (null when it left its category), or null.</summary>
    public string? CategoryCode { get; }

    /// <summary>Gets the field changed (<c>Name</c>, <c>CreditLimit</c>, <c>custom:名称</c>, the dimension name for a reclassification, …), or null.</summary>
    public string? Field { get; }

    /// <summary>Gets the value before the change as invariant text, or null when there was none.</summary>
    public string? Before { get; }

    /// <summary>Gets the value after the change as invariant text, or null when there is none.</summary>
    public string? After { get; }

    /// <summary>Gets why: the reason of a lock override or a merge, or the rule that suggested the change; null when none was given.</summary>
    public string? Reason { get; }
}
