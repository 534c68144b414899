using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// The credit policies of an account set: policy values set on categories of one dimension (客户分类 by
/// default), inherited down the tree, over defaults, with the grade scale that orders credit grades.
/// Immutable: <see cref="With"/> returns a new set. Policies on codes the tree does not hold have no effect.
/// </summary>
public sealed class CreditPolicySet
{
    private readonly Dictionary<string, CreditPolicy> _policies;

    /// <summary>Creates a set with no category policies.</summary>
    /// <param name="dimension">The dimension whose categories carry the policies.</param>
    /// <param name="grades">The grade scale; <see cref="CreditGradeScale.Default"/> when null.</param>
    /// <param name="defaults">The values that apply where no category sets one; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is blank, or a default grade is not on the scale.</exception>
    public CreditPolicySet(string dimension = DimensionNames.Category, CreditGradeScale? grades = null, CreditPolicy? defaults = null)
    {
        Dimension = DimensionNames.Canonical(Guard.Against.NullOrWhiteSpace(dimension));
        Grades = grades ?? CreditGradeScale.Default;
        Defaults = defaults ?? new CreditPolicy();
        CheckGrades(Defaults, nameof(defaults));
        _policies = new Dictionary<string, CreditPolicy>(StringComparer.Ordinal);
        Policies = new ReadOnlyDictionary<string, CreditPolicy>(_policies);
    }

    /// <summary>Creates a set of the customer categories (客户分类) with default values and no category policies yet, on the default grade scale.</summary>
    /// <param name="defaults">The values that apply where no category sets one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaults"/> is null.</exception>
    /// <exception cref="ArgumentException">A default grade is not on <see cref="CreditGradeScale.Default"/>.</exception>
    public CreditPolicySet(CreditPolicy defaults)
        : this(DimensionNames.Category, defaults: Guard.Against.Null(defaults))
    {
    }

    private CreditPolicySet(CreditPolicySet original, Dictionary<string, CreditPolicy> policies)
    {
        Dimension = original.Dimension;
        Grades = original.Grades;
        Defaults = original.Defaults;
        _policies = policies;
        Policies = new ReadOnlyDictionary<string, CreditPolicy>(_policies);
    }

    /// <summary>Gets the dimension whose categories carry the policies.</summary>
    public string Dimension { get; }

    /// <summary>Gets the grade scale.</summary>
    public CreditGradeScale Grades { get; }

    /// <summary>Gets the values that apply where no category sets one.</summary>
    public CreditPolicy Defaults { get; }

    /// <summary>Gets the policies set on categories, by category code.</summary>
    public IReadOnlyDictionary<string, CreditPolicy> Policies { get; }

    /// <summary>Finds the policy set on a category itself (not inherited).</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>The policy, or null when the category sets none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    public CreditPolicy? Find(string categoryCode) => _policies.TryGetValue(Guard.Against.Null(categoryCode), out var policy) ? policy : null;

    /// <summary>Gets the policy set on a category itself (not inherited).</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The category sets no policy of its own.</exception>
    public CreditPolicy Get(string categoryCode) =>
        Find(categoryCode) ?? throw new KeyNotFoundException(Messages.Format("NoOwnPolicy", categoryCode));

    /// <summary>Looks up the policy set on a category itself without throwing when there is none.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="policy">The policy, or null.</param>
    /// <returns>True when the category sets a policy of its own.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    public bool TryGet(string categoryCode, [NotNullWhen(true)] out CreditPolicy? policy) => (policy = Find(categoryCode)) is not null;

    /// <summary>Returns a set with a policy set on (or replaced on) a category.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="policy">The values the category sets.</param>
    /// <returns>The new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="categoryCode"/> is blank, or a grade of the policy is not on the scale.</exception>
    public CreditPolicySet With(string categoryCode, CreditPolicy policy)
    {
        Guard.Against.NullOrWhiteSpace(categoryCode);
        Guard.Against.Null(policy);
        CheckGrades(policy, nameof(policy));
        return new CreditPolicySet(this, new Dictionary<string, CreditPolicy>(_policies, StringComparer.Ordinal) { [categoryCode] = policy });
    }

    /// <summary>Prepares credit checks against one snapshot of an archive, resolving every category's policy once.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <returns>The credit check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>: the archive lacks the set's dimension.</exception>
    public CreditCheck For(ArchiveSnapshot archive) => new(this, Guard.Against.Null(archive));

    private void CheckGrades(CreditPolicy policy, string parameterName)
    {
        foreach (var grade in (policy.AutoApprovedGrades ?? []).Append(policy.MinimumGrade).Where(g => g is not null))
        {
            if (!Grades.Contains(grade!))
            {
                throw new ArgumentException(Messages.Format("GradeNotOnScale", grade, Grades), parameterName);
            }
        }
    }
}
