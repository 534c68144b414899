using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>The upkeep of a transaction's copy-on-write indexes: trees, category and mnemonic groups, tax ids, and the change log of a replaced customer.</summary>
internal sealed partial class ArchiveTransaction
{
    private Category? TryOnTree(string dimension, Func<CategoryTreeBuilder, Category> change)
    {
        if (!_treeBuilders.TryGetValue(dimension, out var builder))
        {
            // The checks of later operations read the tree being built.
            builder = _trees[dimension].ToBuilder();
            _treeBuilders.Add(dimension, builder);
            _trees[dimension] = builder.Current;
        }

        try
        {
            return change(builder);
        }
        catch (ClassificationException e)
        {
            Fail(e.ErrorCode, e.Message, e.Code, e.RelatedCode);
            return null;
        }
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
        _stored = (old, updated);
        var code = (old ?? updated)!.Code;
        _inOrder = old is null && updated is not null && _inOrder is { } added && (added.Count == 0 || string.CompareOrdinal(added[^1].Code, code) < 0) ? added : null;
        _inOrder?.Add(updated!);
        if (updated is null)
        {
            _customers.Remove(code);
        }
        else if (old is null)
        {
            _customers.Add(code, updated);
        }
        else
        {
            _customers.Set(code, updated);
        }

        IndexGroups(old, updated, code);
        IndexTaxId(old, updated, code);
        NoteGroupChange(old, updated);
    }

    // Moves the customer between category and mnemonic groups, only where its place changed.
    private void IndexGroups(Customer? old, Customer? updated, string code)
    {
        // Groups hold the customers themselves, so every group the customer is in takes its new version. An index, not
        // foreach: the read-only list's enumerator is an object, one per customer of a million-customer load.
        var dimensions = Settings.DimensionNamesInUse;
        for (var i = 0; i < dimensions.Count; i++)
        {
            var dimension = dimensions[i];
            Regroup(Members(dimension), old?.CodeIn(dimension), updated?.CodeIn(dimension), Entry(null, old), Entry(null, updated));
        }

        if (_mnemonics is null)
        {
            return;
        }

        Regroup(
            _mnemonics,
            old?.MnemonicCode is { } before ? ArchiveSnapshot.MnemonicGroupOf(before) : null,
            updated?.MnemonicCode is { } after ? ArchiveSnapshot.MnemonicGroupOf(after) : null,
            Entry(old?.MnemonicCode, old),
            Entry(updated?.MnemonicCode, updated));
    }

    private static CustomerGroups.Entry? Entry(string? key, Customer? customer) => customer is null ? null : new CustomerGroups.Entry(key, customer);

    private static void Regroup(CustomerGroups.Builder groups, string? before, string? after, CustomerGroups.Entry? old, CustomerGroups.Entry? now)
    {
        var moved = !string.Equals(before, after, StringComparison.Ordinal);
        if (before is not null && moved)
        {
            groups.Remove(before, old!.Value);
        }

        if (after is not null)
        {
            groups.Put(after, now!.Value, moved ? null : old);
        }
    }

    // Customers sharing a tax id are kept as one sorted array per tax id in the snapshot; within a transaction each
    // touched group is a sorted list of its own, copied once and written back at commit, so that a batch adding many
    // customers with one tax id does not copy and sort the group on every add.
    private void IndexTaxId(Customer? old, Customer? updated, string code)
    {
        if (_taxIds is not { } taxIds)
        {
            return;
        }

        if (old?.TaxId is { } oldTaxId && oldTaxId != updated?.TaxId)
        {
            var group = TaxIdGroup(taxIds, oldTaxId.Value);
            if (group.BinarySearch(code, StringComparer.Ordinal) is var at and >= 0)
            {
                group.RemoveAt(at);
            }
        }

        if (updated?.TaxId is { } newTaxId && newTaxId != old?.TaxId)
        {
            // Most tax ids belong to one customer: such a group needs no list of its own.
            if (!_taxIdGroups.ContainsKey(newTaxId.Value) && !taxIds.TryGetValue(newTaxId.Value, out _))
            {
                taxIds.Set(newTaxId.Value, [code]);
                return;
            }

            var group = TaxIdGroup(taxIds, newTaxId.Value);
            if (group.BinarySearch(code, StringComparer.Ordinal) is var at and < 0)
            {
                group.Insert(~at, code);
            }
        }
    }

    private List<string> TaxIdGroup(BucketMap<string[]>.Builder taxIds, string taxId)
    {
        if (!_taxIdGroups.TryGetValue(taxId, out var group))
        {
            group = taxIds.TryGetValue(taxId, out var existing) ? [.. existing] : [];
            _taxIdGroups.Add(taxId, group);
        }

        return group;
    }

    // Writes the groups a transaction touched back into the tax-id index.
    private void FlushTaxIdGroups()
    {
        if (_taxIds is null)
        {
            return;
        }

        foreach (var pair in _taxIdGroups)
        {
            if (pair.Value.Count == 0)
            {
                _taxIds.Remove(pair.Key);
            }
            else
            {
                _taxIds.Set(pair.Key, pair.Value.ToArray());
            }
        }

        _taxIdGroups.Clear();
    }
}
