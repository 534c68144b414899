using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification;

/// <summary>
/// Thrown when a call would break a domain rule (a missing parent, a duplicate code, a category in use, …).
/// A refused call changes nothing. <see cref="ErrorCode"/> is stable, so a host application can map it to
/// its own UI text; <see cref="Code"/>, <see cref="RelatedCode"/> and <see cref="Violations"/> carry the
/// offending values.
/// </summary>
/// <remarks>
/// Argument problems (null, empty, out of range) are reported with the <see cref="System.ArgumentException"/>
/// family instead; this type is only for rules of the domain.
/// </remarks>
public sealed class ClassificationException : InvalidOperationException
{
    /// <summary>Creates an exception for one broken rule.</summary>
    /// <param name="errorCode">The rule that is broken.</param>
    /// <param name="message">A human-readable English description that names the offending values.</param>
    /// <param name="code">The offending code, when there is one.</param>
    /// <param name="relatedCode">A second code the rule involves, when there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null, empty or white space.</exception>
    public ClassificationException(ClassificationErrorCode errorCode, string message, string? code = null, string? relatedCode = null)
        : base(Guard.Against.NullOrWhiteSpace(message))
    {
        ErrorCode = errorCode;
        Code = code;
        RelatedCode = relatedCode;
        Violations = ReadOnly.Of([new Violation(errorCode, message, code: code, relatedCode: relatedCode)]);
    }

    /// <summary>An exception for one violation of a batch, which keeps its field and position.</summary>
    internal ClassificationException(Violation violation)
        : this(violation.Error, violation.Message, violation.Code, violation.RelatedCode) => Violations = ReadOnly.Of([violation]);

    /// <summary>Creates an exception for a refusal that concerns several items, each described by a violation.</summary>
    /// <param name="errorCode">The rule that is broken as a whole.</param>
    /// <param name="message">A human-readable English summary.</param>
    /// <param name="violations">Every offending item; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="violations"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null, empty or white space, or <paramref name="violations"/> is empty.</exception>
    public ClassificationException(ClassificationErrorCode errorCode, string message, IEnumerable<Violation> violations)
        : base(Guard.Against.NullOrWhiteSpace(message))
    {
        Guard.Against.Null(violations);
        var list = violations.ToArray();
        Guard.Against.NullOrEmpty(list, nameof(violations));
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(violations), "The violations must not contain null.");
        }

        ErrorCode = errorCode;
        Violations = ReadOnly.Of(list);
    }

    /// <summary>Gets the stable identifier of the broken rule.</summary>
    public ClassificationErrorCode ErrorCode { get; }

    /// <summary>Gets the offending code, or null when the refusal concerns several items (see <see cref="Violations"/>).</summary>
    public string? Code { get; }

    /// <summary>Gets a second code the rule involves (the missing parent, the category in use, …), or null.</summary>
    public string? RelatedCode { get; }

    /// <summary>Gets every offending item; a single-item refusal has exactly one entry that repeats this exception's values.</summary>
    public IReadOnlyList<Violation> Violations { get; }
}
