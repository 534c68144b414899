namespace CustomerClassification.Archives;

/// <summary>One effective profile value of a customer (or a category), and where it came from.</summary>
/// <param name="Field">The profile value.</param>
/// <param name="Value">The value, or null when nothing sets it and it has no default.</param>
/// <param name="Source">Where it came from.</param>
public readonly record struct ProfileValue(CategoryProfileField Field, object? Value, ProfileSource Source)
{
    /// <summary>Returns the name, value and source, such as <c>taxRate = 0.13 (category 01001)</c>.</summary>
    /// <returns>The value as text.</returns>
    public override string ToString() => $"{Field.Name} = {Field.Format(Value)} ({Source})";
}
