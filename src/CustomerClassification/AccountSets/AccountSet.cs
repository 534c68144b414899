using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;

namespace CustomerClassification.AccountSets;

/// <summary>
/// A whole account set (账套) as a host keeps it: the customer archive (settings, coding schemes, every
/// dimension's category tree, the customers and the change log), the credit policies and the
/// auto-classification rules. A domain aggregate; <c>Serialization.SnapshotJson</c> saves and loads it.
/// </summary>
/// <remarks>
/// Rules are held as written and compiled against the archive when used (<see cref="RuleSet.Compile(System.Collections.Generic.IEnumerable{ClassificationRule}, ArchiveSnapshot)"/>),
/// because the archive's trees may change after they were written; the credit policies' dimension must be
/// one the archive has, since an archive's dimensions never change.
/// </remarks>
public sealed class AccountSet
{
    /// <summary>Creates an account set.</summary>
    /// <param name="archive">The customer archive.</param>
    /// <param name="creditPolicies">The credit policies; null for an empty set on 客户分类 with the default grade scale.</param>
    /// <param name="rules">The auto-classification rules, in priority-tie order; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null or <paramref name="rules"/> holds null.</exception>
    /// <exception cref="ArgumentException">Two rules have the same name.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>: the policies are set on a dimension the archive does not have.</exception>
    public AccountSet(CustomerArchive archive, CreditPolicySet? creditPolicies = null, IEnumerable<ClassificationRule>? rules = null)
    {
        Archive = Guard.Against.Null(archive);
        CreditPolicies = creditPolicies ?? new CreditPolicySet();
        var list = rules?.ToArray() ?? [];
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentNullException(nameof(rules), "A rule is null.");
        }

        if (list.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Messages.Format("RulesNamedTwice", twice.Key), nameof(rules));
        }

        if (archive.Settings.SchemeOf(CreditPolicies.Dimension) is null)
        {
            throw new ClassificationException(
                ClassificationErrorCode.DimensionNotFound,
                Messages.Format("PoliciesUnknownDimension", CreditPolicies.Dimension),
                CreditPolicies.Dimension);
        }

        Rules = new ReadOnlyCollection<ClassificationRule>(list);
    }

    /// <summary>Gets the customer archive.</summary>
    public CustomerArchive Archive { get; }

    /// <summary>Gets the credit policies.</summary>
    public CreditPolicySet CreditPolicies { get; }

    /// <summary>Gets the auto-classification rules, in the order given.</summary>
    public IReadOnlyList<ClassificationRule> Rules { get; }

    /// <summary>
    /// Gets or initialises who may do what (岗位权限, 数据权限) and which changes need a request; null when the account set has
    /// no access policy and every host user may do everything. Saved with the account set. Archive operations take it
    /// (<see cref="CustomerArchive.Apply(ChangeBatch, string, AccessPolicy)"/>, <see cref="CustomerArchive.Submit(ChangeBatch, string, string, AccessPolicy)"/>, …).
    /// </summary>
    public AccessPolicy? Access { get; init; }

    /// <summary>
    /// Gets whether this account set is a user's partial view (<see cref="SeenBy"/>): customers outside their data scope are
    /// left out, so totals over it are the user's part, not the account set's.
    /// </summary>
    public bool IsPartial { get; private init; }

    /// <summary>
    /// Returns the account set as a user sees it under its access policy (数据权限): the same when there is no policy or the
    /// user sees every customer; otherwise a copy whose archive holds only the customers in the scope of one of the user's
    /// roles (every category, profile and setting; the log entries and requests about those customers), marked
    /// <see cref="IsPartial"/>. Exports, reports, aging, analysis and classification run on it show only what the user may see.
    /// </summary>
    /// <param name="user">The user.</param>
    /// <returns>The account set the user sees.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.AccessDenied"/>: the policy does not know the user.</exception>
    public AccountSet SeenBy(string user)
    {
        Guard.Against.Null(user);
        if (Access is not { } policy || policy.SeesEverything(user))
        {
            return this;
        }

        if (!policy.IsKnown(user))
        {
            throw new ClassificationException(ClassificationErrorCode.AccessDenied, Messages.Format("UnknownUser", user.Trim()));
        }

        // A scope that hides no customer is no partial view.
        var scopes = policy.RolesOf(user).Select(r => r.Scope).ToArray();
        var sees = policy.ScopeOf(user);

        // Counted from the category index first: a scope that holds every customer needs no pass over them.
        var snapshot = Archive.Snapshot;
        return Array.Exists(scopes, s => snapshot.CountWithin(s) == snapshot.Count) || snapshot.All(sees)
            ? this
            : new AccountSet(Archive.Within(sees), CreditPolicies, Rules) { Access = policy, IsPartial = true };
    }

    /// <summary>Returns this account set with other rules, sharing the archive, the credit policies and the access policy.</summary>
    /// <param name="rules">The rules, in priority-tie order.</param>
    /// <returns>The account set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Two rules have the same name.</exception>
    public AccountSet WithRules(IEnumerable<ClassificationRule> rules) => new(Archive, CreditPolicies, Guard.Against.Null(rules)) { Access = Access };

    /// <summary>Returns this account set with other credit policies, sharing the archive, the rules and the access policy.</summary>
    /// <param name="creditPolicies">The credit policies.</param>
    /// <returns>The account set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="creditPolicies"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>: the policies are set on a dimension the archive does not have.</exception>
    public AccountSet WithCreditPolicies(CreditPolicySet creditPolicies) => new(Archive, Guard.Against.Null(creditPolicies), Rules) { Access = Access };

    /// <summary>Returns this account set with another access policy (or none), sharing the archive, policies and rules.</summary>
    /// <param name="access">The policy, or null for none.</param>
    /// <returns>The account set.</returns>
    public AccountSet WithAccess(AccessPolicy? access) => new(Archive, CreditPolicies, Rules) { Access = access };
}
