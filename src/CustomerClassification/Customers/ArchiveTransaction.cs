using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Coding;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Customers;

/// <summary>
/// One unit of change to a customer archive: runs operations against a private copy-on-write view of a
/// snapshot, collects every violation and the change-log entries, and yields the next snapshot. Each
/// operation checks everything before it changes anything, so a refused operation leaves no trace.
/// </summary>
internal sealed class ArchiveTransaction
{
    private readonly ArchiveSnapshot _start;
    private readonly string _actor;
    private readonly Instant _now;
    private readonly DataScope _scope;
    private readonly BucketMap<Customer>.Builder _customers;
    private readonly Dictionary<string, CategoryTree> _trees;
    private readonly HashSet<string> _ownedTrees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomerGroups.Builder> _members = new(StringComparer.Ordinal);
    private readonly CustomerGroups.Builder _mnemonics;
    private readonly BucketMap<string[]>.Builder _taxIds;
    private readonly List<ChangeLogEntry> _entries = [];
    private readonly List<Violation> _violations = [];
    private int _position;

    public ArchiveTransaction(ArchiveSnapshot start, string actor, Instant now, DataScope scope)
    {
        _start = start;
        _actor = actor;
        _now = now;
        _scope = scope;
        _customers = start.Customers.ToBuilder();
        _trees = start.Trees.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        _mnemonics = start.Mnemonics.ToBuilder();
        _taxIds = start.TaxIds.ToBuilder();
    }

    public IReadOnlyList<Violation> Violations => _violations;

    public IReadOnlyList<ChangeLogEntry> Entries => _entries;

    /// <summary>Gets what the last operation produced, for the single-operation methods of the archive.</summary>
    public object? Result { get; private set; }

    private ArchiveSettings Settings => _start.Settings;

    public void Run(Action<ArchiveTransaction> operation)
    {
        _position++;
        Result = null;
        operation(this);
    }

    /// <summary>Builds the new snapshot and appends the transaction's entries (or, when restoring a saved archive, its saved log) to the store.</summary>
    public ArchiveSnapshot Commit(ChangeLogStore store, IReadOnlyList<ChangeLogEntry>? savedLog = null)
    {
        var members = _start.Members.ToDictionary(
            p => p.Key,
            p => _members.TryGetValue(p.Key, out var builder) ? builder.ToImmutable() : p.Value,
            StringComparer.Ordinal);
        foreach (var name in _ownedTrees)
        {
            _trees[name].Freeze();
        }

        var customers = _customers.ToImmutable();
        var mnemonics = _mnemonics.ToImmutable();
        var taxIds = _taxIds.ToImmutable();

        // Appended last, once nothing else can fail, so the store never holds entries of an unpublished snapshot.
        store.Append(savedLog ?? _entries);
        return new ArchiveSnapshot(Settings, customers, _trees, members, mnemonics, taxIds, new ChangeLog(store, store.Count));
    }

    public void AddCustomer(Customer customer)
    {
        if (_customers.TryGetValue(customer.Code, out _))
        {
            Fail(ClassificationErrorCode.DuplicateCustomerCode, $"Customer '{customer.Code}' already exists.", customer.Code, field: CustomerFields.Code.Name);
            return;
        }

        var added = customer;
        if (!Check(added))
        {
            return;
        }

        Store(null, added);
        Log(ChangeOperation.CustomerAdded, added.Code, after: added.Name);
        Result = added;
    }

    public void UpdateCustomer(string code, Func<Customer, Customer> change, LockOverride? lockOverride, string? reason)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        var changed = change(old) ?? throw new ArgumentException("The change returned null instead of a customer.", nameof(change));
        if (!string.Equals(changed.Code, old.Code, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CustomerCodeChanged, $"Customer '{code}' cannot change its code to '{changed.Code}'.", code, changed.Code, CustomerFields.Code.Name);
            return;
        }

        var updated = changed.HasTransactions == old.HasTransactions ? changed : changed with { HasTransactions = old.HasTransactions };
        var locked = Locked(old, updated, lockOverride);
        if (!Check(updated) || locked)
        {
            return;
        }

        Replace(old, updated, lockOverride?.Reason ?? reason?.Trim());
        Result = updated;
    }

    public void Deactivate(string code, LocalDate date)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.DeactivatedOn is { } since)
        {
            Fail(ClassificationErrorCode.CustomerAlreadyDeactivated, $"Customer '{code}' is deactivated since {Iso(since)}.", code);
            return;
        }

        if (old.DevelopedOn is { } developed && date < developed)
        {
            Fail(ClassificationErrorCode.DeactivatedBeforeDeveloped, $"Customer '{code}' cannot be deactivated on {Iso(date)}, before its development date {Iso(developed)}.", code, field: DeactivatedOn);
            return;
        }

        var updated = old with { DeactivatedOn = date };
        Store(old, updated);
        Log(ChangeOperation.CustomerDeactivated, code, field: DeactivatedOn, after: Iso(date));
        Result = updated;
    }

    public void Reactivate(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.DeactivatedOn is not { } since)
        {
            Fail(ClassificationErrorCode.CustomerNotDeactivated, $"Customer '{code}' is not deactivated.", code);
            return;
        }

        var updated = old with { DeactivatedOn = null };
        Store(old, updated);
        Log(ChangeOperation.CustomerReactivated, code, field: DeactivatedOn, before: Iso(since));
        Result = updated;
    }

    public void Remove(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        if (old.HasTransactions)
        {
            Fail(ClassificationErrorCode.CustomerHasTransactions, $"Customer '{code}' has transactions, so it cannot be removed.", code);
            return;
        }

        Store(old, null);
        Log(ChangeOperation.CustomerRemoved, code, before: old.Name);
        Result = old;
    }

    public void MarkTransacted(string code)
    {
        if (Existing(code) is not { } old)
        {
            return;
        }

        var updated = old;
        if (!old.HasTransactions)
        {
            updated = old with { HasTransactions = true };
            Store(old, updated);
            Log(ChangeOperation.CustomerMarkedTransacted, code, field: nameof(Customer.HasTransactions), before: "false", after: "true");
        }

        Result = updated;
    }

    public void Merge(string fromCode, string intoCode, string reason)
    {
        if (string.Equals(fromCode, intoCode, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.MergeIntoItself, $"Customer '{fromCode}' cannot be merged into itself.", fromCode);
            return;
        }

        var from = Existing(fromCode);
        var into = Existing(intoCode);
        if (from is null || into is null)
        {
            return;
        }

        if (into.DeactivatedOn is not null)
        {
            Fail(ClassificationErrorCode.MergeTargetDeactivated, $"Customer '{fromCode}' cannot be merged into '{intoCode}', which is deactivated.", fromCode, intoCode);
            return;
        }

        var kept = into with
        {
            HasTransactions = into.HasTransactions || from.HasTransactions,
            Tags = into.Tags.Concat(from.Tags).ToArray(),
            ShipToAddresses = into.ShipToAddresses.Concat(from.ShipToAddresses.Except(into.ShipToAddresses, StringComparer.Ordinal)).ToArray(),
        };
        var first = _entries.Count;
        Store(from, null);
        Log(ChangeOperation.CustomerMerged, fromCode, before: from.Name, after: intoCode, reason: reason);
        Replace(into, kept, reason);
        if (from.HasTransactions && !into.HasTransactions)
        {
            Log(ChangeOperation.CustomerMarkedTransacted, intoCode, field: nameof(Customer.HasTransactions), before: "false", after: "true", reason: reason);
        }

        Result = new MergeResult(from, kept, _entries.Skip(first).ToArray());
    }

    public void AddCategory(string dimension, string code, string name)
    {
        if (Tree(dimension) is not { } tree || !InScope(dimension, code))
        {
            return;
        }

        var parent = tree.Scheme.Fits(code) ? tree.Scheme.ParentOf(code) : null;
        if (parent is not null && Members(dimension).Get(parent).Length is var count and > 0)
        {
            Fail(ClassificationErrorCode.CategoryInUse, $"Category '{parent}' has {count} customers, so it cannot get the child '{code}': customers must stay on leaves.", code, parent);
            return;
        }

        if (NameFits(code, name) && TryOnTree(dimension, t => t.Add(code, name)) is { } added)
        {
            Log(ChangeOperation.CategoryAdded, null, dimension: dimension, categoryCode: code, after: added.Name);
            Result = added;
        }
    }

    public void RenameCategory(string dimension, string code, string name)
    {
        if (Tree(dimension) is not { } tree || !InScope(dimension, code))
        {
            return;
        }

        var before = tree.Find(code)?.Name;
        if (NameFits(code, name) && TryOnTree(dimension, t => t.Rename(code, name)) is { } renamed)
        {
            Log(ChangeOperation.CategoryRenamed, null, dimension: dimension, categoryCode: code, field: nameof(Category.Name), before: before, after: renamed.Name);
            Result = renamed;
        }
    }

    public void RemoveCategory(string dimension, string code)
    {
        if (Tree(dimension) is null || !InScope(dimension, code))
        {
            return;
        }

        if (Members(dimension).Get(code).Length is var count and > 0)
        {
            Fail(ClassificationErrorCode.CategoryInUse, $"Category '{code}' has {count} customers, so it cannot be removed.", code);
            return;
        }

        if (TryOnTree(dimension, t => t.Remove(code)) is { } removed)
        {
            Log(ChangeOperation.CategoryRemoved, null, dimension: dimension, categoryCode: code, before: removed.Name);
            Result = removed;
        }
    }

    public void MoveCustomers(string dimension, string fromLeaf, string toLeaf, LockOverride? lockOverride)
    {
        if (Tree(dimension) is not { } tree || !InScope(dimension, fromLeaf) || !InScope(dimension, toLeaf))
        {
            return;
        }

        foreach (var category in new[] { fromLeaf, toLeaf })
        {
            if (!tree.Contains(category))
            {
                Fail(ClassificationErrorCode.CategoryNotFound, $"Category '{category}' does not exist in dimension '{dimension}'.", category);
                return;
            }
        }

        if (!tree.IsLeaf(toLeaf))
        {
            Fail(ClassificationErrorCode.CategoryNotLeaf, $"Customers cannot move to category '{toLeaf}' of {dimension}: it has children.", toLeaf);
            return;
        }

        var moving = Array.ConvertAll(Members(dimension).Get(fromLeaf), entry => entry.Customer);
        var moved = moving.Select(c => c.WithCodeIn(dimension, toLeaf)).ToArray();
        var refused = false;
        for (var i = 0; i < moving.Length; i++)
        {
            refused |= Locked(moving[i], moved[i], lockOverride);
            refused |= !Check(moved[i]);
        }

        if (refused)
        {
            return;
        }

        for (var i = 0; i < moving.Length; i++)
        {
            Replace(moving[i], moved[i], lockOverride?.Reason);
        }

        Result = moved;
    }

    // Get fails at start-up if the catalogue ever renames the field.
    private static readonly string DeactivatedOn = CustomerFields.Get("deactivatedOn").Name;

    private static string Iso(LocalDate date) => FieldText.Iso(date);

    private Customer? Existing(string code)
    {
        if (!_customers.TryGetValue(code, out var customer))
        {
            Fail(ClassificationErrorCode.CustomerNotFound, $"Customer '{code}' does not exist.", code);
            return null;
        }

        if (!_scope.Allows(customer))
        {
            Fail(ClassificationErrorCode.OutsideDataScope, $"Customer '{code}' is outside your data scope.", code);
            return null;
        }

        return customer;
    }

    private bool Locked(Customer old, Customer updated, LockOverride? lockOverride)
    {
        if (!old.HasTransactions || lockOverride is not null)
        {
            return false;
        }

        var locked = false;
        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            var before = old.CodeIn(dimension);
            var after = updated.CodeIn(dimension);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Fail(
                    ClassificationErrorCode.ClassificationLocked,
                    $"Customer '{old.Code}' has transactions, so its {dimension} cannot change from '{before}' to '{after}' without an override.",
                    old.Code,
                    after);
                locked = true;
            }
        }

        return locked;
    }

    // Checks a customer against the archive's rules; records every problem.
    private bool Check(Customer customer)
    {
        var before = _violations.Count;
        var code = customer.Code;
        foreach (var dimension in customer.Dimensions.Keys)
        {
            if (Settings.SchemeOf(dimension) is null)
            {
                Fail(ClassificationErrorCode.DimensionNotFound, $"Customer '{code}' is classified in '{dimension}', which the archive does not have.", code, dimension, dimension);
            }
        }

        if (customer.RegionCode is not null && Settings.RegionScheme is null)
        {
            Fail(ClassificationErrorCode.DimensionNotFound, $"Customer '{code}' has region '{customer.RegionCode}', but the archive does not use regions.", code, customer.RegionCode, DimensionNames.Region);
        }

        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            CheckLeaf(customer, dimension);
        }

        CheckCustomFields(customer);
        if (customer.DeactivatedOn is { } deactivated && customer.DevelopedOn is { } developed && deactivated < developed)
        {
            Fail(ClassificationErrorCode.DeactivatedBeforeDeveloped, $"Customer '{code}' is deactivated on {Iso(deactivated)}, before its development date {Iso(developed)}.", code, field: DeactivatedOn);
        }

        if (!_scope.Allows(customer))
        {
            Fail(ClassificationErrorCode.OutsideDataScope, $"Customer '{code}' would be outside your data scope.", code);
        }

        return _violations.Count == before;
    }

    private void CheckLeaf(Customer customer, string dimension)
    {
        var code = customer.Code;
        var category = customer.CodeIn(dimension);
        if (category is null)
        {
            if (string.Equals(dimension, DimensionNames.Category, StringComparison.Ordinal) && Settings.CustomersClassified)
            {
                Fail(ClassificationErrorCode.CategoryRequired, $"Customer '{code}' needs a customer category: customers are classified in this archive.", code, field: DimensionNames.Category);
            }

            return;
        }

        var tree = _trees[dimension];
        if (!tree.Contains(category))
        {
            Fail(ClassificationErrorCode.CategoryNotFound, $"Customer '{code}' is in {dimension} '{category}', which does not exist.", code, category, dimension);
        }
        else if (!tree.IsLeaf(category))
        {
            Fail(ClassificationErrorCode.CategoryNotLeaf, $"Customer '{code}' is in {dimension} '{category}', which has children; customers belong to leaf categories.", code, category, dimension);
        }
    }

    private void CheckCustomFields(Customer customer)
    {
        var code = customer.Code;
        foreach (var pair in customer.CustomFields)
        {
            if (Settings.FindCustomField(pair.Key) is not { } field)
            {
                Fail(ClassificationErrorCode.CustomFieldUnknown, $"Customer '{code}' has a value for '{pair.Key}', which is not a custom field.", code, pair.Key, pair.Key);
            }
            else if (field.Type != pair.Value.Type)
            {
                Fail(ClassificationErrorCode.CustomFieldTypeMismatch, $"Custom field '{pair.Key}' of customer '{code}' holds {pair.Value.Type.ToString().ToLowerInvariant()}, not {field.Type.ToString().ToLowerInvariant()}.", code, pair.Key, pair.Key);
            }
        }

        foreach (var field in Settings.CustomFields.Where(f => f.Required && !customer.CustomFields.ContainsKey(f.Name)))
        {
            Fail(ClassificationErrorCode.CustomFieldRequired, $"Customer '{code}' needs a value for the required custom field '{field.Name}'.", code, field.Name, field.Name);
        }
    }

    private bool InScope(string dimension, string categoryCode)
    {
        if (_scope.AllowsCategory(dimension, categoryCode))
        {
            return true;
        }

        Fail(ClassificationErrorCode.OutsideDataScope, $"Category '{categoryCode}' of {dimension} is outside your data scope.", categoryCode);
        return false;
    }

    private CategoryTree? Tree(string dimension)
    {
        if (_trees.TryGetValue(dimension, out var tree))
        {
            return tree;
        }

        Fail(ClassificationErrorCode.DimensionNotFound, $"The archive has no dimension '{dimension}'.", dimension);
        return null;
    }

    private Category? TryOnTree(string dimension, Func<CategoryTree, Category> change)
    {
        if (_ownedTrees.Add(dimension))
        {
            _trees[dimension] = _trees[dimension].Clone();
        }

        try
        {
            return change(_trees[dimension]);
        }
        catch (ClassificationException e)
        {
            Fail(e.ErrorCode, e.Message, e.Code, e.RelatedCode);
            return null;
        }
    }

    // A bad name is a violation of the batch, not an exception out of it.
    private bool NameFits(string code, string name)
    {
        if (CategoryTree.IsValidName(name, code, out var error, out var message))
        {
            return true;
        }

        Fail(error, message, code, field: "name");
        return false;
    }

    private CustomerGroups.Builder Members(string dimension)
    {
        if (!_members.TryGetValue(dimension, out var builder))
        {
            builder = _start.Members[dimension].ToBuilder();
            _members.Add(dimension, builder);
        }

        return builder;
    }

    // Replaces a customer with a checked new version, recording every field that changed.
    private void Replace(Customer old, Customer updated, string? reason)
    {
        Store(old, updated);
        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            var before = old.CodeIn(dimension);
            var after = updated.CodeIn(dimension);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Log(ChangeOperation.CustomerReclassified, old.Code, dimension: dimension, categoryCode: after, field: dimension, before: before, after: after, reason: reason);
            }
        }

        foreach (var field in CustomerFields.All)
        {
            if (!field.IsLogged)
            {
                continue;
            }

            var before = field.FormatValue(old);
            var after = field.FormatValue(updated);
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Log(ChangeOperation.CustomerChanged, old.Code, field: field.Name, before: before, after: after, reason: reason);
            }
        }

        foreach (var name in old.CustomFields.Keys.Union(updated.CustomFields.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            var before = old.CustomFields.TryGetValue(name, out var b) ? b.ToString() : null;
            var after = updated.CustomFields.TryGetValue(name, out var a) ? a.ToString() : null;
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                Log(ChangeOperation.CustomerChanged, old.Code, field: "custom:" + name, before: before, after: after, reason: reason);
            }
        }
    }

    // Puts a customer's new version (or none) into every index.
    private void Store(Customer? old, Customer? updated)
    {
        var code = (old ?? updated)!.Code;
        if (updated is null)
        {
            _customers.Remove(code);
        }
        else
        {
            _customers.Set(code, updated);
        }

        IndexGroups(old, updated, code);
        IndexTaxId(old, updated, code);
    }

    // Moves the customer between category and mnemonic groups, only where its place changed.
    private void IndexGroups(Customer? old, Customer? updated, string code)
    {
        // Groups hold the customers themselves, so every group the customer is in takes its new version.
        foreach (var dimension in Settings.DimensionNamesInUse)
        {
            Regroup(Members(dimension), old?.CodeIn(dimension), updated?.CodeIn(dimension), updated, null, code);
        }

        Regroup(
            _mnemonics,
            old?.MnemonicCode is { } before ? ArchiveSnapshot.MnemonicGroupOf(before) : null,
            updated?.MnemonicCode is { } after ? ArchiveSnapshot.MnemonicGroupOf(after) : null,
            updated,
            updated?.MnemonicCode,
            code);
    }

    private static void Regroup(CustomerGroups.Builder groups, string? before, string? after, Customer? updated, string? key, string code)
    {
        if (before is not null && !string.Equals(before, after, StringComparison.Ordinal))
        {
            groups.Remove(before, code);
        }

        if (after is not null)
        {
            groups.Put(after, new CustomerGroups.Entry(key, updated!));
        }
    }

    private void IndexTaxId(Customer? old, Customer? updated, string code)
    {
        if (old?.TaxId is { } oldTaxId && oldTaxId != updated?.TaxId)
        {
            var codes = _taxIds.TryGetValue(oldTaxId.Value, out var existing) ? Array.FindAll(existing, c => !string.Equals(c, code, StringComparison.Ordinal)) : [];
            if (codes.Length == 0)
            {
                _taxIds.Remove(oldTaxId.Value);
            }
            else
            {
                _taxIds.Set(oldTaxId.Value, codes);
            }
        }

        if (updated?.TaxId is { } newTaxId && newTaxId != old?.TaxId)
        {
            // Customers sharing a tax id are rare: a small sorted array per tax id.
            var codes = _taxIds.TryGetValue(newTaxId.Value, out var existing) ? [.. existing, code] : new[] { code };
            Array.Sort(codes, StringComparer.Ordinal);
            _taxIds.Set(newTaxId.Value, codes);
        }
    }

    private void Fail(ClassificationErrorCode error, string message, string? code = null, string? relatedCode = null, string? field = null) =>
        _violations.Add(new Violation(error, message, _position, code, relatedCode, field));

    private void Log(
        ChangeOperation operation,
        string? customerCode,
        string? dimension = null,
        string? categoryCode = null,
        string? field = null,
        string? before = null,
        string? after = null,
        string? reason = null) =>
        _entries.Add(new ChangeLogEntry(_start.ChangeLog.Count + _entries.Count + 1, _now, _actor, operation, customerCode, dimension, categoryCode, field, before, after, reason));
}
