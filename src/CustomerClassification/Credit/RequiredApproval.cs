namespace CustomerClassification.Credit;

/// <summary>The approval a blocked order needs (信用审批): the lowest approver level whose allowance covers the excess. Immutable.</summary>
/// <param name="Level">The level required.</param>
/// <param name="Approver">The approver at that level (any approver at it or above may approve).</param>
/// <param name="Excess">The excess over the limit to approve (the largest, when the group's limit is exceeded too).</param>
public sealed record RequiredApproval(int Level, string Approver, decimal Excess);
