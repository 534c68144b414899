using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace CustomerClassification.Coding;

/// <summary>
/// A category hierarchy under one <see cref="CodingScheme"/>: the customer categories (客户分类), or the
/// tree of any other classification dimension such as regions (地区分类). A category's parent is its code
/// minus the last level, and must exist before the category is added. Immutable: make one with
/// <see cref="CreateBuilder"/> or <see cref="Build"/>, change one through <see cref="ToBuilder"/>; a customer
/// archive changes its trees through its own category operations, which check that customers stay on leaves.
/// </summary>
/// <remarks>
/// <para>
/// Because a parent code is a prefix of its children's codes, the ordinal order of the codes is the
/// pre-order (depth-first) order of the tree and every subtree is one contiguous run of it. The tree keeps
/// a hash index by code and, built lazily after a change, the pre-order array with the end of each
/// node's subtree: <see cref="Find"/> is one hash lookup, <see cref="DescendantsOf"/> is a slice of the
/// array and <see cref="AncestorsOf"/> is O(levels). A builder adds in O(1), so loading many categories one
/// by one stays linear.
/// </para>
/// <para>
/// Thread safety: a tree never changes, so any number of threads may query and enumerate it at once.
/// </para>
/// </remarks>
public sealed class CategoryTree : IReadOnlyCollection<Category>
{
    /// <summary>The longest a category name may be, in characters (Unicode code points), after trimming.</summary>
    public const int MaxNameLength = 60;

    /// <summary>The longest a category's description (描述) may be, in UTF-16 characters.</summary>
    public const int MaxDescriptionLength = 200;

    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly object _preOrderGate = new();
    private PreOrder? _preOrder;

    /// <summary>Creates an empty tree under a coding scheme.</summary>
    /// <param name="scheme">The coding scheme every code must fit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public CategoryTree(CodingScheme scheme)
    {
        Scheme = Guard.Against.Null(scheme);
    }

    /// <summary>Starts an empty tree under a coding scheme, to add categories to one by one.</summary>
    /// <param name="scheme">The coding scheme every code must fit.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static CategoryTreeBuilder CreateBuilder(CodingScheme scheme) => new(new CategoryTree(scheme));

    /// <summary>Starts a builder holding this tree's categories, to make a changed tree from; this tree does not change.</summary>
    /// <returns>The builder (O(n): the categories are copied once, without sorting).</returns>
    public CategoryTreeBuilder ToBuilder() => new(Clone());

    /// <summary>Gets the coding scheme every code fits; see <see cref="CategoryTreeBuilder.ChangeScheme"/>.</summary>
    public CodingScheme Scheme { get; private set; }

    /// <summary>Gets the number of categories.</summary>
    public int Count => _nodes.Count;

    /// <summary>Gets the level-1 categories in code order.</summary>
    public IReadOnlyList<Category> Roots
    {
        get
        {
            var preOrder = EnsurePreOrder();
            var roots = new List<Category>();
            for (var i = 0; i < preOrder.Items.Length; i = preOrder.SubtreeEnds[i])
            {
                roots.Add(preOrder.Items[i]);
            }

            return roots;
        }
    }

    /// <summary>
    /// Builds a tree from rows in any order, as read from a file. Either every row is valid and the whole
    /// tree is returned, or every problem is returned with its row number and no tree.
    /// </summary>
    /// <param name="scheme">The coding scheme every code must fit.</param>
    /// <param name="rows">The rows; row numbers in the result count from 1 in this order.</param>
    /// <returns>The tree, or the complete list of problems: a code missing, not fitting the scheme or repeated, a parent missing from the rows, a name missing, too long or holding a control character.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> or <paramref name="rows"/> is null.</exception>
    public static CategoryTreeBuildResult Build(CodingScheme scheme, IEnumerable<CategoryRow> rows)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(rows);

        var violations = CheckRows(scheme, rows, out var accepted);
        if (violations.Count > 0)
        {
            return new CategoryTreeBuildResult(null, violations.OrderBy(v => v.Position).ToArray());
        }

        var tree = new CategoryTree(scheme);
        var codes = accepted.Keys.ToArray();
        Array.Sort(codes, StringComparer.Ordinal);
        var sorted = new Node[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            // Ordinal order puts every parent before its children, so the parent node already exists.
            var code = codes[i];
            var parentCode = scheme.ParentOfFitting(code);
            var parent = parentCode is null ? null : tree._nodes[parentCode];
            sorted[i] = tree.Insert(new Category(code, accepted[code].Name, scheme.LevelOfLength(code.Length), parentCode), parent);
        }

        tree._preOrder = PreOrder.From(sorted, scheme.LevelCount);
        return new CategoryTreeBuildResult(tree, []);
    }

    // Checks every row; the rows that may become categories (first of their code, code fits) go to accepted.
    private static List<Violation> CheckRows(CodingScheme scheme, IEnumerable<CategoryRow> rows, out Dictionary<string, (int Row, string Name)> accepted)
    {
        var violations = new List<Violation>();
        accepted = new Dictionary<string, (int Row, string Name)>(StringComparer.Ordinal);
        var row = 0;
        foreach (var (code, name) in rows)
        {
            row++;
            var nameProblem = NameProblem(name, out var trimmed);
            if (string.IsNullOrWhiteSpace(code))
            {
                violations.Add(new Violation(ClassificationErrorCode.CategoryCodeRequired, $"Row {row}: the category code is missing.", row, code));
            }
            else if (scheme.Misfit(code) is { } misfit)
            {
                violations.Add(new Violation(ClassificationErrorCode.CodeDoesNotFitScheme, Messages.Format("RowMisfit", row, misfit), row, code));
            }
            else if (accepted.TryGetValue(code, out var first))
            {
                violations.Add(new Violation(ClassificationErrorCode.DuplicateCategoryCode, Messages.Format("RowCodeUsed", row, code, first.Row), row, code));
            }
            else
            {
                accepted.Add(code, (row, trimmed));
            }

            if (nameProblem is { } error)
            {
                violations.Add(new Violation(error, Messages.Format("RowProblem", row, NameProblemText(error, code)), row, code));
            }
        }

        foreach (var pair in accepted)
        {
            if (scheme.ParentOfFitting(pair.Key) is { } parent && !accepted.ContainsKey(parent))
            {
                var at = pair.Value.Row;
                violations.Add(new Violation(ClassificationErrorCode.ParentCategoryMissing, Messages.Format("ParentNotInRows", at, parent, pair.Key), at, pair.Key, parent));
            }
        }

        return violations;
    }

    // The builder's changes (documented on CategoryTreeBuilder, which alone calls them, on a tree nobody else has yet).
    internal Category AddCore(string code, string name)
    {
        Guard.Against.NullOrWhiteSpace(code);
        var trimmed = ValidName(name, code);
        if (Scheme.Misfit(code) is { } misfit)
        {
            throw new ClassificationException(ClassificationErrorCode.CodeDoesNotFitScheme, Messages.Format("CodeMisfit", code, misfit), code);
        }

        if (_nodes.ContainsKey(code))
        {
            throw new ClassificationException(ClassificationErrorCode.DuplicateCategoryCode, Messages.Format("CategoryExists", code), code);
        }

        var parentCode = Scheme.ParentOfFitting(code);
        Node? parent = null;
        if (parentCode is not null && !_nodes.TryGetValue(parentCode, out parent))
        {
            throw new ClassificationException(ClassificationErrorCode.ParentCategoryMissing, Messages.Format("ParentMissing", code, parentCode), code, parentCode);
        }

        if (parent is { Category.IsActive: false })
        {
            throw new ClassificationException(ClassificationErrorCode.CategoryDisabled, Messages.Format("CategoryDisabledChild", parentCode, code), code, parentCode);
        }

        var node = Insert(new Category(code, trimmed, Scheme.LevelOfLength(code.Length), parentCode), parent);
        _preOrder = null;
        return node.Category;
    }

    internal Category RenameCore(string code, string name) => ReplaceCore(code, c => c.WithName(ValidName(name, code)));

    internal Category DescribeCore(string code, string? description) => ReplaceCore(code, c => c.WithDescription(ValidDescription(description, code)));

    internal Category SetActiveCore(string code, bool active) => ReplaceCore(code, c => c.WithActive(active));

    // A category replaced by a changed copy of itself, in its node and the pre-order array.
    private Category ReplaceCore(string code, Func<Category, Category> change)
    {
        var node = GetNode(code);
        var renamed = change(node.Category);
        node.Category = renamed;
        if (_preOrder is { } preOrder)
        {
            // Slices handed out earlier keep the old array, so they are never changed under a reader.
            var items = (Category[])preOrder.Items.Clone();
            items[node.Position] = renamed;
            _preOrder = new PreOrder(items, preOrder.SubtreeEnds);
        }

        return renamed;
    }

    internal Category RemoveCore(string code)
    {
        var node = GetNode(code);
        if (node.ChildCount > 0)
        {
            throw new ClassificationException(ClassificationErrorCode.CategoryHasChildren, Messages.Format("CategoryHasChildren", code, node.ChildCount), code);
        }

        _nodes.Remove(code);
        if (node.Parent is { } parent)
        {
            parent.ChildCount--;
        }

        _preOrder = null;
        return node.Category;
    }

    internal void ChangeSchemeCore(CodingScheme scheme)
    {
        Guard.Against.Null(scheme);
        var violations = new List<Violation>();
        foreach (var category in this)
        {
            if (scheme.Misfit(category.Code) is { } misfit)
            {
                violations.Add(new Violation(ClassificationErrorCode.CodeDoesNotFitScheme, Messages.Format("SchemeMisfit", scheme, misfit), code: category.Code));
            }
            else if (scheme.ParentOfFitting(category.Code) is var parent && !string.Equals(parent, category.ParentCode, StringComparison.Ordinal))
            {
                violations.Add(new Violation(
                    ClassificationErrorCode.CategoryParentWouldChange,
                    Messages.Format("SchemeParentWouldChange", scheme, category.Code, parent ?? Messages.Get("NoParent"), category.ParentCode ?? Messages.Get("NoParent")),
                    code: category.Code,
                    relatedCode: parent));
            }
        }

        if (violations.Count > 0)
        {
            throw new ClassificationException(
                ClassificationErrorCode.SchemeChangeBreaksCodes,
                Messages.Format("SchemeChangeBreaks", Scheme, scheme, violations.Count),
                violations);
        }

        Scheme = scheme;
    }

    /// <summary>Readies the tree for readers (its pre-order array made) as a builder hands it out.</summary>
    internal CategoryTree Seal()
    {
        EnsurePreOrder();
        return this;
    }

    /// <summary>Copies the tree into a new writable tree, in O(n) without sorting.</summary>
    internal CategoryTree Clone()
    {
        var copy = new CategoryTree(Scheme);
        var sorted = new Node[Count];
        var i = 0;
        foreach (var category in this)
        {
            var parent = category.ParentCode is null ? null : copy._nodes[category.ParentCode];
            sorted[i++] = copy.Insert(category, parent);
        }

        copy._preOrder = PreOrder.From(sorted, Scheme.LevelCount);
        return copy;
    }

    /// <summary>Finds a category by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The category, or null when no category has that code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public Category? Find(string code)
    {
        Guard.Against.Null(code);
        return _nodes.TryGetValue(code, out var node) ? node.Category : null;
    }

    /// <summary>Gets a category by its code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public Category Get(string code) => GetNode(code).Category;

    /// <summary>Looks a category up by its code (ordinal, case-sensitive) without throwing when it is missing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>True when the tree holds the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool TryGet(string code, [NotNullWhen(true)] out Category? category) => (category = Find(code)) is not null;

    /// <summary>Tells whether a category has this code (ordinal, case-sensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when the tree holds the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code)
    {
        Guard.Against.Null(code);
        return _nodes.ContainsKey(code);
    }

    /// <summary>Tells whether a category is a leaf (末级): it has no children.</summary>
    /// <param name="code">The code of an existing category.</param>
    /// <returns>True when the category has no children.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public bool IsLeaf(string code) => GetNode(code).ChildCount == 0;

    /// <summary>Gets the direct children of a category in code order.</summary>
    /// <param name="code">The code of an existing category.</param>
    /// <returns>The children; empty for a leaf.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public IReadOnlyList<Category> ChildrenOf(string code)
    {
        var node = GetNode(code);
        if (node.ChildCount == 0)
        {
            return [];
        }

        var preOrder = EnsurePreOrder();
        var children = new Category[node.ChildCount];
        for (int k = 0, i = node.Position + 1; k < children.Length; k++, i = preOrder.SubtreeEnds[i])
        {
            children[k] = preOrder.Items[i];
        }

        return children;
    }

    /// <summary>
    /// Gets every category below a category (not the category itself) in pre-order, which is ordinal code
    /// order: a slice of the tree's pre-order array, without walking child lists or copying.
    /// </summary>
    /// <param name="code">The code of an existing category.</param>
    /// <returns>The descendants; empty for a leaf.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public CategorySlice DescendantsOf(string code)
    {
        var node = GetNode(code);
        var preOrder = EnsurePreOrder();
        var position = node.Position;
        return new CategorySlice(preOrder.Items, position + 1, preOrder.SubtreeEnds[position] - position - 1);
    }

    /// <summary>Gets the ancestors of a category, the level-1 category first, its parent last. O(levels).</summary>
    /// <param name="code">The code of an existing category.</param>
    /// <returns>The ancestors; empty for a level-1 category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/>.</exception>
    public IReadOnlyList<Category> AncestorsOf(string code)
    {
        var node = GetNode(code);
        if (node.Parent is null)
        {
            return [];
        }

        var ancestors = new Category[node.Category.Level - 1];
        var at = node.Parent;
        for (var i = ancestors.Length - 1; i >= 0; i--, at = at.Parent!)
        {
            ancestors[i] = at.Category;
        }

        return ancestors;
    }

    /// <summary>
    /// Tells whether a category is at or under another (child-of semantics: a category is under itself).
    /// A prefix test on the codes, since a subtree is the codes that start with its root's code.
    /// </summary>
    /// <param name="code">The code of an existing category.</param>
    /// <param name="ancestorCode">The code of an existing category that may be an ancestor.</param>
    /// <returns>True when <paramref name="code"/> equals <paramref name="ancestorCode"/> or is one of its descendants.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.CategoryNotFound"/> for either code.</exception>
    public bool IsUnder(string code, string ancestorCode)
    {
        GetNode(code);
        GetNode(ancestorCode);
        return code.StartsWith(ancestorCode, StringComparison.Ordinal);
    }

    /// <summary>Enumerates every category in pre-order (ordinal code order), without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public CategorySlice.Enumerator GetEnumerator()
    {
        var items = EnsurePreOrder().Items;
        return new CategorySlice(items, 0, items.Length).GetEnumerator();
    }

    /// <inheritdoc />
    IEnumerator<Category> IEnumerable<Category>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static ClassificationErrorCode? NameProblem(string? name, out string trimmed)
    {
        trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return ClassificationErrorCode.CategoryNameRequired;
        }

        if (PlainText.Problem(trimmed, string.Empty) is not null)
        {
            return ClassificationErrorCode.CategoryNameInvalid;
        }

        var codePoints = 0;
        foreach (var c in trimmed)
        {

            if (!char.IsLowSurrogate(c))
            {
                codePoints++;
            }
        }

        return codePoints > MaxNameLength ? ClassificationErrorCode.CategoryNameTooLong : null;
    }

    private static string NameProblemText(ClassificationErrorCode error, string? code) => error switch
    {
        ClassificationErrorCode.CategoryNameRequired => Messages.Format("CategoryNameMissing", code),
        ClassificationErrorCode.CategoryNameTooLong => Messages.Format("CategoryNameTooLong", code, MaxNameLength),
        _ => Messages.Format("CategoryNameControl", code),
    };

    /// <summary>Checks a category name as the tree would (not blank, not too long, no control character) without throwing, for batches.</summary>
    internal static bool IsValidName(string name, string code, out ClassificationErrorCode error, out string message)
    {
        error = NameProblem(name, out _) ?? default;
        message = error == default ? string.Empty : Messages.Format("CategoryNameInvalid", NameProblemText(error, code));
        return error == default;
    }

    /// <summary>Why a description cannot be a category's (too long, not plain text), or null when it can; blank is no description.</summary>
    internal static string? DescriptionProblem(string? description, string code)
    {
        var trimmed = description?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed!.Length > MaxDescriptionLength ? Messages.Format("CategoryDescriptionTooLong", code, MaxDescriptionLength)
            : PlainText.Problem(trimmed, Messages.Format("CategoryDescriptionOf", code));
    }

    private static string? ValidDescription(string? description, string code) =>
        DescriptionProblem(description, code) is { } problem ? throw new ArgumentException(problem, nameof(description))
        : string.IsNullOrWhiteSpace(description) ? null : description!.Trim();

    private static string ValidName(string name, string code)
    {
        Guard.Against.Null(name);
        return NameProblem(name, out var trimmed) is { } error
            ? throw new ArgumentException(Messages.Format("CategoryNameInvalid", NameProblemText(error, code)), nameof(name))
            : trimmed;
    }

    private Node Insert(Category category, Node? parent)
    {
        var node = new Node(category, parent);
        _nodes.Add(category.Code, node);
        if (parent is not null)
        {
            parent.ChildCount++;
        }

        return node;
    }

    private Node GetNode(string code)
    {
        Guard.Against.NullOrEmpty(code);
        return _nodes.TryGetValue(code, out var node)
            ? node
            : throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("CategoryNotFound", code), code);
    }

    private PreOrder EnsurePreOrder()
    {
        var current = Volatile.Read(ref _preOrder);
        if (current is not null)
        {
            return current;
        }

        // Concurrent readers may all find the index stale; one of them rebuilds it, the others wait.
        lock (_preOrderGate)
        {
            current = _preOrder;
            if (current is null)
            {
                var codes = new string[_nodes.Count];
                var nodes = new Node[_nodes.Count];
                _nodes.Keys.CopyTo(codes, 0);
                _nodes.Values.CopyTo(nodes, 0);
                Array.Sort(codes, nodes, StringComparer.Ordinal);
                current = PreOrder.From(nodes, Scheme.LevelCount);
                Volatile.Write(ref _preOrder, current);
            }

            return current;
        }
    }

    private sealed class Node(Category category, Node? parent)
    {
        public Category Category { get; set; } = category;

        public Node? Parent { get; } = parent;

        public int ChildCount { get; set; }

        // Index in the current pre-order array; valid while that array is current.
        public int Position { get; set; }
    }

    // The pre-order array and, for each index, the exclusive end of that node's subtree.
    private sealed class PreOrder(Category[] items, int[] subtreeEnds)
    {
        public Category[] Items { get; } = items;

        public int[] SubtreeEnds { get; } = subtreeEnds;

        public static PreOrder From(Node[] sorted, int levelCount)
        {
            var items = new Category[sorted.Length];
            var ends = new int[sorted.Length];

            // The open subtrees are the ancestors of the current node: at most one per level.
            var open = new int[levelCount];
            var depth = 0;
            for (var i = 0; i < sorted.Length; i++)
            {
                var node = sorted[i];
                node.Position = i;
                items[i] = node.Category;
                while (depth > 0 && sorted[open[depth - 1]] != node.Parent)
                {
                    ends[open[--depth]] = i;
                }

                open[depth++] = i;
            }

            while (depth > 0)
            {
                ends[open[--depth]] = sorted.Length;
            }

            return new PreOrder(items, ends);
        }
    }
}
