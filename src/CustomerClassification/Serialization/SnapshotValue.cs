namespace CustomerClassification.Serialization;

/// <summary>
/// One property of a snapshot object that is not a catalogue field (a credit-policy value, a change-log entry's
/// value), declared once: its JSON name, how its token is read, how it is got from the saved object for writing and
/// how it is set on the object being read. The reader and the writer both go through the same list.
/// </summary>
/// <typeparam name="TValue">The object written (a credit policy, a change-log entry).</typeparam>
/// <typeparam name="TDraft">The object a reader fills (the policy itself, or an entry's draft).</typeparam>
/// <param name="Name">The JSON property.</param>
/// <param name="Read">How its token is read; null for a list of texts, read item by item.</param>
/// <param name="Get">Gets the value to write, or null for none.</param>
/// <param name="Set">Sets a value read; may throw <see cref="ArgumentException"/> for a value the object refuses.</param>
internal sealed record SnapshotValue<TValue, TDraft>(string Name, JsonTokens.Read? Read, Func<TValue, object?> Get, Func<TDraft, object?, TDraft> Set);
