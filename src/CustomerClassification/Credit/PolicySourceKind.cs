namespace CustomerClassification.Credit;

/// <summary>Where an effective credit or provision value came from.</summary>
public enum PolicySourceKind
{
    /// <summary>The policy set's defaults: no category on the customer's path sets the value.</summary>
    Default = 1,

    /// <summary>A category on the customer's path (its own or the nearest ancestor that sets the value).</summary>
    Category = 2,

    /// <summary>The customer's own record, which overrides its categories.</summary>
    Customer = 3,
}
