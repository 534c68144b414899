using System.Collections.Generic;

namespace CustomerClassification.Archives;

/// <summary>
/// What a <see cref="ChangeRequest"/> would do if applied now (<see cref="CustomerArchive.Preview"/>): its changes, before →
/// after, and the violations applying it would raise against the archive as it is now, values changed since it was
/// submitted (<see cref="ClassificationErrorCode.RequestStale"/>) among them.
/// </summary>
public sealed class RequestPreview
{
    internal RequestPreview(ChangeRequest request, IReadOnlyList<Violation> violations)
    {
        Request = request;
        Violations = ReadOnly.Of(violations);
    }

    /// <summary>Gets the request.</summary>
    public ChangeRequest Request { get; }

    /// <summary>Gets the changes, before → after.</summary>
    public IReadOnlyList<RequestedChange> Changes => Request.Changes;

    /// <summary>Gets the violations applying it now would raise; empty when it would apply cleanly.</summary>
    public IReadOnlyList<Violation> Violations { get; }
}
