using System.Linq;
using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Archives;

/// <summary>The category operations of a transaction: add, rename, describe, disable, enable and remove a category, move a leaf's customers.</summary>
internal sealed partial class ArchiveTransaction
{
    public void AddCategory(string dimension, string code, string name)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || CanonicalNew(dimension, tree, code) is not { } spelled || !InScope(dimension, spelled))
        {
            return;
        }

        code = spelled;
        var parent = tree.Scheme.Fits(code) ? tree.Scheme.ParentOf(code) : null;
        if (parent is not null && Members(dimension).Get(parent).Count is var count and > 0)
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
        dimension = DimensionNames.Canonical(dimension);
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

    public void DescribeCategory(string dimension, string code, string? description)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref code) || !InScope(dimension, code))
        {
            return;
        }

        var before = tree.Find(code)?.Description;
        if (TryOnTree(dimension, t => t.Describe(code, description)) is { } described)
        {
            if (!string.Equals(before, described.Description, StringComparison.Ordinal))
            {
                Log(ChangeOperation.CategoryDescribed, null, dimension: dimension, categoryCode: code, field: "description", before: before, after: described.Description);
            }

            Result = described;
        }
    }

    public void SetCategoryActive(string dimension, string code, bool active)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref code) || !InScope(dimension, code))
        {
            return;
        }

        var was = tree.Find(code)?.IsActive;
        if (TryOnTree(dimension, t => t.SetActive(code, active)) is { } category)
        {
            if (was != active)
            {
                Log(active ? ChangeOperation.CategoryEnabled : ChangeOperation.CategoryDisabled, null, dimension: dimension, categoryCode: code, after: category.Name);
            }

            Result = category;
        }
    }

    public void RemoveCategory(string dimension, string code)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is null || !InScope(dimension, code))
        {
            return;
        }

        if (Members(dimension).Get(code).Count is var count and > 0)
        {
            Fail(ClassificationErrorCode.CategoryInUse, Messages.Format("CategoryInUse", code, count), code);
            return;
        }

        if (TryOnTree(dimension, t => t.Remove(code)) is { } removed)
        {
            // Its profile goes with it: a category added later under the same code starts with none.
            if (Profiles.Of(dimension, code).Count > 0)
            {
                ChangingProfiles().Set(dimension, code, CategoryProfile.Empty);
            }

            Log(ChangeOperation.CategoryRemoved, null, dimension: dimension, categoryCode: code, before: removed.Name);
            Result = removed;
        }
    }

    public void MoveCustomers(string dimension, string fromLeaf, string toLeaf, LockOverride? lockOverride)
    {
        dimension = DimensionNames.Canonical(dimension);
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

        if (MoveMembers(dimension, fromLeaf, toLeaf, lockOverride) is { } moved)
        {
            Result = moved;
        }
    }
}
