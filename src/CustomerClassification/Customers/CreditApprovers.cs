using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CustomerClassification.Customers;

/// <summary>
/// The approvers of credit excesses by level (信用审批人), a category-profile value (<c>creditApprovers</c>): written
/// <c>张经理:5000;李总:50000</c> — each name and the excess it may approve, an amount or a percentage of the limit
/// (<c>20%</c>); the level is the position in the list. Immutable; names are distinct.
/// </summary>
public sealed class CreditApprovers : IEquatable<CreditApprovers>
{
    private static readonly char[] Separators = [';', '；'];
    private static readonly char[] NameSeparators = [':', '：'];

    private CreditApprovers(IReadOnlyList<CreditApprover> approvers) => Approvers = new ReadOnlyCollection<CreditApprover>([.. approvers]);

    /// <summary>Gets the approvers, level 1 first.</summary>
    public IReadOnlyList<CreditApprover> Approvers { get; }

    /// <summary>Reads approvers as a profile or a file writes them (also with full-width ；and ：).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The approvers, or a failure naming the part that is wrong.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CreditApprovers> Parse(string text)
    {
        Guard.Against.Null(text);
        var approvers = new List<CreditApprover>();
        foreach (var part in text.Split(Separators).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var at = part.LastIndexOfAny(NameSeparators);
            var name = at > 0 ? part.Substring(0, at).Trim() : string.Empty;
            var allowance = at > 0 ? part.Substring(at + 1).Trim() : string.Empty;
            var percent = allowance.Length > 0 && allowance[allowance.Length - 1] == '%';
            var number = FieldText.Number(percent ? allowance.Substring(0, allowance.Length - 1) : allowance);
            if (name.Length == 0 || name.IndexOfAny(NameSeparators) >= 0 || Customer.TextProblem(name, "creditApprovers") is not null || !number.Success || number.Value < 0m
                || (percent && number.Value > 100m) || approvers.Any(a => string.Equals(a.Name, name, StringComparison.Ordinal)))
            {
                return ParseResult<CreditApprovers>.Fail(Messages.Format("ApproverUnreadable", part));
            }

            approvers.Add(new CreditApprover(approvers.Count + 1, name, percent ? null : number.Value, percent ? number.Value / 100m : null));
        }

        return approvers.Count == 0 ? ParseResult<CreditApprovers>.Fail(Messages.Format("ApproverUnreadable", text)) : ParseResult<CreditApprovers>.Ok(new CreditApprovers(approvers));
    }

    /// <summary>Finds an approver by name (exact, surrounding white space ignored).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The approver, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CreditApprover? Find(string name) => Approvers.FirstOrDefault(a => string.Equals(a.Name, Guard.Against.Null(name).Trim(), StringComparison.Ordinal));

    /// <summary>Returns the approvers as <see cref="Parse"/> reads them.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(";", Approvers);

    /// <inheritdoc/>
    public bool Equals(CreditApprovers? other) => other is not null && Approvers.SequenceEqual(other.Approvers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CreditApprovers);

    /// <inheritdoc/>
    public override int GetHashCode() => Approvers.Aggregate(17, (hash, a) => unchecked((hash * 31) + a.GetHashCode()));
}
