namespace CustomerClassification.Archives;

/// <summary>What a <see cref="ChangeLogEntry"/> records. The numeric values are stable.</summary>
public enum ChangeOperation
{
    /// <summary>A customer was added.</summary>
    CustomerAdded = 1,

    /// <summary>One field of a customer changed (<see cref="ChangeLogEntry.Field"/> names it).</summary>
    CustomerChanged = 2,

    /// <summary>A customer moved to another category of a dimension, or left or entered one.</summary>
    CustomerReclassified = 3,

    /// <summary>A customer was deactivated (停用).</summary>
    CustomerDeactivated = 4,

    /// <summary>A deactivated customer was made active again.</summary>
    CustomerReactivated = 5,

    /// <summary>A customer was removed.</summary>
    CustomerRemoved = 6,

    /// <summary>A customer was merged into another (并户) and removed.</summary>
    CustomerMerged = 7,

    /// <summary>The host marked a customer as having transactions, which locks its classification.</summary>
    CustomerMarkedTransacted = 8,

    /// <summary>A category was added to a dimension's tree.</summary>
    CategoryAdded = 9,

    /// <summary>A category was renamed.</summary>
    CategoryRenamed = 10,

    /// <summary>A category was removed.</summary>
    CategoryRemoved = 11,

    /// <summary>A custom field (自定义项) was defined on an archive that already existed; the entry's field is its name, after its type.</summary>
    CustomFieldDefined = 12,
}
