using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// A change request (变更申请): a batch submitted for review instead of applied (<see cref="CustomerArchive.Submit(ChangeBatch, string, string, AccessPolicy)"/>),
/// held as the changes it makes, before and after, so that it can be previewed, approved by another person (four eyes),
/// rejected, or applied as one batch that refuses to overwrite a value changed since. Immutable: each decision gives the
/// archive a new version; the archive's account set saves the requests.
/// </summary>
public sealed class ChangeRequest
{
    internal ChangeRequest(long id, string submitter, string reason, Instant submittedAt, IReadOnlyList<RequestedChange> changes)
    {
        Id = id;
        Submitter = submitter;
        Reason = reason;
        SubmittedAt = submittedAt;
        Changes = ReadOnly.Of(changes);
        Kinds = changes.Select(c => c.Right).OfType<AccessRight>().Distinct().OrderBy(r => r).ToArray();
        Status = RequestStatus.Pending;
    }

    /// <summary>Gets the request's number, from 1, unique in its archive.</summary>
    public long Id { get; }

    /// <summary>Gets who submitted it.</summary>
    public string Submitter { get; }

    /// <summary>Gets why it was submitted.</summary>
    public string Reason { get; }

    /// <summary>Gets when it was submitted, from the archive's clock.</summary>
    public Instant SubmittedAt { get; }

    /// <summary>Gets the changes it makes, in order, each with the value it found when submitted.</summary>
    public IReadOnlyList<RequestedChange> Changes { get; }

    /// <summary>Gets its kinds: the rights its changes need, in enum order (an approver's role must approve each).</summary>
    public IReadOnlyList<AccessRight> Kinds { get; }

    /// <summary>Gets where it stands.</summary>
    public RequestStatus Status { get; private init; }

    /// <summary>Gets who approved or rejected it, or null while pending.</summary>
    public string? DecidedBy { get; private init; }

    /// <summary>Gets when it was approved or rejected, or null while pending.</summary>
    public Instant? DecidedAt { get; private init; }

    /// <summary>Gets the approver's note or the rejection's reason, or null.</summary>
    public string? Decision { get; private init; }

    /// <summary>Gets who applied it, or null until applied.</summary>
    public string? AppliedBy { get; private init; }

    /// <summary>Gets when it was applied, or null until applied.</summary>
    public Instant? AppliedAt { get; private init; }

    /// <summary>Gets the customers the request touches, each once, in the order of its changes.</summary>
    public IReadOnlyList<string> CustomerCodes => Changes.Select(c => c.CustomerCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Returns a summary: number, status, submitter and number of changes.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => FormattableString.Invariant($"request {Id} {Status} by {Submitter}: {Changes.Count} changes");

    /// <summary>Restores a request as saved: its decision and application as recorded.</summary>
    internal static ChangeRequest Restored(long id, string submitter, string reason, Instant submittedAt, IReadOnlyList<RequestedChange> changes, RequestStatus status, string? decidedBy, Instant? decidedAt, string? decision, string? appliedBy, Instant? appliedAt) =>
        new(id, submitter, reason, submittedAt, changes)
        {
            Status = status,
            DecidedBy = decidedBy,
            DecidedAt = decidedAt,
            Decision = decision,
            AppliedBy = appliedBy,
            AppliedAt = appliedAt,
        };

    internal ChangeRequest Decided(bool approved, string by, Instant at, string? note) =>
        Restored(Id, Submitter, Reason, SubmittedAt, Changes, approved ? RequestStatus.Approved : RequestStatus.Rejected, by, at, note, null, null);

    internal ChangeRequest AppliedNow(string by, Instant at) =>
        Restored(Id, Submitter, Reason, SubmittedAt, Changes, RequestStatus.Applied, DecidedBy, DecidedAt, Decision, by, at);
}
