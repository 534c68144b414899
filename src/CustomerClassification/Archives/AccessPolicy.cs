using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// Who may do what (岗位权限) in an account set: administrators, who may do everything, and roles, each with its members,
/// rights (<see cref="AccessRight"/>), the kinds of change request it may approve and a data scope (数据权限); and which
/// changes need a change request (<see cref="RequestPolicy"/>). A user's rights are those of their roles, each within
/// that role's scope. Saved with the account set. Immutable.
/// </summary>
public sealed class AccessPolicy
{
    private static readonly string[] RightNames = ["maintainCategories", "editCustomers", "reclassify", "changeProfiles", "changeCredit", "approve", "import", "export", "applyRules"];

    // The canonical names of the credit fields, as the log writes them: a set lookup per logged change.
    private static readonly HashSet<string> CreditFields = new(CustomerFields.All.Where(f => f.IsCredit).Select(f => f.Name), StringComparer.Ordinal);

    private readonly HashSet<string> _administrators;

    /// <summary>Creates a policy.</summary>
    /// <param name="administrators">The users who may do everything (but never approve their own requests).</param>
    /// <param name="roles">The roles, their names unique.</param>
    /// <param name="requests">Which changes need a request; null for none.</param>
    /// <exception cref="ArgumentNullException">A list is null or holds null.</exception>
    /// <exception cref="ArgumentException">An administrator's name is blank or not plain text, or two roles share a name.</exception>
    public AccessPolicy(IEnumerable<string> administrators, IEnumerable<AccessRole> roles, RequestPolicy? requests = null)
    {
        Administrators = Guard.Against.Null(administrators).Select(a => UserName(a, nameof(administrators))).Distinct(StringComparer.Ordinal).ToArray();
        _administrators = new HashSet<string>(Administrators, StringComparer.Ordinal);
        var list = Guard.Against.Null(roles).ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(roles), "A role is null.");
        }

        if (list.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Messages.Format("RoleNamedTwice", twice.Key), nameof(roles));
        }

        Roles = list;
        Requests = requests ?? RequestPolicy.None;
    }

    /// <summary>Gets the administrators, each once.</summary>
    public IReadOnlyList<string> Administrators { get; }

    /// <summary>Gets the roles, in the order given.</summary>
    public IReadOnlyList<AccessRole> Roles { get; }

    /// <summary>Gets which changes need a change request.</summary>
    public RequestPolicy Requests { get; }

    /// <summary>Gets the camelCase name of a right, as policy files write it (<c>reclassify</c>).</summary>
    /// <param name="right">The right.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is not a right.</exception>
    public static string NameOf(AccessRight right) =>
        right is >= AccessRight.MaintainCategories and <= AccessRight.ApplyRules ? RightNames[(int)right - 1] : throw new ArgumentOutOfRangeException(nameof(right), right, null);

    /// <summary>Gets what a right allows, in the current UI language (<c>调整客户分类</c>, <c>reclassify customers</c>), for people to read.</summary>
    /// <param name="right">The right.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is not a right.</exception>
    public static string TextOf(AccessRight right)
    {
        NameOf(right);
        return RightText(right);
    }

    /// <summary>Reads a right from its camelCase name (ignoring case).</summary>
    /// <param name="text">The name, such as <c>editCustomers</c>.</param>
    /// <returns>The right, or the problem naming every right.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<AccessRight> ParseRight(string text)
    {
        var index = Array.FindIndex(RightNames, n => string.Equals(n, Guard.Against.Null(text).Trim(), StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? ParseResult<AccessRight>.Ok((AccessRight)(index + 1)) : ParseResult<AccessRight>.Fail(Messages.Format("UnknownRightName", text, string.Join(", ", RightNames)));
    }

    /// <summary>Tells whether a user is an administrator.</summary>
    /// <param name="user">The user.</param>
    /// <returns>True for an administrator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public bool IsAdministrator(string user) => _administrators.Contains(Guard.Against.Null(user).Trim());

    /// <summary>Gets the roles a user holds.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The roles, in policy order; empty for a user the policy does not name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public IReadOnlyList<AccessRole> RolesOf(string user)
    {
        var name = Guard.Against.Null(user).Trim();
        return Roles.Where(r => r.Members.Contains(name, StringComparer.Ordinal)).ToArray();
    }

    /// <summary>Tells whether the policy knows a user: an administrator or a member of a role.</summary>
    /// <param name="user">The user.</param>
    /// <returns>True when known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public bool IsKnown(string user) => IsAdministrator(user) || RolesOf(user).Count > 0;

    /// <summary>Tells whether a user has a right in some scope (an administrator has every right).</summary>
    /// <param name="user">The user.</param>
    /// <param name="right">The right.</param>
    /// <returns>True when they have it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public bool Can(string user, AccessRight right) => IsAdministrator(user) || RolesOf(user).Any(r => r.Has(right));

    /// <summary>Refuses an operation a user has no right to, such as an import or an export.</summary>
    /// <param name="user">The user.</param>
    /// <param name="right">The right the operation needs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.AccessDenied"/>, naming the user and the operation.</exception>
    public void Demand(string user, AccessRight right)
    {
        if (!Can(user, right))
        {
            throw new ClassificationException(ClassificationErrorCode.AccessDenied, Denied(user, right));
        }
    }

    /// <summary>Tells whether a user sees a customer: an administrator sees every one, a member a customer in the scope of one of their roles.</summary>
    /// <param name="user">The user.</param>
    /// <param name="customer">The customer.</param>
    /// <returns>True when in their scope.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool Sees(string user, Customer customer)
    {
        Guard.Against.Null(customer);
        return ScopeOf(user)(customer);
    }

    /// <summary>
    /// Gets a user's data scope as a test of customers, their roles looked up once: for a pass over many customers (a
    /// classification, an export) where <see cref="Sees"/> would look them up per customer. An administrator sees every one.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns>The test: true for a customer in the scope of one of the user's roles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public Func<Customer, bool> ScopeOf(string user)
    {
        if (SeesEverything(user))
        {
            return static _ => true;
        }

        var scopes = RolesOf(user).Select(r => r.Scope).ToArray();
        return customer =>
        {
            // A loop, not LINQ: called once per customer of a pass.
            foreach (var scope in scopes)
            {
                if (scope.Allows(customer))
                {
                    return true;
                }
            }

            return false;
        };
    }

    /// <summary>Tells whether a user sees every customer: an administrator, or a member of a role with an unrestricted scope.</summary>
    /// <param name="user">The user.</param>
    /// <returns>True when nothing is hidden from them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public bool SeesEverything(string user) => IsAdministrator(user) || RolesOf(user).Any(r => r.Scope.IsUnrestricted);

    /// <summary>
    /// Checks what a user changed between two snapshots of one archive — the entries the later one's log holds beyond the
    /// earlier one's — as <see cref="CustomerArchive.Apply(ChangeBatch, string, AccessPolicy)"/> checks a batch: for a host that
    /// changes a working copy and saves it only when the user was allowed to.
    /// </summary>
    /// <param name="user">The user who made the changes.</param>
    /// <param name="before">The archive before.</param>
    /// <param name="after">The archive after, its log continuing the one before.</param>
    /// <returns>Every <see cref="ClassificationErrorCode.AccessDenied"/> and <see cref="ClassificationErrorCode.RequestRequired"/> violation; empty when allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<Violation> Check(string user, ArchiveSnapshot before, ArchiveSnapshot after)
    {
        Guard.Against.Null(user);
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        return Check(user.Trim(), after.ChangeLog.Skip(before.ChangeLog.Count), before.Find, after.Find, static (role, right) => role.Has(right), direct: true);
    }

    /// <summary>The right a logged operation needs; null for a request's own entries.</summary>
    internal static AccessRight? RightFor(ChangeOperation operation, string? field) => operation switch
    {
        ChangeOperation.CustomerReclassified => AccessRight.Reclassify,
        ChangeOperation.CustomerChanged or ChangeOperation.CustomerAdded when field is not null && CreditFields.Contains(field) => AccessRight.ChangeCredit,
        ChangeOperation.CustomerAdded or ChangeOperation.CustomerChanged or ChangeOperation.CustomerDeactivated or ChangeOperation.CustomerReactivated
            or ChangeOperation.CustomerRemoved or ChangeOperation.CustomerMerged or ChangeOperation.CustomerMarkedTransacted or ChangeOperation.CustomFieldDefined => AccessRight.EditCustomers,
        ChangeOperation.ProfileChanged => AccessRight.ChangeProfiles,
        ChangeOperation.CreditGradesChanged or ChangeOperation.CreditHeld or ChangeOperation.CreditReleased
            or ChangeOperation.TemporaryLimitGranted or ChangeOperation.CreditApproved => AccessRight.ChangeCredit,
        ChangeOperation.RequestSubmitted or ChangeOperation.RequestApproved or ChangeOperation.RequestRejected or ChangeOperation.RequestApplied => null,
        _ => AccessRight.MaintainCategories,
    };

    /// <summary>The violations of changes made by a user (see <see cref="AccessCheck"/>); the customer before from <paramref name="before"/>, an added one from <paramref name="after"/>.</summary>
    internal List<Violation> Check(string user, IEnumerable<ILoggedChange> changes, Func<string, Customer?> before, Func<string, Customer?> after, Func<AccessRole, AccessRight, bool> grants, bool direct, string denied = "AccessDeniedTo")
    {
        var check = new AccessCheck(this, user, grants, direct, denied);
        var violations = new List<Violation>();
        foreach (var change in changes)
        {
            var old = change.CustomerCode is { } code ? before(code) : null;
            var added = old is null && change.CustomerCode is { } addedCode ? after(addedCode) : null;
            if (check.Check(change, old, added) is { } violation)
            {
                violations.Add(violation);
            }
        }

        return violations;
    }

    internal static string UserName(string name, string parameter)
    {
        var trimmed = Guard.Against.NullOrWhiteSpace(name, parameter).Trim();
        return PlainText.Problem(trimmed, Messages.Get("WhatUser")) is { } problem ? throw new ArgumentException(problem, parameter) : trimmed;
    }

    internal static string RightText(AccessRight right) => Messages.Get("Right" + right);

    private static string Denied(string user, AccessRight right) => Messages.Format("AccessDenied", user, RightText(right));

    internal static string Subject(ILoggedChange change) => change.CustomerCode is { } code
        ? Messages.Format("SubjectCustomer", code)
        : change.CategoryCode is { } category && change.Dimension is { } dimension
            ? Messages.Format("SubjectCategory", Messages.Dimension(dimension), category)
            : Messages.Get("SubjectArchive");

    internal bool NeedsRequest(ILoggedChange change, AccessRight right, Customer? old) =>
        Requests.Rights.Contains(right)
        || (Requests.ReclassifyTransacted && change.Operation == ChangeOperation.CustomerReclassified && old is { HasTransactions: true })
        || (Requests.CreditLimitAbove is { } limit && string.Equals(change.Field, CustomerFields.Get("creditLimit").Name, StringComparison.Ordinal)
            && decimal.TryParse(change.After, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > limit)
        || (Requests.CategoryLifecycle && change.Operation is ChangeOperation.CategoryAdded or ChangeOperation.CategoryRemoved or ChangeOperation.CategoryDisabled
            or ChangeOperation.CategoryEnabled or ChangeOperation.CategoryMerged or ChangeOperation.CategorySplit or ChangeOperation.CategoryMoved);
}
