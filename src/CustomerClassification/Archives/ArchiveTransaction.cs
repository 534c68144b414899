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
    private ArchiveSettings? _settings;
    private ProfileBook? _profiles;
    private int _position;

    // The customer last stored, before and after, for the access check of the entries that follow.
    private (Customer? Old, Customer? New)? _stored;

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

    /// <summary>Gets the access check each logged change passes as it is written (the customer at hand), or null for none.</summary>
    public AccessCheck? Gate { get; init; }

    /// <summary>Gets whether the transaction restores saved contents, whose saved log replaces the entries it would write: it writes none.</summary>
    public bool Restoring { get; init; }

    /// <summary>Gets what the last operation produced, for the single-operation methods of the archive.</summary>
    public object? Result { get; private set; }

    // The start's, until the transaction defines a custom field.
    private ArchiveSettings Settings => _settings ?? _start.Settings;

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
        var members = Settings.DimensionNamesInUse.ToDictionary(
            d => d,
            d => _members.TryGetValue(d, out var builder) ? builder.ToImmutable() : _start.Members[d],
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
        return new ArchiveSnapshot(Settings, customers, _trees, members, mnemonics, taxIds, new ChangeLog(store, store.Count, Settings.CodeComparer), Profiles, byCode);
    }

    private static string Iso(LocalDate date) => FieldText.Iso(date);

    // The customer as the operation found it (or as it adds it) is the one it just stored: no lookup, and still in the cache.
    private void Guarded(ChangeLogEntry entry)
    {
        Customer? old = null;
        Customer? added = null;
        if (entry.CustomerCode is { } code)
        {
            if (_stored is var (storedOld, storedNew) && Settings.CodeComparer.Equals((storedOld ?? storedNew)!.Code, code))
            {
                (old, added) = (storedOld, storedOld is null ? storedNew : null);
            }
            else
            {
                old = Current(code);
            }
        }

        if (Gate!.Check(entry, old, added) is { } violation)
        {
            _violations.Add(new Violation(violation.Error, violation.Message, _position, violation.Code, violation.RelatedCode, violation.Field));
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
        string? reason = null)
    {
        if (!Restoring)
        {
            var entry = new ChangeLogEntry(_start.ChangeLog.Count + _entries.Count + 1, _now, _actor, operation, customerCode, dimension, categoryCode, field, before, after, reason);
            _entries.Add(entry);
            if (Gate is not null)
            {
                Guarded(entry);
            }
        }
    }
}
