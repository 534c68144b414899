using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Quality;

/// <summary>One problem an <see cref="ArchiveAudit"/> found: what, how serious, which customers or category, and a suggested fix. Immutable.</summary>
public sealed record AuditFinding
{
    internal AuditFinding(AuditFindingKind kind, AuditSeverity severity, IReadOnlyList<string> customers, string message, string suggestedFix)
    {
        Kind = kind;
        Severity = severity;
        Customers = ReadOnly.Of(customers);
        Message = message;
        SuggestedFix = suggestedFix;
    }

    /// <summary>Gets what the finding is about.</summary>
    public AuditFindingKind Kind { get; }

    /// <summary>Gets how much it matters.</summary>
    public AuditSeverity Severity { get; }

    /// <summary>Gets the codes of the customers involved; for a duplicate, the one to keep first. Empty for a category finding.</summary>
    public IReadOnlyList<string> Customers { get; }

    /// <summary>Gets the dimension of a category finding, or null.</summary>
    public string? Dimension { get; internal init; }

    /// <summary>Gets the category code of a category finding, or null.</summary>
    public string? CategoryCode { get; internal init; }

    /// <summary>Gets what was found, in English, with the values involved.</summary>
    public string Message { get; }

    /// <summary>Gets the suggested fix, such as <c>Merge C0002 上海华联 into C0001 上海华联商贸有限公司 (kept: …).</c></summary>
    public string SuggestedFix { get; }

    /// <inheritdoc />
    public bool Equals(AuditFinding? other) =>
        other is not null && Kind == other.Kind && Severity == other.Severity && Customers.SequenceEqual(other.Customers, StringComparer.Ordinal)
        && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal) && string.Equals(CategoryCode, other.CategoryCode, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal) && string.Equals(SuggestedFix, other.SuggestedFix, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked(((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns the finding on one line: severity, kind, message and fix.</summary>
    /// <returns>The finding as text.</returns>
    public override string ToString() => $"{Severity} {Kind}: {Message} {SuggestedFix}";
}
