namespace CustomerClassification;

/// <summary>
/// One broken domain rule found by a bulk operation or a refused change: what rule, which values, and
/// where in the input. Bulk operations return every violation at once instead of stopping at the first.
/// </summary>
public sealed record Violation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="error">The rule that is broken.</param>
    /// <param name="message">A human-readable English description that names the offending values.</param>
    /// <param name="position">The 1-based row number or operation index in the input, when the input is a sequence.</param>
    /// <param name="code">The offending code (a category code, for example), when there is one.</param>
    /// <param name="relatedCode">A second code the rule involves (the missing parent, the new parent, …), when there is one.</param>
    /// <param name="field">
    /// The field the violation is about, when there is one: a catalogue name (<c>code</c>, <c>category</c>, <c>deactivatedOn</c>, …),
    /// a further dimension or a custom field, so that an importer can point at the column and a snapshot reader at the property.
    /// </param>
    /// <exception cref="System.ArgumentException"><paramref name="message"/> is null, empty or white space.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="position"/> is less than 1.</exception>
    public Violation(ClassificationErrorCode error, string message, int? position = null, string? code = null, string? relatedCode = null, string? field = null)
    {
        Error = error;
        Message = Guard.Against.NullOrWhiteSpace(message);
        if (position is { } p)
        {
            Guard.Against.NegativeOrZero(p, nameof(position));
        }

        Position = position;
        Code = code;
        RelatedCode = relatedCode;
        Field = field;
    }

    /// <summary>Gets the rule that is broken.</summary>
    public ClassificationErrorCode Error { get; }

    /// <summary>Gets a human-readable English description that names the offending values.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based row number or operation index in the input, or null when the input is not a sequence.</summary>
    public int? Position { get; }

    /// <summary>Gets the offending code, or null.</summary>
    public string? Code { get; }

    /// <summary>Gets a second code the rule involves (the missing parent, the new parent, …), or null.</summary>
    public string? RelatedCode { get; }

    /// <summary>
    /// Gets the field the violation is about: a name of <see cref="Customers.CustomerFields"/> such as <c>category</c>,
    /// the name of a further dimension or of a custom field; null when it is about no single field.
    /// </summary>
    public string? Field { get; }
}
