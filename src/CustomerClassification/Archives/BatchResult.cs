using System.Collections.Generic;

namespace CustomerClassification.Archives;

/// <summary>
/// The outcome of <see cref="CustomerArchive.Apply(ChangeBatch, string)"/>: either every operation was applied and
/// <see cref="Entries"/> holds what was recorded, or nothing was applied and <see cref="Violations"/>
/// holds every problem found, each with the 1-based index of its operation.
/// </summary>
public sealed class BatchResult
{
    internal BatchResult(IReadOnlyList<Violation> violations, IReadOnlyList<ChangeLogEntry> entries)
    {
        Violations = ReadOnly.Of(violations);
        Entries = ReadOnly.Of(entries);
    }

    /// <summary>Gets a value indicating whether the batch was applied.</summary>
    public bool Succeeded => Violations.Count == 0;

    /// <summary>Gets every problem, in operation order (<see cref="Violation.Position"/> is the operation's 1-based index); empty when applied.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Gets the change-log entries the batch wrote; empty when it was refused.</summary>
    public IReadOnlyList<ChangeLogEntry> Entries { get; }
}
