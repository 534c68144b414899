using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Archives;

/// <summary>
/// The operations that re-organise a tree with its customers: merge two categories, split a leaf, move (re-code) a
/// subtree. Each checks the tree first and names every problem; the customers it moves are then checked one by one
/// (locks, scope, the archive's rules), and any refusal refuses the whole batch.
/// </summary>
internal sealed partial class ArchiveTransaction
{
    public void MergeCategory(string dimension, string from, string into, LockOverride? lockOverride)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref from) || !Found(dimension, tree, ref into) || !InScope(dimension, from) || !InScope(dimension, into))
        {
            return;
        }

        if (tree.IsUnder(from, into) || tree.IsUnder(into, from) || string.Equals(from, into, StringComparison.Ordinal) || from.Length != into.Length)
        {
            Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("MergeNotSiblingLevel", from, into), from, into);
            return;
        }

        // Each category of the source's subtree goes to the target's category of the same place; customers stay on leaves.
        var pairs = Subtree(tree, from).Select(c => (From: c, Into: Recoded(c.Code, from, into))).ToArray();
        var refused = false;
        foreach (var (source, target) in pairs)
        {
            if (!tree.Contains(target) || (tree.IsLeaf(source.Code) && !tree.IsLeaf(target)))
            {
                Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("MergeShapeDiffers", from, into, source.Code, target), source.Code, target);
                refused = true;
            }
        }

        if (refused)
        {
            return;
        }

        var differing = pairs.SelectMany(p => Profiles.Of(dimension, p.From.Code)
                .Where(v => !CategoryProfile.SameValue(v.Value, OwnOrInherited(dimension, tree, p.Into, v.Key) ?? Profiles.Defaults[v.Key] ?? v.Key.DefaultValue))
                .Select(v => new ProfileValue(v.Key, v.Value, ProfileSource.Category(dimension, p.From.Code))))
            .ToArray();
        var moved = new List<Customer>();
        foreach (var (source, target) in pairs)
        {
            if (MoveMembers(dimension, source.Code, target, lockOverride) is not { } customers)
            {
                return;
            }

            moved.AddRange(customers);
        }

        foreach (var (source, _) in Enumerable.Reverse(pairs))
        {
            RemoveCategory(dimension, source.Code);
        }

        Log(ChangeOperation.CategoryMerged, null, dimension: dimension, categoryCode: into, before: from, after: into, reason: lockOverride?.Reason);
        Result = new CategoryMerge(moved, [.. pairs.Select(p => p.From.Code)], differing);
    }

    public void SplitCategory(string dimension, string leaf, IReadOnlyList<CategoryRow> children, IReadOnlyDictionary<string, string> assignments, string rest, LockOverride? lockOverride)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref leaf) || !InScope(dimension, leaf))
        {
            return;
        }

        var refused = false;
        if (!tree.IsLeaf(leaf))
        {
            Fail(ClassificationErrorCode.CategoryNotLeaf, Messages.Format("SplitNotLeaf", leaf), leaf);
            refused = true;
        }

        var codes = new HashSet<string>(children.Select(c => c.Code), StringComparer.Ordinal);
        foreach (var child in children.Where(c => !tree.Scheme.Fits(c.Code) || !string.Equals(tree.Scheme.ParentOf(c.Code), leaf, StringComparison.Ordinal)))
        {
            Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("SplitChildNotUnder", child.Code, leaf), child.Code, leaf);
            refused = true;
        }

        var members = Members(dimension).Get(leaf).ToArray().Select(e => e.Customer).ToArray();
        var memberCodes = new HashSet<string>(members.Select(c => c.Code), Settings.CodeComparer);
        foreach (var pair in assignments.Where(a => !codes.Contains(a.Value) || !memberCodes.Contains(a.Key)))
        {
            Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("SplitAssignmentInvalid", pair.Key, pair.Value, leaf), pair.Key, pair.Value);
            refused = true;
        }

        if (!codes.Contains(rest))
        {
            Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("SplitRestNotAChild", rest, leaf), rest, leaf);
            refused = true;
        }

        if (refused || !children.All(c => NameFits(c.Code, c.Name) && AddNode(dimension, c.Code, c.Name, ChangeOperation.CategoryAdded)))
        {
            return;
        }

        // Each customer goes where it is assigned, the rest to the named child: every one to exactly one child.
        var moved = members.Select(c => c.WithCodeIn(dimension, assignments.TryGetValue(c.Code, out var child) ? child : rest)).ToArray();
        if (MoveChecked(members, moved, lockOverride))
        {
            Log(ChangeOperation.CategorySplit, null, dimension: dimension, categoryCode: leaf, after: string.Join(", ", children.Select(c => c.Code)), reason: lockOverride?.Reason);
            Result = moved;
        }
    }

    public void MoveCategory(string dimension, string code, string newCode, LockOverride? lockOverride)
    {
        dimension = DimensionNames.Canonical(dimension);
        if (Tree(dimension) is not { } tree || !Found(dimension, tree, ref code) || !InScope(dimension, code) || !InScope(dimension, newCode))
        {
            return;
        }

        if (string.Equals(code, newCode, StringComparison.Ordinal) || newCode.StartsWith(code, StringComparison.Ordinal))
        {
            Fail(ClassificationErrorCode.CategoryReorganisationInvalid, Messages.Format("MoveIntoItself", code, newCode), code, newCode);
            return;
        }

        var nodes = Subtree(tree, code);
        // Parents first: each new category is added under its new parent, then the customers move, then the old ones go.
        if (MoveRefused(dimension, tree, nodes, code, newCode) || !nodes.All(n => AddNode(dimension, Recoded(n.Code, code, newCode), n.Name, operation: null)))
        {
            return;
        }

        var moved = new List<Customer>();
        foreach (var node in nodes)
        {
            var recoded = Recoded(node.Code, code, newCode);
            TryOnTree(dimension, t => t.Describe(recoded, node.Description));
            if (MoveMembers(dimension, node.Code, recoded, lockOverride) is not { } customers)
            {
                return;
            }

            moved.AddRange(customers);
            if (Profiles.Of(dimension, node.Code) is { Count: > 0 } profile)
            {
                ChangingProfiles().Set(dimension, recoded, profile);
                ChangingProfiles().Set(dimension, node.Code, CategoryProfile.Empty);
            }

            Log(ChangeOperation.CategoryMoved, null, dimension: dimension, categoryCode: recoded, before: node.Code, after: recoded, reason: lockOverride?.Reason);
        }

        foreach (var node in Enumerable.Reverse(nodes))
        {
            TryOnTree(dimension, t => t.SetActive(Recoded(node.Code, code, newCode), node.IsActive));
            TryOnTree(dimension, t => t.Remove(node.Code));
        }

        Result = moved.ToArray();
    }

    // Every new code of a moved subtree must fit and be free, and the new parent must be free of customers.
    private bool MoveRefused(string dimension, CategoryTree tree, Category[] nodes, string code, string newCode)
    {
        var refused = false;
        foreach (var node in nodes)
        {
            var recoded = Recoded(node.Code, code, newCode);
            if (tree.Scheme.Misfit(recoded) is { } misfit)
            {
                Fail(ClassificationErrorCode.CodeDoesNotFitScheme, Messages.Format("CodeMisfit", recoded, misfit), recoded, node.Code);
                refused = true;
            }
            else if (!string.Equals(Canonical(dimension, tree, recoded), recoded, StringComparison.Ordinal) || tree.Contains(recoded))
            {
                Fail(ClassificationErrorCode.DuplicateCategoryCode, Messages.Format("CategoryExists", recoded), recoded, node.Code);
                refused = true;
            }
        }

        if (!refused && tree.Scheme.ParentOf(newCode) is { } parent && Members(dimension).Get(parent).Count is var count and > 0)
        {
            Fail(ClassificationErrorCode.CategoryInUse, Messages.Format("CategoryInUseChild", parent, count, newCode), newCode, parent);
            refused = true;
        }

        return refused;
    }

    // A code of a subtree with the subtree's root code replaced by another.
    private static string Recoded(string code, string root, string newRoot) => newRoot + code.Remove(0, root.Length);

    // Whether the tree has the code, spelled as the tree spells it (T3 ignores case unless the settings say otherwise).
    private bool Found(string dimension, CategoryTree tree, ref string code)
    {
        code = Canonical(dimension, tree, code);
        if (tree.Contains(code))
        {
            return true;
        }

        Fail(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotInDimension", code, Messages.Dimension(dimension)), code);
        return false;
    }

    // A category and its descendants in pre-order (parents first), copied: the tree changes while they are worked on.
    private static Category[] Subtree(CategoryTree tree, string code) => [tree.Get(code), .. tree.DescendantsOf(code)];

    // A new category under its parent, logged under the operation given (none: the caller logs it).
    private bool AddNode(string dimension, string code, string name, ChangeOperation? operation)
    {
        if (TryOnTree(dimension, t => t.Add(code, name)) is not { } added)
        {
            return false;
        }

        Remember(dimension, code);
        if (operation is { } logged)
        {
            Log(logged, null, dimension: dimension, categoryCode: code, after: added.Name);
        }

        return true;
    }

    /// <summary>Moves the customers of one category to another, each checked (lock, rules); null when any is refused.</summary>
    private Customer[]? MoveMembers(string dimension, string fromCode, string toCode, LockOverride? lockOverride)
    {
        var moving = Array.ConvertAll(Members(dimension).Get(fromCode).ToArray(), entry => entry.Customer);
        var moved = Array.ConvertAll(moving, c => c.WithCodeIn(dimension, toCode));
        return MoveChecked(moving, moved, lockOverride) ? moved : null;
    }

    private bool MoveChecked(Customer[] moving, Customer[] moved, LockOverride? lockOverride)
    {
        var refused = false;
        for (var i = 0; i < moving.Length; i++)
        {
            refused |= Locked(moving[i], moved[i], lockOverride);
            refused |= !Check(moved[i]);
        }

        if (refused)
        {
            return false;
        }

        for (var i = 0; i < moving.Length; i++)
        {
            Replace(moving[i], moved[i], lockOverride?.Reason);
        }

        return true;
    }

    // What a category's customers get for a value from the categories of its dimension: its own, else its nearest ancestor's.
    private object? OwnOrInherited(string dimension, CategoryTree tree, string code, CategoryProfileField field) =>
        Profiles.Of(dimension, code)[field] ?? (tree.Get(code).ParentCode is { } parent ? OwnOrInherited(dimension, tree, parent, field) : null);
}
