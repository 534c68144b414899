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
        return IsAdministrator(user) || RolesOf(user).Any(r => r.Scope.Allows(customer));
    }

    /// <summary>Tells whether a user sees every customer: an administrator, or a member of a role with an unrestricted scope.</summary>
    /// <param name="user">The user.</param>
    /// <returns>True when nothing is hidden from them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public bool SeesEverything(string user) => IsAdministrator(user) || RolesOf(user).Any(r => !r.Scope.Dimensions.Any());

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
        var entries = after.ChangeLog.Skip(before.ChangeLog.Count).Select(RequestedChange.Of);
        return Check(user.Trim(), entries, before.Find, after.Find, static (role, right) => role.Has(right), direct: true);
    }

    /// <summary>The right a logged operation needs; null for a request's own entries.</summary>
    internal static AccessRight? RightFor(ChangeOperation operation, string? field) => operation switch
    {
        ChangeOperation.CustomerReclassified => AccessRight.Reclassify,
        ChangeOperation.CustomerChanged or ChangeOperation.CustomerAdded when field is not null && CustomerFields.Find(field) is { IsCredit: true } => AccessRight.ChangeCredit,
        ChangeOperation.CustomerAdded or ChangeOperation.CustomerChanged or ChangeOperation.CustomerDeactivated or ChangeOperation.CustomerReactivated
            or ChangeOperation.CustomerRemoved or ChangeOperation.CustomerMerged or ChangeOperation.CustomerMarkedTransacted or ChangeOperation.CustomFieldDefined => AccessRight.EditCustomers,
        ChangeOperation.ProfileChanged => AccessRight.ChangeProfiles,
        ChangeOperation.CreditGradesChanged or ChangeOperation.CreditHeld or ChangeOperation.CreditReleased
            or ChangeOperation.TemporaryLimitGranted or ChangeOperation.CreditApproved => AccessRight.ChangeCredit,
        ChangeOperation.RequestSubmitted or ChangeOperation.RequestApproved or ChangeOperation.RequestRejected or ChangeOperation.RequestApplied => null,
        _ => AccessRight.MaintainCategories,
    };

    /// <summary>
    /// The violations of changes made by a user (a user the policy does not know, one violation): each needs a role that
    /// grants its right (has it, approves its kind, or only sees it) whose scope holds the customer before and after, the category moved into, or the category; a direct change the
    /// request policy routes through a request is refused too. One violation per customer or category and right.
    /// </summary>
    internal List<Violation> Check(string user, IEnumerable<RequestedChange> changes, Func<string, Customer?> before, Func<string, Customer?> after, Func<AccessRole, AccessRight, bool> grants, bool direct, string denied = "AccessDeniedTo")
    {
        var violations = new List<Violation>();
        if (IsAdministrator(user))
        {
            return violations;
        }

        if (!IsKnown(user))
        {
            violations.Add(new Violation(ClassificationErrorCode.AccessDenied, Messages.Format("UnknownUser", user)));
            return violations;
        }

        var roles = RolesOf(user);
        var reported = new HashSet<(string?, string?, AccessRight)>();
        foreach (var change in changes)
        {
            if (change.Right is not { } right)
            {
                continue;
            }

            var (old, now) = change.CustomerCode is { } code ? (before(code), after(code)) : (null, null);
            if (!roles.Any(r => grants(r, right) && Covers(r.Scope, change, old, now)) && reported.Add((change.CustomerCode, change.CategoryCode, right)))
            {
                violations.Add(new Violation(ClassificationErrorCode.AccessDenied, Messages.Format(denied, user, RightText(right), Subject(change)), code: change.CustomerCode ?? change.CategoryCode, field: change.Field));
            }
            else if (direct && NeedsRequest(change, right, old) && reported.Add((change.CustomerCode, change.CategoryCode, right)))
            {
                violations.Add(new Violation(ClassificationErrorCode.RequestRequired, Messages.Format("RequestRequired", user, RightText(right), Subject(change)), code: change.CustomerCode ?? change.CategoryCode, field: change.Field));
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

    private static string Subject(RequestedChange change) => change.CustomerCode is { } code
        ? Messages.Format("SubjectCustomer", code)
        : change.CategoryCode is { } category && change.Dimension is { } dimension
            ? Messages.Format("SubjectCategory", Messages.Dimension(dimension), category)
            : Messages.Get("SubjectArchive");

    // A customer before and after (and the category it moves into), a category (and the one it came from), or — for the
    // archive's settings and default profile — only a scope that restricts nothing.
    private static bool Covers(DataScope scope, RequestedChange change, Customer? old, Customer? now)
    {
        if (change.CustomerCode is not null)
        {
            return (old is null || scope.Allows(old))
                && (now is null || ReferenceEquals(now, old) || scope.Allows(now))
                && (change.After is null || !IsDimension(change) || scope.AllowsCategory(change.Dimension!, change.After));
        }

        if (change.CategoryCode is { } category && change.Dimension is { } dimension)
        {
            return scope.AllowsCategory(dimension, category)
                && (change.Operation is not (ChangeOperation.CategoryMoved or ChangeOperation.CategoryMerged) || change.Before is null || scope.AllowsCategory(dimension, change.Before));
        }

        return !scope.Dimensions.Any();
    }

    // A reclassification, or an added customer's category in a dimension.
    private static bool IsDimension(RequestedChange change) =>
        change.Operation is ChangeOperation.CustomerReclassified or ChangeOperation.CustomerAdded && change.Dimension is not null;

    private bool NeedsRequest(RequestedChange change, AccessRight right, Customer? old) =>
        Requests.Rights.Contains(right)
        || (Requests.ReclassifyTransacted && change.Operation == ChangeOperation.CustomerReclassified && old is { HasTransactions: true })
        || (Requests.CreditLimitAbove is { } limit && string.Equals(change.Field, CustomerFields.Get("creditLimit").Name, StringComparison.Ordinal)
            && decimal.TryParse(change.After, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > limit)
        || (Requests.CategoryLifecycle && change.Operation is ChangeOperation.CategoryAdded or ChangeOperation.CategoryRemoved or ChangeOperation.CategoryDisabled
            or ChangeOperation.CategoryEnabled or ChangeOperation.CategoryMerged or ChangeOperation.CategorySplit or ChangeOperation.CategoryMoved);
}
