using System.Text.Json;

namespace CustomerClassification.Serialization;

/// <summary>How a reader takes one JSON property into a value: read it into a parse result, then set it on the target.</summary>
/// <typeparam name="T">The target (a customer, a credit policy).</typeparam>
internal sealed record ValueSetter<T>(string Property, Func<JsonElement, ParseResult<object?>> Read, Func<T, object?, T> Set);
