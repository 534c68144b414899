using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// A customer archive as it was after one change: immutable, so a reader holding it never sees a change
/// made later, nor half of a batch. <see cref="CustomerArchive.Snapshot"/> gives the current one; a write
/// replaces it by reference. Safe to read from any number of threads.
/// </summary>
public sealed class ArchiveSnapshot : IReadOnlyCollection<Customer>
{
    private Customer[]? _byCode;
    private CustomerGroups? _mnemonics;
    private BucketMap<string[]>? _taxIds;
    private EffectiveProfiles? _effectiveProfiles;

    /// <summary>Makes a snapshot; a null mnemonic or tax-id index is built from the customers when first searched.</summary>
    internal ArchiveSnapshot(
        ArchiveSettings settings,
        BucketMap<Customer> customers,
        IReadOnlyDictionary<string, CategoryTree> trees,
        IReadOnlyDictionary<string, CustomerGroups> members,
        CustomerGroups? mnemonics,
        BucketMap<string[]>? taxIds,
        ChangeLog changeLog,
        ProfileBook profiles,
        Customer[]? byCode = null)
    {
        Profiles = profiles;
        _byCode = byCode;
        _mnemonics = mnemonics;
        _taxIds = taxIds;
        Settings = settings;
        Customers = customers;
        Trees = trees;
        Members = members;
        ChangeLog = changeLog;
    }

    /// <summary>Gets the archive's settings.</summary>
    public ArchiveSettings Settings { get; }

    /// <summary>Gets the number of customers.</summary>
    public int Count => Customers.Count;

    /// <summary>Gets the change log up to this snapshot.</summary>
    public ChangeLog ChangeLog { get; }

    internal BucketMap<Customer> Customers { get; }

    internal IReadOnlyDictionary<string, CategoryTree> Trees { get; }

    internal IReadOnlyDictionary<string, CustomerGroups> Members { get; }

    /// <summary>
    /// How many customers a scope of at most one dimension holds, counted from the category index (no customer read); null
    /// for a scope over several dimensions, whose customers only a pass over them can count.
    /// </summary>
    internal int? CountWithin(DataScope scope)
    {
        var dimensions = scope.Dimensions.ToArray();
        if (dimensions.Length == 0)
        {
            return Count;
        }

        if (dimensions.Length > 1 || !Members.TryGetValue(dimensions[0], out var members) || !Trees.TryGetValue(dimensions[0], out var tree))
        {
            return null;
        }

        var count = 0;
        foreach (var category in tree)
        {
            if (scope.AllowsCategory(dimensions[0], category.Code))
            {
                count += members.Get(category.Code).Count;
            }
        }

        return count;
    }

    internal ProfileBook Profiles { get; }

    /// <summary>
    /// This snapshot with only the customers a test keeps, built directly (no transaction): the customers in code order,
    /// each dimension's members filtered, the log entries about no customer or a kept one (adopted into a store of its
    /// own), trees, settings and profiles shared; search indexes built when first searched.
    /// </summary>
    internal ArchiveSnapshot Within(Func<Customer, bool> keep, ChangeLogStore store)
    {
        var kept = new List<Customer>();
        var hidden = new HashSet<string>(Settings.CodeComparer);
        foreach (var customer in ByCode())
        {
            if (keep(customer))
            {
                kept.Add(customer);
            }
            else
            {
                hidden.Add(customer.Code);
            }
        }

        var customers = (Settings.CaseSensitiveCodes ? BucketMap<Customer>.Empty : BucketMap<Customer>.EmptyIgnoringCase).ToBuilder();
        customers.Expect(kept.Count);
        foreach (var customer in kept)
        {
            customers.Add(customer.Code, customer);
        }

        var members = Members.ToDictionary(p => p.Key, p => p.Value.Where(e => !hidden.Contains(e.Customer.Code)), StringComparer.Ordinal);
        store.Adopt(ChangeLog.Where(e => e.CustomerCode is null || !hidden.Contains(e.CustomerCode)).ToArray());
        return new ArchiveSnapshot(Settings, customers.ToImmutable(), Trees, members, null, null, new ChangeLog(store, store.Count, Settings.CodeComparer), Profiles, [.. kept]);
    }

    /// <summary>This snapshot with other profiles and everything else shared; this one when they are the same.</summary>
    internal ArchiveSnapshot WithProfiles(ProfileBook profiles) =>
        ReferenceEquals(profiles, Profiles) ? this : new(Settings, Customers, Trees, Members, _mnemonics, _taxIds, ChangeLog, profiles, _byCode);

    /// <summary>Gets the archive's default profile: the values that apply where neither a customer nor a category sets one (over the catalogue's own defaults).</summary>
    public CategoryProfile ProfileDefaults => Profiles.Defaults;

    /// <summary>Gets the profile a category sets itself (not inherited); <see cref="CategoryProfile.Empty"/> when it sets nothing.</summary>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="categoryCode">The category's code.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public CategoryProfile ProfileOf(string dimension, string categoryCode)
    {
        dimension = DimensionNames.Canonical(Guard.Against.Null(dimension));
        Guard.Against.Null(categoryCode);
        if (!CategoriesOf(dimension).Contains(categoryCode))
        {
            throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotInDimension", categoryCode, Messages.Dimension(dimension)), categoryCode);
        }

        return Profiles.Of(dimension, categoryCode);
    }

    /// <summary>Gets the profiles the categories of a dimension set themselves, by category code (only those that set a value).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The profiles.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public IReadOnlyDictionary<string, CategoryProfile> ProfilesOf(string dimension)
    {
        dimension = DimensionNames.Canonical(Guard.Against.Null(dimension));
        CategoriesOf(dimension);
        return Profiles.Of(dimension);
    }

    /// <summary>
    /// Prepares effective profiles against this snapshot with the dimensions asked in an order the host fixes; each
    /// category is resolved once. The default order is 客户分类, then 地区分类, then the further dimensions as the settings list them.
    /// </summary>
    /// <param name="dimensionOrder">The dimensions in the order asked, or null for the default order; dimensions left out give no values.</param>
    /// <returns>The resolver.</returns>
    /// <exception cref="ArgumentException">A dimension is named twice.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>: the archive lacks a dimension of the order.</exception>
    public EffectiveProfiles EffectiveProfiles(IEnumerable<string>? dimensionOrder = null)
    {
        if (dimensionOrder is null)
        {
            return LazyInitializer.EnsureInitialized(ref _effectiveProfiles, () => new EffectiveProfiles(this, Settings.DimensionNamesInUse))!;
        }

        var order = dimensionOrder.Select(d => DimensionNames.Canonical(Guard.Against.Null(d, nameof(dimensionOrder)))).ToArray();
        if (order.GroupBy(d => d, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException(Messages.Format("DimensionTwice", twice.Key), nameof(dimensionOrder));
        }

        return new EffectiveProfiles(this, order);
    }

    /// <summary>
    /// Gets the head of a customer's group (集团客户): following its head office (客户总公司) up while there is one; the
    /// customer itself when it names none. For rolling aging and provision up by group.
    /// </summary>
    /// <param name="customerCode">The customer code.</param>
    /// <returns>The code at the top of the customer's chain of head offices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    public string HeadOfficeOf(string customerCode)
    {
        var code = Guard.Against.Null(customerCode);
        foreach (var above in HeadOfficesAbove(code))
        {
            code = above.Code;
        }

        return code;
    }

    /// <summary>The customer's head offices (客户总公司), nearest first: the one walk up a group that group checks, group exposure and roll-ups share.</summary>
    internal IEnumerable<Customer> HeadOfficesAbove(string customerCode)
    {
        // The archive refuses cycles; the bound only keeps a hand-made one from looping.
        var steps = 0;
        for (var above = Find(customerCode)?.ParentCode is { } first ? Find(first) : null; above is not null && steps++ <= Count; above = above.ParentCode is { } next ? Find(next) : null)
        {
            yield return above;
        }
    }

    /// <summary>Gets the effective profile of a customer of the archive in the default dimension order (see <see cref="EffectiveProfiles"/>).</summary>
    /// <param name="customerCode">The customer's code.</param>
    /// <returns>Every value with its source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerCode"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public EffectiveProfile EffectiveProfile(string customerCode) => EffectiveProfiles().Of(customerCode);

    /// <summary>
    /// Gets the customers by mnemonic code. Built from the customers when first needed: a restored or first-filled
    /// archive of a million customers is read by commands that never search it. Once built, transactions keep it up to date.
    /// (Two threads building it at once make equal indexes; the first published is kept.)
    /// </summary>
    internal CustomerGroups Mnemonics => LazyInitializer.EnsureInitialized(ref _mnemonics, () =>
    {
        var builder = CustomerGroups.Empty.ToBuilder();
        foreach (var customer in ByCode())
        {
            if (customer.MnemonicCode is { } mnemonic)
            {
                builder.Put(MnemonicGroupOf(mnemonic), new CustomerGroups.Entry(mnemonic, customer), old: null);
            }
        }

        return builder.ToImmutable();
    })!;

    /// <summary>Gets the codes of the customers by tax id (in code order); built when first needed, as <see cref="Mnemonics"/> is.</summary>
    internal BucketMap<string[]> TaxIds => LazyInitializer.EnsureInitialized(ref _taxIds, () =>
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var customer in ByCode())
        {
            if (customer.TaxId is { } taxId)
            {
                if (!groups.TryGetValue(taxId.Value, out var codes))
                {
                    groups.Add(taxId.Value, codes = []);
                }

                codes.Add(customer.Code);
            }
        }

        var builder = BucketMap<string[]>.Empty.ToBuilder();
        builder.Expect(groups.Count);
        foreach (var pair in groups)
        {
            builder.Set(pair.Key, [.. pair.Value]);
        }

        return builder.ToImmutable();
    })!;

    /// <summary>Gets whether the mnemonic and tax-id indexes are built, so that a transaction keeps them up to date (else they stay to be built).</summary>
    internal bool SearchIndexesBuilt => Volatile.Read(ref _mnemonics) is not null && Volatile.Read(ref _taxIds) is not null;

    /// <summary>Finds a customer by code (as <see cref="ArchiveSettings.CodeComparer"/> compares: ignoring case unless <see cref="ArchiveSettings.CaseSensitiveCodes"/>).</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>The customer, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Customer? Find(string code)
    {
        Guard.Against.Null(code);
        return Customers.TryGetValue(code, out var customer) ? customer : null;
    }

    /// <summary>Gets a customer by code (as <see cref="ArchiveSettings.CodeComparer"/> compares: ignoring case unless <see cref="ArchiveSettings.CaseSensitiveCodes"/>).</summary>
    /// <param name="code">The customer code.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CustomerNotFound"/>.</exception>
    public Customer Get(string code) =>
        Find(code) ?? throw new ClassificationException(ClassificationErrorCode.CustomerNotFound, Messages.Format("CustomerNotFound", code), code);

    /// <summary>Looks a customer up by code (as <see cref="ArchiveSettings.CodeComparer"/> compares: ignoring case unless <see cref="ArchiveSettings.CaseSensitiveCodes"/>) without throwing when it is missing.</summary>
    /// <param name="code">The customer code.</param>
    /// <param name="customer">The customer, or null.</param>
    /// <returns>True when the archive holds the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryGet(string code, [NotNullWhen(true)] out Customer? customer) => (customer = Find(code)) is not null;

    /// <summary>Finds the customers with a tax id, in code order; more than one when the archive holds duplicates.</summary>
    /// <param name="taxId">The tax id.</param>
    /// <returns>The customers; empty when none has it.</returns>
    public IReadOnlyList<Customer> FindByTaxId(TaxId taxId) =>
        TaxIds.TryGetValue(taxId.Value, out var codes) ? codes.Select(c => Find(c)!).ToArray() : [];

    /// <summary>
    /// Finds the customers whose mnemonic code (助记码) starts with a prefix, ordered by mnemonic code then
    /// customer code. A binary search in a group of customers whose codes start alike, not a scan.
    /// </summary>
    /// <param name="prefix">The prefix: ASCII letters and digits; lower case is taken as upper case.</param>
    /// <returns>The customers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is empty or holds other characters.</exception>
    public IReadOnlyList<Customer> SearchMnemonic(string prefix)
    {
        Guard.Against.Null(prefix);
        var wanted = prefix.ToUpperInvariant();
        if (!MnemonicCode.IsWellFormed(wanted))
        {
            throw new ArgumentException($"'{prefix}' is not a mnemonic code prefix: use ASCII letters and digits.", nameof(prefix));
        }

        if (wanted.Length >= MnemonicGroupLength)
        {
            return MnemonicRange(Mnemonics.Get(MnemonicGroupOf(wanted)), wanted);
        }

        // A shorter prefix spans the groups of every code that extends it up to the group length, in order.
        var result = new List<Customer>();
        foreach (var key in GroupKeysExtending(wanted))
        {
            AddCustomers(result, Mnemonics.Get(key));
        }

        return result;
    }

    /// <summary>
    /// Gets the category a customer was in on a day (历史口径), from the change log: see <see cref="CategoryHistory"/> for
    /// the rules. Reads the whole log; for many questions build a <see cref="CategoryHistory"/> once.
    /// </summary>
    /// <param name="customerCode">The customer code.</param>
    /// <param name="dimension">The dimension, or a Chinese alias.</param>
    /// <param name="date">The day.</param>
    /// <param name="zone">The zone whose calendar day a logged change counts from.</param>
    /// <returns>The category code in force on that day, or null when the customer had none or is not in the archive.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException">The archive has no such dimension (<see cref="ClassificationErrorCode.DimensionNotFound"/>).</exception>
    public string? CategoryOn(string customerCode, string dimension, NodaTime.LocalDate date, NodaTime.DateTimeZone zone) =>
        CategoryHistory.Of(this, dimension, zone).CategoryOn(customerCode, date);

    /// <summary>
    /// Gets the customers in a category of a dimension, in category pre-order then code order: a lookup per
    /// category of the subtree (a slice of the tree), not a scan of the archive.
    /// </summary>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="categoryCode">The category.</param>
    /// <param name="includeDescendants">Whether to include the customers of every category under it.</param>
    /// <returns>The customers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/> or <see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public IReadOnlyList<Customer> CustomersIn(string dimension, string categoryCode, bool includeDescendants)
    {
        dimension = DimensionNames.Canonical(dimension);
        var tree = CategoriesOf(dimension);
        Guard.Against.Null(categoryCode);
        if (!tree.Contains(categoryCode))
        {
            throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotInDimension", categoryCode, Messages.Dimension(dimension)), categoryCode);
        }

        var members = Members[dimension];
        var result = new List<Customer>();
        AddCustomers(result, members.Get(categoryCode));
        if (includeDescendants)
        {
            foreach (var category in tree.DescendantsOf(categoryCode))
            {
                AddCustomers(result, members.Get(category.Code));
            }
        }

        return result;
    }

    /// <summary>Gets the read-only category tree of a dimension.</summary>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/> or <see cref="DimensionNames.Region"/>.</param>
    /// <returns>The tree, immutable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public CategoryTree CategoriesOf(string dimension)
    {
        dimension = DimensionNames.Canonical(dimension);
        return Trees.TryGetValue(dimension, out var tree)
            ? tree
            : throw new ClassificationException(ClassificationErrorCode.DimensionNotFound, Messages.Format("NoDimension", dimension), dimension);
    }

    /// <summary>Enumerates the customers in code order (ordinal). The first enumeration of a snapshot sorts once.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Customer> GetEnumerator() => ((IEnumerable<Customer>)ByCode()).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Customers are grouped by the first characters of their mnemonic codes; a group is sorted.
    private const int MnemonicGroupLength = 3;

    private const string MnemonicCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    internal static string MnemonicGroupOf(string mnemonic) => mnemonic.Length <= MnemonicGroupLength ? mnemonic : mnemonic.Substring(0, MnemonicGroupLength);

    private static IEnumerable<string> GroupKeysExtending(string prefix)
    {
        yield return prefix;
        if (prefix.Length < MnemonicGroupLength)
        {
            foreach (var c in MnemonicCharacters)
            {
                foreach (var key in GroupKeysExtending(prefix + c))
                {
                    yield return key;
                }
            }
        }
    }

    // The group is sorted by mnemonic code: the matches are one run, from the first code not below the prefix.
    private static Customer[] MnemonicRange(EntryRun group, string prefix) =>
        [.. group.From(prefix).TakeWhile(entry => entry.Key!.StartsWith(prefix, StringComparison.Ordinal)).Select(entry => entry.Customer)];

    private static void AddCustomers(List<Customer> result, EntryRun entries) => entries.AddCustomersTo(result);

    private Customer[] ByCode()
    {
        var sorted = Volatile.Read(ref _byCode);
        if (sorted is null)
        {
            sorted = Customers.Pairs().Select(p => p.Value).ToArray();
            Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Code, b.Code));
            Volatile.Write(ref _byCode, sorted);
        }

        return sorted;
    }
}
