using CustomerClassification.Archives;
using NodaTime;

namespace CustomerClassification.Serialization;

/// <summary>The values of a change-log entry as a reader finds them, one property at a time; made into the entry once read.</summary>
internal sealed class EntryDraft
{
    public long Sequence { get; set; }

    public Instant At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public ChangeOperation Operation { get; set; }

    public string? Customer { get; set; }

    public string? Dimension { get; set; }

    public string? Category { get; set; }

    public string? Field { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Reason { get; set; }

    /// <summary>Clears every value, for the next entry.</summary>
    public EntryDraft Clear()
    {
        Sequence = 0;
        At = default;
        Actor = string.Empty;
        Operation = default;
        Customer = Dimension = Category = Field = Before = After = Reason = null;
        return this;
    }

    public ChangeLogEntry ToEntry() => new(Sequence, At, Actor, Operation, Customer, Dimension, Category, Field, Before, After, Reason);
}
