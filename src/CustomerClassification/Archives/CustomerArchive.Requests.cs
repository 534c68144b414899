using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CustomerClassification.Archives;

/// <content>Changes under an access policy, and change requests: submitted, previewed, approved or rejected, applied.</content>
public sealed partial class CustomerArchive
{
    private ChangeRequest[] _requests = [];

    /// <summary>Gets the change requests, oldest first, whatever their status.</summary>
    public IReadOnlyList<ChangeRequest> Requests => Volatile.Read(ref _requests);

    /// <summary>Finds a change request by number.</summary>
    /// <param name="id">The number.</param>
    /// <returns>The request, or null.</returns>
    public ChangeRequest? FindRequest(long id) => Array.Find(Volatile.Read(ref _requests), r => r.Id == id);

    /// <summary>Gets a change request by number.</summary>
    /// <param name="id">The number.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.RequestNotFound"/>.</exception>
    public ChangeRequest GetRequest(long id) =>
        FindRequest(id) ?? throw new ClassificationException(ClassificationErrorCode.RequestNotFound, Messages.Format("RequestNotFound", id));

    /// <summary>
    /// Applies a batch made by a user under an access policy, all or nothing: as <see cref="Apply(ChangeBatch, string)"/>, and
    /// then every change it would write must be one a role of the user may make (its right, the customer before and after and
    /// the category in that role's scope), and none may be one the policy routes through a request. Administrators may do
    /// everything directly.
    /// </summary>
    /// <param name="batch">The operations.</param>
    /// <param name="user">Who makes the changes; logged as the actor.</param>
    /// <param name="policy">The access policy.</param>
    /// <returns>The violations — <see cref="ClassificationErrorCode.AccessDenied"/> and <see cref="ClassificationErrorCode.RequestRequired"/> naming the user, the operation and the customer or category, among the archive's own — or the entries written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="user"/> is blank or not plain text.</exception>
    public BatchResult Apply(ChangeBatch batch, string user, AccessPolicy policy)
    {
        Guard.Against.Null(policy);
        var name = AccessPolicy.UserName(user, nameof(user));
        // Checked as each change is logged, with the customer at hand; a refusal commits nothing.
        var transaction = Execute(batch, name, DataScope.Unrestricted, gate: new AccessCheck(policy, name, static (role, right) => role.Has(right), direct: true, "AccessDeniedTo"));
        return new BatchResult(transaction.Violations, transaction.Violations.Count == 0 ? transaction.Entries : []);
    }

    /// <summary>
    /// Submits a batch for review instead of applying it (提交变更申请): the batch is run against the archive as it is now, and
    /// the changes it would make, before and after, become a pending request, logged as <see cref="ChangeOperation.RequestSubmitted"/>.
    /// Nothing else changes. Under a policy the submitter must be known to it and see every customer and category the
    /// batch touches; the rights themselves are the approver's to grant.
    /// </summary>
    /// <param name="batch">The operations; they must apply cleanly now.</param>
    /// <param name="submitter">Who submits.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <param name="policy">The access policy, or null for none.</param>
    /// <returns>The pending request.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The submitter or reason is blank or not plain text, or the batch changes nothing.</exception>
    /// <exception cref="ClassificationException">
    /// A rule the batch breaks now, <see cref="ClassificationErrorCode.RequestUnsupported"/> (a merge, split, move or settings
    /// change, which a request cannot carry) or <see cref="ClassificationErrorCode.AccessDenied"/>; every violation. Nothing changed.
    /// </exception>
    public ChangeRequest Submit(ChangeBatch batch, string submitter, string reason, AccessPolicy? policy = null)
    {
        Guard.Against.Null(batch);
        var name = AccessPolicy.UserName(submitter, nameof(submitter));
        var why = AccessPolicy.UserName(reason, nameof(reason));
        lock (_writeGate)
        {
            var dry = Run(Snapshot, batch, name, DataScope.Unrestricted);
            return Submitted(dry.Entries, dry.Current, [.. dry.Violations], name, why, policy, nameof(batch));
        }
    }

    /// <summary>
    /// Submits for review what was done to a copy of this archive (a sandbox a host or <c>ccls request submit</c> changed):
    /// the entries the copy's log holds beyond this archive's become a pending request, as <see cref="Submit(ChangeBatch, string, string, AccessPolicy)"/>
    /// makes one of a batch. Applying it later checks every value against the one found here.
    /// </summary>
    /// <param name="edited">The copy as changed; its log must start with this archive's whole log.</param>
    /// <param name="submitter">Who submits.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <param name="policy">The access policy, or null for none.</param>
    /// <returns>The pending request.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The submitter or reason is blank or not plain text; the copy's log does not continue this archive's, or adds nothing.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.RequestUnsupported"/> or <see cref="ClassificationErrorCode.AccessDenied"/>; every violation. Nothing changed.</exception>
    public ChangeRequest SubmitEdited(ArchiveSnapshot edited, string submitter, string reason, AccessPolicy? policy = null)
    {
        Guard.Against.Null(edited);
        var name = AccessPolicy.UserName(submitter, nameof(submitter));
        var why = AccessPolicy.UserName(reason, nameof(reason));
        lock (_writeGate)
        {
            var log = Snapshot.ChangeLog;
            if (edited.ChangeLog.Count < log.Count || (log.Count > 0 && edited.ChangeLog[log.Count - 1] != log[log.Count - 1]))
            {
                throw new ArgumentException(Messages.Get("RequestNotACopy"), nameof(edited));
            }

            return Submitted(edited.ChangeLog.Skip(log.Count), edited.Find, [], name, why, policy, nameof(edited));
        }
    }

    private ChangeRequest Submitted(IEnumerable<ChangeLogEntry> entries, Func<string, Customers.Customer?> find, List<Violation> violations, string name, string why, AccessPolicy? policy, string parameter)
    {
        var changes = violations.Count == 0 ? ArchiveTransaction.Requested(entries, find, Settings, violations) : [];
        if (violations.Count == 0 && policy is not null)
        {
            violations.AddRange(policy.Check(name, changes, Snapshot.Find, find, static (_, _) => true, direct: false, "AccessDeniedSight"));
        }

        if (violations.Count > 0)
        {
            throw Refused(violations);
        }

        if (changes.Count == 0)
        {
            throw new ArgumentException(Messages.Get("RequestEmpty"), parameter);
        }

        var id = _requests.Length == 0 ? 1 : _requests.Max(r => r.Id) + 1;
        var at = Note(ChangeOperation.RequestSubmitted, id, why, name);
        var request = new ChangeRequest(id, name, why, at, changes);
        Volatile.Write(ref _requests, [.. _requests, request]);
        return request;
    }

    /// <summary>Previews a request: its changes before → after, and the violations applying it now would raise (values changed since it was submitted among them).</summary>
    /// <param name="id">The request's number.</param>
    /// <returns>The preview.</returns>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.RequestNotFound"/>.</exception>
    public RequestPreview Preview(long id)
    {
        var request = GetRequest(id);
        return new RequestPreview(request, Run(Snapshot, Replay(request), request.Submitter, DataScope.Unrestricted).Violations);
    }

    /// <summary>
    /// Approves a pending request (审批通过), logged as <see cref="ChangeOperation.RequestApproved"/>. Four eyes: the submitter
    /// never approves their own request. Under a policy the approver must be an administrator or hold roles that approve
    /// each of its kinds with every customer and category it touches in scope.
    /// </summary>
    /// <param name="id">The request's number.</param>
    /// <param name="approver">Who approves.</param>
    /// <param name="note">A note kept with the approval, or null.</param>
    /// <param name="policy">The access policy, or null for none.</param>
    /// <returns>The approved request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="approver"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="approver"/> or <paramref name="note"/> is not plain text.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.RequestNotFound"/>, <see cref="ClassificationErrorCode.RequestNotAllowed"/> (not pending, or the
    /// submitter's own) or <see cref="ClassificationErrorCode.AccessDenied"/>. Nothing changed.
    /// </exception>
    public ChangeRequest Approve(long id, string approver, string? note = null, AccessPolicy? policy = null) => Decide(id, approver, note, policy, approved: true);

    /// <summary>
    /// Rejects a pending request with a reason (驳回), logged as <see cref="ChangeOperation.RequestRejected"/>; it is never applied.
    /// The submitter may withdraw their own this way; anyone else needs the right to approve it.
    /// </summary>
    /// <param name="id">The request's number.</param>
    /// <param name="user">Who rejects.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <param name="policy">The access policy, or null for none.</param>
    /// <returns>The rejected request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="user"/> or <paramref name="reason"/> is blank or not plain text.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.RequestNotFound"/>, <see cref="ClassificationErrorCode.RequestNotAllowed"/> (not pending) or <see cref="ClassificationErrorCode.AccessDenied"/>. Nothing changed.</exception>
    public ChangeRequest Reject(long id, string user, string reason, AccessPolicy? policy = null) =>
        Decide(id, user, AccessPolicy.UserName(reason, nameof(reason)), policy, approved: false);

    /// <summary>
    /// Applies an approved request as one batch: each change first checks that the value it changes is still the one the
    /// request found, and a value changed since is refused, naming it (no silent overwrite). A reclassification of a customer
    /// with transactions goes in under the approval, which the log records as its override reason. Under a policy the
    /// approver's roles must still cover every change (a customer moved out of their scope since is refused). The changes
    /// are logged with the user as actor, then <see cref="ChangeOperation.RequestApplied"/>.
    /// </summary>
    /// <param name="id">The request's number.</param>
    /// <param name="user">Who applies: under a policy the submitter, the approver or an administrator.</param>
    /// <param name="policy">The access policy, or null for none.</param>
    /// <returns>The violations (<see cref="ClassificationErrorCode.RequestStale"/>, <see cref="ClassificationErrorCode.AccessDenied"/> for an approval that no longer covers a change, the archive's own), or the entries written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="user"/> is blank or not plain text.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.RequestNotFound"/>, <see cref="ClassificationErrorCode.RequestNotAllowed"/> (not approved) or <see cref="ClassificationErrorCode.AccessDenied"/>. Nothing changed.</exception>
    public BatchResult ApplyRequest(long id, string user, AccessPolicy? policy = null)
    {
        var name = AccessPolicy.UserName(user, nameof(user));
        lock (_writeGate)
        {
            var request = GetRequest(id);
            if (request.Status != RequestStatus.Approved)
            {
                throw new ClassificationException(ClassificationErrorCode.RequestNotAllowed, Messages.Format("RequestNotApproved", id, Messages.Get("Status" + request.Status)));
            }

            if (policy is not null && !policy.IsAdministrator(name) && !string.Equals(name, request.Submitter, StringComparison.Ordinal) && !string.Equals(name, request.DecidedBy, StringComparison.Ordinal))
            {
                throw new ClassificationException(ClassificationErrorCode.AccessDenied, Messages.Format("RequestApplier", name, id));
            }

            // The approval must still cover the changes: a customer may have moved out of the approver's scope since.
            if (policy is not null && policy.Check(request.DecidedBy!, request.Changes, Snapshot.Find, static _ => null, static (role, kind) => role.MayApprove(kind), direct: false, "AccessDeniedApproval") is { Count: > 0 } uncovered)
            {
                return new BatchResult(uncovered, []);
            }

            var transaction = Execute(Replay(request).Do(tx => tx.Note(ChangeOperation.RequestApplied, id, request.Reason)), name, DataScope.Unrestricted);
            if (transaction.Violations.Count == 0)
            {
                Replace(request.AppliedNow(name, transaction.Entries[^1].At));
            }

            return new BatchResult(transaction.Violations, transaction.Violations.Count == 0 ? transaction.Entries : []);
        }
    }

    /// <summary>
    /// A copy of the archive holding only the customers a predicate keeps, with the settings, every category and profile,
    /// the log entries about no customer or a kept one, and the requests that touch only kept customers: what a user whose
    /// data scope hides the others sees. Changes to the copy do not reach this archive.
    /// </summary>
    internal CustomerArchive Within(Func<Customers.Customer, bool> keep)
    {
        var copy = new CustomerArchive(Settings, _clock);
        copy._snapshot = Snapshot.Within(keep, copy._store);
        var kept = copy._snapshot;
        copy._requests = _requests.Where(r => r.CustomerCodes.All(c => kept.Find(c) is not null || Snapshot.Find(c) is null)).ToArray();
        return copy;
    }

    /// <summary>Takes the requests of a saved account set into a restored archive.</summary>
    internal void RestoreRequests(IEnumerable<ChangeRequest> requests) => Volatile.Write(ref _requests, requests.ToArray());

    private static ChangeBatch Replay(ChangeRequest request)
    {
        var approval = new LockOverride(Messages.Format("RequestApproval", request.Id, request.DecidedBy ?? request.Submitter));
        return new ChangeBatch().Do(tx => tx.Replay(request.Changes, approval));
    }

    private ChangeRequest Decide(long id, string user, string? note, AccessPolicy? policy, bool approved)
    {
        var name = AccessPolicy.UserName(user, nameof(user));
        var text = note is null || note.Trim().Length == 0 ? null : AccessPolicy.UserName(note, nameof(note));
        lock (_writeGate)
        {
            var request = GetRequest(id);
            if (request.Status != RequestStatus.Pending)
            {
                throw new ClassificationException(ClassificationErrorCode.RequestNotAllowed, Messages.Format("RequestNotPending", id, Messages.Get("Status" + request.Status)));
            }

            var own = string.Equals(name, request.Submitter, StringComparison.Ordinal);
            if (approved && own)
            {
                throw new ClassificationException(ClassificationErrorCode.RequestNotAllowed, Messages.Format("RequestOwnApproval", name, id));
            }

            if (policy is not null && !(own && !approved) && policy.Check(name, request.Changes, Snapshot.Find, static _ => null, static (role, kind) => role.MayApprove(kind), direct: false, "AccessDeniedApproval") is { Count: > 0 } denied)
            {
                throw Refused(denied);
            }

            var at = Note(approved ? ChangeOperation.RequestApproved : ChangeOperation.RequestRejected, id, text, name);
            var decided = request.Decided(approved, name, at, text);
            Replace(decided);
            return decided;
        }
    }

    private NodaTime.Instant Note(ChangeOperation operation, long id, string? reason, string actor) =>
        Execute(new ChangeBatch().Do(tx => tx.Note(operation, id, reason)), actor, DataScope.Unrestricted).Entries[0].At;

    private void Replace(ChangeRequest request) =>
        Volatile.Write(ref _requests, _requests.Select(r => r.Id == request.Id ? request : r).ToArray());
}
