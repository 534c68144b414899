namespace CustomerClassification.Customers;

/// <summary>The type of a custom field (自定义项).</summary>
public enum CustomFieldType
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A decimal number.</summary>
    Number = 2,

    /// <summary>A calendar date (<see cref="NodaTime.LocalDate"/>).</summary>
    Date = 3,
}
