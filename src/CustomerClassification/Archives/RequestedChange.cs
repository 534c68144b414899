namespace CustomerClassification.Archives;

/// <summary>
/// One change a <see cref="ChangeRequest"/> makes, in the change log's own terms: the operation, the customer or the
/// category, the field, the value before (as the archive held it when the request was submitted) and after, as
/// invariant text. An added customer is one <see cref="ChangeOperation.CustomerAdded"/> change without a field (its
/// name after) followed by one per value it holds, each with the field's name. Immutable.
/// </summary>
public sealed record RequestedChange : ILoggedChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="operation">What is done.</param>
    /// <param name="customerCode">The customer, or null for a category or profile change.</param>
    /// <param name="dimension">The dimension of a category, profile or reclassification, or null.</param>
    /// <param name="categoryCode">The category changed or moved into, or null.</param>
    /// <param name="field">The field or profile value, or null.</param>
    /// <param name="before">The value before, or null when there was none.</param>
    /// <param name="after">The value after, or null when there is none.</param>
    /// <param name="reason">The reason the operation carried (a hold's text, a release's reason), or null.</param>
    public RequestedChange(ChangeOperation operation, string? customerCode, string? dimension, string? categoryCode, string? field, string? before, string? after, string? reason)
    {
        Operation = operation;
        CustomerCode = customerCode;
        Dimension = dimension;
        CategoryCode = categoryCode;
        Field = field;
        Before = before;
        After = after;
        Reason = reason;
    }

    /// <summary>Gets what is done.</summary>
    public ChangeOperation Operation { get; }

    /// <summary>Gets the customer, or null for a category or profile change.</summary>
    public string? CustomerCode { get; }

    /// <summary>Gets the dimension, or null.</summary>
    public string? Dimension { get; }

    /// <summary>Gets the category changed or moved into, or null.</summary>
    public string? CategoryCode { get; }

    /// <summary>Gets the field or profile value changed, or null.</summary>
    public string? Field { get; }

    /// <summary>Gets the value before, or null.</summary>
    public string? Before { get; }

    /// <summary>Gets the value after, or null.</summary>
    public string? After { get; }

    /// <summary>Gets the operation's own reason (a hold text, a release reason), or null.</summary>
    public string? Reason { get; }

    /// <summary>The change an entry of the log records.</summary>
    internal static RequestedChange Of(ChangeLogEntry entry) =>
        new(entry.Operation, entry.CustomerCode, entry.Dimension, entry.CategoryCode, entry.Field, entry.Before, entry.After, entry.Reason);

    /// <summary>Gets the right the change needs (<see cref="AccessRight"/>), or null for the request's own entries.</summary>
    public AccessRight? Right => AccessPolicy.RightFor(Operation, Field);
}
