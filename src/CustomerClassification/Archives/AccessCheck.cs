using System.Collections.Generic;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// One user's changes checked against an access policy, change by change (inline as a transaction logs them, or over a
/// request's changes): each needs a role that grants its right (has it, approves its kind, or only sees it) whose scope
/// holds the customer (as it was, or as added), the category it moves into, or the category; a direct change the request
/// policy routes through a request is refused too. One violation per customer or category and right.
/// </summary>
internal sealed class AccessCheck
{
    private readonly AccessPolicy _policy;
    private readonly string _user;
    private readonly IReadOnlyList<AccessRole> _roles;
    private readonly Func<AccessRole, AccessRight, bool> _grants;
    private readonly bool _direct;
    private readonly string _denied;
    private readonly bool _administrator;
    private readonly HashSet<(string?, string?, AccessRight)> _reported = [];
    private bool _unknownReported;

    public AccessCheck(AccessPolicy policy, string user, Func<AccessRole, AccessRight, bool> grants, bool direct, string denied)
    {
        _policy = policy;
        _user = user;
        _roles = policy.RolesOf(user);
        _grants = grants;
        _direct = direct;
        _denied = denied;
        _administrator = policy.IsAdministrator(user);
    }

    /// <summary>The violation of one change, or null; <paramref name="old"/> is the customer before it, <paramref name="added"/> the customer it adds.</summary>
    public Violation? Check(ILoggedChange change, Customer? old, Customer? added)
    {
        if (_administrator || AccessPolicy.RightFor(change.Operation, change.Field) is not { } right)
        {
            return null;
        }

        if (_roles.Count == 0)
        {
            // A user the policy does not know: said once.
            return _unknownReported ? null : Once(new Violation(ClassificationErrorCode.AccessDenied, Messages.Format("UnknownUser", _user)));
        }

        if (!Granted(right, change, old, added))
        {
            return _reported.Add((change.CustomerCode, change.CategoryCode, right))
                ? new Violation(ClassificationErrorCode.AccessDenied, Messages.Format(_denied, _user, AccessPolicy.RightText(right), AccessPolicy.Subject(change)), code: change.CustomerCode ?? change.CategoryCode, field: change.Field)
                : null;
        }

        return _direct && _policy.NeedsRequest(change, right, old) && _reported.Add((change.CustomerCode, change.CategoryCode, right))
            ? new Violation(ClassificationErrorCode.RequestRequired, Messages.Format("RequestRequired", _user, AccessPolicy.RightText(right), AccessPolicy.Subject(change)), code: change.CustomerCode ?? change.CategoryCode, field: change.Field)
            : null;
    }

    private Violation Once(Violation violation)
    {
        _unknownReported = true;
        return violation;
    }

    // A loop, not LINQ: a batch of 100,000 changes is checked change by change.
    private bool Granted(AccessRight right, ILoggedChange change, Customer? old, Customer? added)
    {
        foreach (var role in _roles)
        {
            if (_grants(role, right) && Covers(role.Scope, change, old, added))
            {
                return true;
            }
        }

        return false;
    }

    // A customer as it was (a change other than a reclassification keeps its categories; a reclassification's target is
    // checked on its own) or as added; a category (and the one it came from); for the settings and the default profile only
    // a scope that restricts nothing.
    private static bool Covers(DataScope scope, ILoggedChange change, Customer? old, Customer? added)
    {
        if (change.CustomerCode is not null)
        {
            return ((old ?? added) is not { } customer || scope.Allows(customer))
                && (change.After is null || !IsDimension(change) || scope.AllowsCategory(change.Dimension!, change.After));
        }

        if (change.CategoryCode is { } category && change.Dimension is { } dimension)
        {
            return scope.AllowsCategory(dimension, category)
                && (change.Operation is not (ChangeOperation.CategoryMoved or ChangeOperation.CategoryMerged) || change.Before is null || scope.AllowsCategory(dimension, change.Before));
        }

        return scope.IsUnrestricted;
    }

    // A reclassification, or an added customer's category in a dimension.
    private static bool IsDimension(ILoggedChange change) =>
        change.Operation is ChangeOperation.CustomerReclassified or ChangeOperation.CustomerAdded && change.Dimension is not null;
}
