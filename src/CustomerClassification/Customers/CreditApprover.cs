namespace CustomerClassification.Customers;

/// <summary>
/// An approver of credit excesses (信用审批人) at a level of a policy: the excess over the limit they may approve, as an
/// amount or a share of the limit. Immutable.
/// </summary>
/// <param name="Level">The level, 1 for the first approver; a higher level approves more.</param>
/// <param name="Name">The approver's name.</param>
/// <param name="Amount">The excess they may approve in yuan, or null when given as <paramref name="ShareOfLimit"/>.</param>
/// <param name="ShareOfLimit">The excess they may approve as a share of the limit (0.2 for 20 %), or null.</param>
public sealed record CreditApprover(int Level, string Name, decimal? Amount, decimal? ShareOfLimit)
{
    /// <summary>Gets the excess this approver may approve over a limit.</summary>
    /// <param name="limit">The limit exceeded.</param>
    /// <returns>The amount, or the share of the limit.</returns>
    public decimal AllowanceOver(decimal limit) => Amount ?? (ShareOfLimit ?? 0m) * limit;

    /// <summary>Returns the approver as a policy writes it: <c>张经理:5000</c> or <c>李总:20%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Name + ":" + (Amount is { } amount ? amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : ((ShareOfLimit ?? 0m) * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%");
}
