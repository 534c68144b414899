using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification.Coding;

/// <summary>
/// Builds a <see cref="CategoryTree"/> category by category, or changes a copy of one (<see cref="CategoryTree.ToBuilder"/>):
/// add, rename, remove and change the coding scheme, each checked as it is made, then <see cref="ToTree"/>. A builder is
/// not thread-safe; the trees it hands out never change, whatever it does next. It answers the tree's queries for the
/// categories so far; slices and lists it returned stay as they were after later changes.
/// </summary>
/// <example>
/// <code>
/// var builder = CategoryTree.CreateBuilder(CodingScheme.Parse("2-3"));
/// builder.Add("01", "华东区");
/// builder.Add("01001", "上海");
/// CategoryTree tree = builder.ToTree();
/// </code>
/// </example>
public sealed class CategoryTreeBuilder : IReadOnlyCollection<Category>
{
    private CategoryTree _tree;

    // Whether ToTree handed the tree out: the next change works on a copy, so the tree handed out stays as it is.
    private bool _handedOut;

    internal CategoryTreeBuilder(CategoryTree owned) => _tree = owned;

    /// <summary>Gets the coding scheme every code must fit.</summary>
    public CodingScheme Scheme => _tree.Scheme;

    /// <summary>Gets the number of categories so far.</summary>
    public int Count => _tree.Count;

    /// <summary>Gets the tree as it is being built, for the archive's checks within a transaction (never handed to a host).</summary>
    internal CategoryTree Current => _tree;

    /// <inheritdoc cref="CategoryTree.Roots"/>
    public IReadOnlyList<Category> Roots => _tree.Roots;

    /// <inheritdoc cref="CategoryTree.Find"/>
    public Category? Find(string code) => _tree.Find(code);

    /// <inheritdoc cref="CategoryTree.Get"/>
    public Category Get(string code) => _tree.Get(code);

    /// <inheritdoc cref="CategoryTree.TryGet"/>
    public bool TryGet(string code, [NotNullWhen(true)] out Category? category) => _tree.TryGet(code, out category);

    /// <inheritdoc cref="CategoryTree.Contains"/>
    public bool Contains(string code) => _tree.Contains(code);

    /// <inheritdoc cref="CategoryTree.IsLeaf"/>
    public bool IsLeaf(string code) => _tree.IsLeaf(code);

    /// <inheritdoc cref="CategoryTree.ChildrenOf"/>
    public IReadOnlyList<Category> ChildrenOf(string code) => _tree.ChildrenOf(code);

    /// <inheritdoc cref="CategoryTree.DescendantsOf"/>
    public CategorySlice DescendantsOf(string code) => _tree.DescendantsOf(code);

    /// <inheritdoc cref="CategoryTree.AncestorsOf"/>
    public IReadOnlyList<Category> AncestorsOf(string code) => _tree.AncestorsOf(code);

    /// <inheritdoc cref="CategoryTree.IsUnder"/>
    public bool IsUnder(string code, string ancestorCode) => _tree.IsUnder(code, ancestorCode);

    /// <inheritdoc cref="CategoryTree.GetEnumerator"/>
    public CategorySlice.Enumerator GetEnumerator() => _tree.GetEnumerator();

    IEnumerator<Category> IEnumerable<Category>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds a category under its parent.</summary>
    /// <param name="code">The code: fits <see cref="Scheme"/>, not yet in the tree, and its parent (the code minus its last level) is in the tree.</param>
    /// <param name="name">The name: trimmed, then not empty, at most <see cref="CategoryTree.MaxNameLength"/> characters and without control characters.</param>
    /// <returns>The new category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space, or <paramref name="name"/> is blank, too long or holds a control character.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CodeDoesNotFitScheme"/>, <see cref="ClassificationErrorCode.DuplicateCategoryCode"/>,
    /// <see cref="ClassificationErrorCode.ParentCategoryMissing"/> or <see cref="ClassificationErrorCode.CategoryDisabled"/> (the parent is disabled);
    /// the builder is unchanged.
    /// </exception>
    public Category Add(string code, string name) => Owned().AddCore(code, name);

    /// <summary>Renames a category; always allowed, whatever the category holds.</summary>
    /// <param name="code">The code of an existing category.</param>
    /// <param name="name">The new name: trimmed, then not empty, at most <see cref="CategoryTree.MaxNameLength"/> characters and without control characters.</param>
    /// <returns>The renamed category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, or <paramref name="name"/> is blank, too long or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>; the builder is unchanged.</exception>
    public Category Rename(string code, string name) => Owned().RenameCore(code, name);

    /// <summary>Sets or clears a category's description (描述).</summary>
    /// <param name="code">The code of an existing category.</param>
    /// <param name="description">The description: trimmed, at most <see cref="CategoryTree.MaxDescriptionLength"/> characters, no control character; null or blank clears it.</param>
    /// <returns>The described category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty, or <paramref name="description"/> is too long or holds a control character.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>; the builder is unchanged.</exception>
    public Category Describe(string code, string? description) => Owned().DescribeCore(code, description);

    /// <summary>
    /// Disables (停用) or enables (启用) a category. A disabled category keeps its children and customers but takes no new
    /// child (<see cref="Add"/> throws <see cref="ClassificationErrorCode.CategoryDisabled"/>); the archive refuses new
    /// customers in it too. Setting the flag it already has changes nothing.
    /// </summary>
    /// <param name="code">The code of an existing category.</param>
    /// <param name="active">True to enable, false to disable.</param>
    /// <returns>The category with the flag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>; the builder is unchanged.</exception>
    public Category SetActive(string code, bool active) => Owned().SetActiveCore(code, active);

    /// <summary>Removes a category that has no children.</summary>
    /// <param name="code">The code of an existing leaf category.</param>
    /// <returns>The removed category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.CategoryNotFound"/> or <see cref="ClassificationErrorCode.CategoryHasChildren"/>; the builder is unchanged.
    /// </exception>
    public Category Remove(string code) => Owned().RemoveCore(code);

    /// <summary>
    /// Changes the coding scheme. Allowed only when every existing code fits the new scheme and keeps the
    /// parent it has now (so every category also keeps its level); otherwise nothing changes.
    /// </summary>
    /// <param name="scheme">The new scheme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ClassificationException">
    /// <see cref="ClassificationErrorCode.SchemeChangeBreaksCodes"/>, with one violation per breaking code in code order
    /// (<see cref="ClassificationErrorCode.CodeDoesNotFitScheme"/> or <see cref="ClassificationErrorCode.CategoryParentWouldChange"/>); the builder is unchanged.
    /// </exception>
    public void ChangeScheme(CodingScheme scheme) => Owned().ChangeSchemeCore(scheme);

    /// <summary>Makes the tree of the categories so far; the builder keeps them and can go on changing (a copy).</summary>
    /// <returns>The immutable tree.</returns>
    public CategoryTree ToTree()
    {
        _handedOut = true;
        return _tree.Seal();
    }

    private CategoryTree Owned()
    {
        if (_handedOut)
        {
            _tree = _tree.Clone();
            _handedOut = false;
        }

        return _tree;
    }
}
