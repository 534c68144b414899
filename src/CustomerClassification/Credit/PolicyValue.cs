namespace CustomerClassification.Credit;

/// <summary>An effective value and where it came from.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it came from.</param>
public readonly record struct PolicyValue<T>(T Value, PolicySource Source)
{
    /// <summary>Returns the value and its source, such as <c>100000 (category 01)</c>.</summary>
    /// <returns>The value and the source.</returns>
    public override string ToString() => $"{Value} ({Source})";
}
