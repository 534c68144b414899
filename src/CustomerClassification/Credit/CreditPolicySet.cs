using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Credit;

/// <summary>
/// The credit policies of an account set: the dimension whose categories the credit checks resolve once each (客户分类 by
/// default) and, for a host that writes policies in code, credit values on categories of that dimension and defaults,
/// with the grade scale they are checked against (credit checks compare grades on the archive's
/// <see cref="ArchiveSettings.CreditGrades"/>). Immutable: <see cref="With"/> returns a new set.
/// </summary>
/// <remarks>
/// The credit values themselves are the credit part of the archive's category profiles (<see cref="CategoryProfileFields"/>):
/// that is where they are kept, logged and saved. The values of a set are read as profile values of its dimension's
/// categories (and defaults) wherever the archive's profile does not set the same value on the same category; saving an
/// account set writes them into the profiles (so a saved account set's policies hold only the dimension and the scale),
/// and <see cref="ToBatch"/> writes them into an archive as logged profile changes. Policies on codes the tree does not
/// hold have no effect.
/// </remarks>
public sealed class CreditPolicySet
{
    private readonly Dictionary<string, CreditPolicy> _policies;

    // Whether the set was given a scale of its own (not the default): writing the set into an archive then sets its scale.
    private readonly bool _gradesGiven;

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
        _gradesGiven = grades is not null;
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
        _gradesGiven = original._gradesGiven;
        Defaults = original.Defaults;
        _policies = policies;
        Policies = new ReadOnlyDictionary<string, CreditPolicy>(_policies);
    }

    /// <summary>Gets the dimension whose categories carry the policies.</summary>
    public string Dimension { get; }

    /// <summary>Gets the grade scale this set's own grades are checked against; credit checks compare grades on the archive's <see cref="ArchiveSettings.CreditGrades"/>.</summary>
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

    /// <summary>
    /// The operations that write this set into an archive (logged, saved with it): the set's grade scale when it was
    /// given one (<see cref="CustomerArchive.ChangeCreditGrades"/>), then its values as profile values, each category's on
    /// that category of <see cref="Dimension"/> and the defaults as the archive's default profile. A value already set
    /// there is replaced.
    /// </summary>
    /// <returns>A batch to apply with <see cref="CustomerArchive.Apply(ChangeBatch, string)"/>; it refuses a code the archive lacks, and a scale that leaves out a grade the archive holds.</returns>
    public ChangeBatch ToBatch()
    {
        var batch = _gradesGiven ? new ChangeBatch().ChangeCreditGrades(Grades.Grades) : new ChangeBatch();
        foreach (var (code, field, value) in ProfileValues())
        {
            _ = code is null ? batch.SetDefaultProfileValue(field.Name, value) : batch.SetProfileValue(Dimension, code, field.Name, value);
        }

        return batch;
    }

    /// <summary>The archive as a credit check reads it: the set's values added to its profiles where they set nothing at the same place.</summary>
    internal ArchiveSnapshot Over(ArchiveSnapshot archive) =>
        archive.WithProfiles(archive.Profiles.Filled(Dimension, archive.CategoriesOf(Dimension), ProfileValues()));

    /// <summary>The set's values as profile values: the defaults (a null code), then each category's, in code order.</summary>
    internal IEnumerable<(string? Code, CategoryProfileField Field, object Value)> ProfileValues() =>
        from policy in new[] { new KeyValuePair<string?, CreditPolicy>(null, Defaults) }.Concat(_policies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string?, CreditPolicy>(p.Key, p.Value)))
        from value in CreditPolicy.Values
        let set = value.Get(policy.Value)
        where set is not null
        select (policy.Key, value.Field, set);

    private void CheckGrades(CreditPolicy policy, string parameterName)
    {
        // Each value as its profile value takes it (a grade is plain text of at most 100 characters), so that the set's values are always profile values.
        foreach (var (field, get, _) in CreditPolicy.Values)
        {
            if (get(policy) is { } value && field.Check(value) is { Success: false } refused)
            {
                throw new ArgumentException(refused.Problem, parameterName);
            }
        }

        foreach (var grade in (policy.AutoApprovedGrades ?? []).Append(policy.MinimumGrade).Where(g => g is not null))
        {
            if (!Grades.Contains(grade!))
            {
                throw new ArgumentException(Messages.Format("GradeNotOnScale", grade, Grades), parameterName);
            }
        }
    }
}
