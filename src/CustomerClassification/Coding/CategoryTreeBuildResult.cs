using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CustomerClassification.Coding;

/// <summary>
/// The outcome of <see cref="CategoryTree.Build"/>: either the complete tree, or every problem found in
/// the rows and no tree at all. A partial tree is never returned.
/// </summary>
public sealed class CategoryTreeBuildResult
{
    internal CategoryTreeBuildResult(CategoryTree? tree, IReadOnlyList<Violation> violations)
    {
        Tree = tree;
        Violations = ReadOnly.Of(violations);
    }

    /// <summary>Gets a value indicating whether every row was valid, so that <see cref="Tree"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Tree))]
    public bool Succeeded => Tree is not null;

    /// <summary>Gets the tree holding every row, or null when any row was invalid.</summary>
    public CategoryTree? Tree { get; }

    /// <summary>
    /// Gets every problem found, in row order, each with its 1-based row number (<see cref="Violation.Position"/>),
    /// its code and its error code. Empty when <see cref="Succeeded"/> is true.
    /// </summary>
    public IReadOnlyList<Violation> Violations { get; }
}
