using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>
/// One unit of change to a customer archive: runs operations against a private copy-on-write view of a
/// snapshot, collects every violation and the change-log entries, and yields the next snapshot. Each
/// operation checks everything before it changes anything, so a refused operation leaves no trace.
/// </summary>
internal sealed partial class ArchiveTransaction
{
    // Get fails at start-up if the catalogue ever renames the field.
    private static readonly string DeactivatedOn = CustomerFields.Get("deactivatedOn").Name;
    private static readonly string HasTransactions = CustomerFields.Get("hasTransactions").Name;

    private readonly ArchiveSnapshot _start;
    private readonly string _actor;
    private readonly Instant _now;
    private readonly DataScope _scope;
    private readonly BucketMap<Customer>.Builder _customers;
    private readonly Dictionary<string, CategoryTree> _trees;
    private readonly Dictionary<string, CategoryTreeBuilder> _treeBuilders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CustomerGroups.Builder> _members = new(StringComparer.Ordinal);
    // Kept up to date only when the start's are built and it holds customers; otherwise left for the new snapshot to build when searched.
    private readonly CustomerGroups.Builder? _mnemonics;
    private readonly BucketMap<string[]>.Builder? _taxIds;
    private readonly Dictionary<string, List<string>> _taxIdGroups = new(StringComparer.Ordinal);
    private readonly List<ChangeLogEntry> _entries = [];
    private readonly List<Violation> _violations = [];

    // The customers added to an empty archive while their codes come in order (as a restore's do): the new snapshot's
    // customers by code, without a sort; null once anything else happens.
    private List<Customer>? _inOrder;
    private int _position;

    public ArchiveTransaction(ArchiveSnapshot start, string actor, Instant now, DataScope scope)
    {
        _start = start;
        _actor = actor;
        _now = now;
        _scope = scope;
        _customers = start.Customers.ToBuilder();
        _trees = start.Trees.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (start.Count > 0 && start.SearchIndexesBuilt)
        {
            _mnemonics = start.Mnemonics.ToBuilder();
            _taxIds = start.TaxIds.ToBuilder();
        }

        _inOrder = start.Count == 0 ? [] : null;
    }

    public IReadOnlyList<Violation> Violations => _violations;

    public IReadOnlyList<ChangeLogEntry> Entries => _entries;

    /// <summary>Gets whether the transaction restores saved contents, whose saved log replaces the entries it would write: it writes none.</summary>
    public bool Restoring { get; init; }

    /// <summary>Gets what the last operation produced, for the single-operation methods of the archive.</summary>
    public object? Result { get; private set; }

    private ArchiveSettings Settings => _start.Settings;

    /// <summary>Sizes the customer and tax-id indexes for this many more customers, once.</summary>
    public void Expect(int customers)
    {
        _customers.Expect(customers);
        _taxIds?.Expect(customers);
        _inOrder?.Capacity = Math.Max(_inOrder.Capacity, customers);
    }

    /// <summary>Runs one operation of a batch (see <see cref="ChangeBatch.Operations"/>).</summary>
    public void Run(object operation)
    {
        _position++;
        Result = null;
        ChangeBatch.Run(operation, this);
    }

    /// <summary>Builds the new snapshot and appends the transaction's entries (or, when restoring a saved archive, its saved log) to the store.</summary>
    public ArchiveSnapshot Commit(ChangeLogStore store, IReadOnlyList<ChangeLogEntry>? savedLog = null)
    {
        var members = _start.Members.ToDictionary(
            p => p.Key,
            p => _members.TryGetValue(p.Key, out var builder) ? builder.ToImmutable() : p.Value,
            StringComparer.Ordinal);
        foreach (var pair in _treeBuilders)
        {
            _trees[pair.Key] = pair.Value.ToTree();
        }

        var customers = _customers.ToImmutable();
        var mnemonics = _mnemonics?.ToImmutable();
        FlushTaxIdGroups();
        var taxIds = _taxIds?.ToImmutable();

        // Appended last, once nothing else can fail, so the store never holds entries of an unpublished snapshot.
        if (savedLog is null)
        {
            store.Append(_entries);
        }
        else
        {
            store.Adopt(savedLog);
        }

        var byCode = _inOrder?.Count == customers.Count ? _inOrder.ToArray() : null;
        return new ArchiveSnapshot(Settings, customers, _trees, members, mnemonics, taxIds, new ChangeLog(store, store.Count, Settings.CodeComparer), byCode);
    }

    public void AddCustomer(Customer customer)
    {
        if (_customers.TryGetValue(customer.Code, out _))
        {
            Fail(ClassificationErrorCode.DuplicateCustomerCode, Messages.Format("CustomerExists", customer.Code), customer.Code, field: CustomerFields.Code.Name);
            return;
        }

        var added = Canonical(customer);
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

        var changed = Canonical(change(old) ?? throw new ArgumentException("The change returned null instead of a customer.", nameof(change)));
        if (!string.Equals(changed.Code, old.Code, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CustomerCodeChanged, Messages.Format("CustomerCodeChanged", code, changed.Code), code, changed.Code, CustomerFields.Code.Name);
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
            Fail(ClassificationErrorCode.CustomerAlreadyDeactivated, Messages.Format("CreditDeactivated", code, Iso(since)), code);
            return;
        }

        if (old.DevelopedOn is { } developed && date < developed)
        {
            Fail(ClassificationErrorCode.DeactivatedBeforeDeveloped, Messages.Format("CannotDeactivateBeforeDeveloped", code, Iso(date), Iso(developed)), code, field: DeactivatedOn);
            return;
        }

        var updated = old with { DeactivatedOn = date };
        Store(old, updated);
        Log(ChangeOperation.CustomerDeactivated, old.Code, field: DeactivatedOn, after: Iso(date));
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
            Fail(ClassificationErrorCode.CustomerNotDeactivated, Messages.Format("NotDeactivated", code), code);
            return;
        }

        var updated = old with { DeactivatedOn = null };
        Store(old, updated);
        Log(ChangeOperation.CustomerReactivated, old.Code, field: DeactivatedOn, before: Iso(since));
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
            Fail(ClassificationErrorCode.CustomerHasTransactions, Messages.Format("HasTransactions", code), code);
            return;
        }

        Store(old, null);
        Log(ChangeOperation.CustomerRemoved, old.Code, before: old.Name);
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
            Log(ChangeOperation.CustomerMarkedTransacted, old.Code, field: HasTransactions, before: "false", after: "true");
        }

        Result = updated;
    }

    public void Merge(string fromCode, string intoCode, string reason)
    {
        if (Settings.CodeComparer.Equals(fromCode, intoCode))
        {
            Fail(ClassificationErrorCode.MergeIntoItself, Messages.Format("MergeIntoItself", fromCode), fromCode);
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
            Fail(ClassificationErrorCode.MergeTargetDeactivated, Messages.Format("MergeTargetDeactivated", fromCode, intoCode), fromCode, intoCode);
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
        Log(ChangeOperation.CustomerMerged, from.Code, before: from.Name, after: into.Code, reason: reason);
        Replace(into, kept, reason);
        if (from.HasTransactions && !into.HasTransactions)
        {
            Log(ChangeOperation.CustomerMarkedTransacted, into.Code, field: HasTransactions, before: "false", after: "true", reason: reason);
        }

        Result = new MergeResult(from, kept, _entries.Skip(first).ToArray());
    }

    public void AddCategory(string dimension, string code, string name)
    {
        if (Tree(dimension) is not { } tree || CanonicalNew(dimension, tree, code) is not { } spelled || !InScope(dimension, spelled))
        {
            return;
        }

        code = spelled;
        var parent = tree.Scheme.Fits(code) ? tree.Scheme.ParentOf(code) : null;
        if (parent is not null && Members(dimension).Get(parent).Length is var count and > 0)
        {
            Fail(ClassificationErrorCode.CategoryInUse, Messages.Format("CategoryInUseChild", parent, count, code), code, parent);
            return;
        }

        if (NameFits(code, name) && TryOnTree(dimension, t => t.Add(code, name)) is { } added)
        {
            Remember(dimension, added.Code);
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
            Log(ChangeOperation.CategoryRenamed, null, dimension: dimension, categoryCode: code, field: "name", before: before, after: renamed.Name);
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
            Fail(ClassificationErrorCode.CategoryInUse, Messages.Format("CategoryInUse", code, count), code);
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
                Fail(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotInDimension", category, Messages.Dimension(dimension)), category);
                return;
            }
        }

        if (!tree.IsLeaf(toLeaf))
        {
            Fail(ClassificationErrorCode.CategoryNotLeaf, Messages.Format("MoveToNonLeaf", toLeaf, Messages.Dimension(dimension)), toLeaf);
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

    private static string Iso(LocalDate date) => FieldText.Iso(date);

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
        string? reason = null)
    {
        if (!Restoring)
        {
            _entries.Add(new ChangeLogEntry(_start.ChangeLog.Count + _entries.Count + 1, _now, _actor, operation, customerCode, dimension, categoryCode, field, before, after, reason));
        }
    }
}
