using System.Collections.Generic;
using System.Linq;

namespace CustomerClassification.Archives;

/// <summary>
/// A role of an <see cref="AccessPolicy"/> (岗位): who holds it, what they may do, which kinds of change request they may
/// approve, and the data they see (数据权限). Immutable.
/// </summary>
public sealed class AccessRole
{
    // The rights as bits: a check per change of a batch.
    private readonly int _mask;

    /// <summary>Creates a role.</summary>
    /// <param name="name">The role's name, such as <c>业务员</c>; plain text, unique in its policy.</param>
    /// <param name="members">The users who hold it, as hosts name them (compared ordinally after trimming).</param>
    /// <param name="rights">What they may do.</param>
    /// <param name="approves">The kinds of request they may approve (each a right a request's changes need); ignored without <see cref="AccessRight.Approve"/>.</param>
    /// <param name="approvesAll">Whether they may approve requests of every kind (<c>"*"</c> in a policy file).</param>
    /// <param name="scope">The data they see and change; null or <see cref="DataScope.Unrestricted"/> for everything.</param>
    /// <exception cref="ArgumentNullException">A list is null or holds null.</exception>
    /// <exception cref="ArgumentException">The name or a member is blank or not plain text, or a right is not one of <see cref="AccessRight"/>.</exception>
    public AccessRole(string name, IEnumerable<string> members, IEnumerable<AccessRight> rights, IEnumerable<AccessRight>? approves = null, bool approvesAll = false, DataScope? scope = null)
    {
        Name = AccessPolicy.UserName(name, nameof(name));
        Members = Guard.Against.Null(members).Select(m => AccessPolicy.UserName(m, nameof(members))).Distinct(StringComparer.Ordinal).ToArray();
        Rights = Checked(rights, nameof(rights));
        _mask = Rights.Aggregate(0, (mask, right) => mask | (1 << (int)right));
        Approves = Checked(approves ?? [], nameof(approves));
        ApprovesAll = approvesAll;
        Scope = scope ?? DataScope.Unrestricted;
    }

    /// <summary>Gets the role's name.</summary>
    public string Name { get; }

    /// <summary>Gets the users who hold the role, in the order given, each once.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>Gets what the role may do, in enum order.</summary>
    public IReadOnlyList<AccessRight> Rights { get; }

    /// <summary>Gets the kinds of request the role may approve, in enum order (see <see cref="ApprovesAll"/>).</summary>
    public IReadOnlyList<AccessRight> Approves { get; }

    /// <summary>Gets whether the role may approve requests of every kind.</summary>
    public bool ApprovesAll { get; }

    /// <summary>Gets the data the role sees and changes.</summary>
    public DataScope Scope { get; }

    /// <summary>Tells whether the role has a right.</summary>
    /// <param name="right">The right.</param>
    /// <returns>True when the role has it.</returns>
    public bool Has(AccessRight right) => right is >= AccessRight.MaintainCategories and <= AccessRight.ApplyRules && (_mask & (1 << (int)right)) != 0;

    /// <summary>Tells whether the role may approve a request of a kind: it has <see cref="AccessRight.Approve"/> and approves that kind or every kind.</summary>
    /// <param name="kind">The kind (a right the request's changes need).</param>
    /// <returns>True when it may.</returns>
    public bool MayApprove(AccessRight kind) => Has(AccessRight.Approve) && (ApprovesAll || Approves.Contains(kind));

    /// <summary>Returns the role's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static AccessRight[] Checked(IEnumerable<AccessRight> rights, string parameter)
    {
        var list = Guard.Against.Null(rights, parameter).Distinct().OrderBy(r => r).ToArray();
        if (list.FirstOrDefault(r => r is < AccessRight.MaintainCategories or > AccessRight.ApplyRules) is var bad && bad != default)
        {
            throw new ArgumentException(Messages.Format("UnknownRight", (int)bad), parameter);
        }

        return list;
    }
}
