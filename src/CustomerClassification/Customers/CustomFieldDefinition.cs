namespace CustomerClassification.Customers;

/// <summary>
/// The definition of a custom field (自定义项): its name, its type and whether every customer must have a
/// value. Custom fields can be read by auto-classification rules under their name.
/// </summary>
public sealed record CustomFieldDefinition
{
    /// <summary>The longest a custom field name may be.</summary>
    public const int MaxNameLength = 30;

    /// <summary>Creates a definition.</summary>
    /// <param name="name">The name: trimmed, then a name as <see cref="DimensionDefinition"/> allows (letters, digits, underscores; not starting with a digit).</param>
    /// <param name="type">The type of the values.</param>
    /// <param name="required">Whether every customer must have a value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid name, or <paramref name="type"/> is not defined.</exception>
    public CustomFieldDefinition(string name, CustomFieldType type, bool required = false)
    {
        Name = DimensionDefinition.ValidName(name, nameof(name), MaxNameLength);
        Type = Guard.Against.EnumOutOfRange(type);
        Required = required;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the type of the values.</summary>
    public CustomFieldType Type { get; }

    /// <summary>Gets a value indicating whether every customer must have a value.</summary>
    public bool Required { get; }
}
