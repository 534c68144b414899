using System.Collections.Generic;
using CustomerClassification.Coding;

namespace CustomerClassification.Credit;

/// <summary>
/// Values set on some categories of a tree, inherited down it: each category gets, per value, what it sets
/// itself or else what its nearest ancestor sets. Resolved for the whole tree in one pre-order pass, since a
/// parent comes before its children.
/// </summary>
internal static class CategoryInheritance
{
    /// <summary>Resolves one merged record per category: <paramref name="merge"/>(parent's resolved, own or null, own code).</summary>
    public static Dictionary<string, TResolved> Resolve<TOwn, TResolved>(
        CategoryTree tree,
        IReadOnlyDictionary<string, TOwn> own,
        TResolved root,
        Func<TResolved, TOwn, string, TResolved> merge)
        where TOwn : class
    {
        var resolved = new Dictionary<string, TResolved>(tree.Count, StringComparer.Ordinal);
        foreach (var category in tree)
        {
            var inherited = category.ParentCode is null ? root : resolved[category.ParentCode];
            resolved.Add(category.Code, own.TryGetValue(category.Code, out var set) ? merge(inherited, set, category.Code) : inherited);
        }

        return resolved;
    }

    /// <summary>Maps each category's code to its index in a pre-order list.</summary>
    public static Dictionary<string, int> Positions(IReadOnlyList<Category> preOrder)
    {
        var position = new Dictionary<string, int>(preOrder.Count, StringComparer.Ordinal);
        for (var i = 0; i < preOrder.Count; i++)
        {
            position.Add(preOrder[i].Code, i);
        }

        return position;
    }

    /// <summary>
    /// Visits the categories of a pre-order list deepest first with the index of their parent (-1 for a
    /// root), so that adding each into its parent leaves every category holding its whole subtree.
    /// </summary>
    public static void RollUp(IReadOnlyList<Category> preOrder, Dictionary<string, int> position, Action<int, int> addIntoParent)
    {
        for (var i = preOrder.Count - 1; i >= 0; i--)
        {
            addIntoParent(i, preOrder[i].ParentCode is { } parent && position.TryGetValue(parent, out var at) ? at : -1);
        }
    }
}
