using System.Collections;
using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// A customer archive seen through a data scope (数据权限): reads show only the customers in scope, and
/// changes that reach a customer or category outside it are refused with
/// <see cref="ClassificationErrorCode.OutsideDataScope"/> (a customer may not be moved out of scope either).
/// </summary>
public sealed class ScopedArchive : IEnumerable<Customer>
{
    private readonly CustomerArchive _archive;

    internal ScopedArchive(CustomerArchive archive, DataScope scope)
    {
        _archive = archive;
        Scope = scope;
    }

    /// <summary>Gets the scope.</summary>
    public DataScope Scope { get; }

    /// <summary>Finds a customer in scope by code.</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>The customer, or null when absent or outside the scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Customer? Find(string code) => _archive.Find(code) is { } customer && Scope.Allows(customer) ? customer : null;

    /// <summary>Finds the customers in scope with a tax id.</summary>
    /// <param name="taxId">The tax id.</param>
    /// <returns>The customers, in code order.</returns>
    public IReadOnlyList<Customer> FindByTaxId(TaxId taxId) => _archive.FindByTaxId(taxId).Where(Scope.Allows).ToArray();

    /// <summary>Finds the customers in scope whose mnemonic code starts with a prefix; see <see cref="ArchiveSnapshot.SearchMnemonic"/>.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <returns>The customers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not a mnemonic code prefix.</exception>
    public IReadOnlyList<Customer> SearchMnemonic(string prefix) => _archive.SearchMnemonic(prefix).Where(Scope.Allows).ToArray();

    /// <summary>Gets the customers in scope in a category; see <see cref="ArchiveSnapshot.CustomersIn"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="categoryCode">The category.</param>
    /// <param name="includeDescendants">Whether to include the categories under it.</param>
    /// <returns>The customers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public IReadOnlyList<Customer> CustomersIn(string dimension, string categoryCode, bool includeDescendants) =>
        _archive.CustomersIn(dimension, categoryCode, includeDescendants).Where(Scope.Allows).ToArray();

    /// <summary>Adds a customer, which must be in scope; see <see cref="CustomerArchive.Add"/>.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.OutsideDataScope"/> or a rule of <see cref="CustomerArchive.Add"/>. Nothing changed.</exception>
    public Customer Add(Customer customer, string actor) => (Customer)_archive.Single(new ChangeBatch().Add(customer), actor, Scope);

    /// <summary>Changes a customer in scope, which must stay in scope; see <see cref="CustomerArchive.Update"/>.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="change">Makes the changed customer.</param>
    /// <param name="actor">Who makes the change.</param>
    /// <param name="lockOverride">The override for a locked reclassification, or null.</param>
    /// <returns>The customer as stored.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="lockOverride"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="actor"/> is blank.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.OutsideDataScope"/> or a rule of <see cref="CustomerArchive.Update"/>. Nothing changed.</exception>
    public Customer Update(string code, Func<Customer, Customer> change, string actor, LockOverride? lockOverride = null) =>
        (Customer)_archive.Single(new ChangeBatch().Update(code, change, lockOverride), actor, Scope);

    /// <summary>Applies a batch within the scope, all or nothing; see <see cref="CustomerArchive.Apply(ChangeBatch, string)"/>.</summary>
    /// <param name="batch">The operations.</param>
    /// <param name="actor">Who makes the changes.</param>
    /// <returns>The violations (those outside the scope included), or the entries written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank.</exception>
    public BatchResult Apply(ChangeBatch batch, string actor) => _archive.ApplyWithin(batch, actor, Scope);

    /// <summary>Enumerates the customers in scope in code order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Customer> GetEnumerator() => _archive.Snapshot.Where(Scope.Allows).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
