namespace CustomerClassification.Coding;

/// <summary>
/// One category of a <see cref="CategoryTree"/> (a node of 客户分类 or of another classification
/// dimension). Immutable: renaming, describing, disabling or enabling a category in the tree yields a new instance.
/// Two categories are equal when all their values are equal.
/// </summary>
public sealed record Category
{
    internal Category(string code, string name, int level, string? parentCode)
    {
        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
    }

    /// <summary>Gets the code, which fits the tree's coding scheme and is unique in the tree.</summary>
    public string Code { get; }

    /// <summary>Gets the name: trimmed, not empty, at most <see cref="CategoryTree.MaxNameLength"/> characters.</summary>
    public string Name { get; private init; }

    /// <summary>Gets the 1-based level of the code under the tree's coding scheme.</summary>
    public int Level { get; }

    /// <summary>Gets the code of the parent category, or null for a level-1 category.</summary>
    public string? ParentCode { get; }

    /// <summary>Gets the description (描述), or null: trimmed, at most <see cref="CategoryTree.MaxDescriptionLength"/> characters.</summary>
    public string? Description { get; private init; }

    /// <summary>
    /// Gets a value indicating whether the category is in use (启用, the default). A disabled category (停用) keeps the
    /// customers and children it has but takes no new ones; it can be enabled again.
    /// </summary>
    public bool IsActive { get; private init; } = true;

    /// <summary>Returns the code and the name, such as <c>01 华东区</c>.</summary>
    /// <returns>The code and the name separated by a space.</returns>
    public override string ToString() => Code + " " + Name;

    internal Category WithName(string name) => this with { Name = name };

    internal Category WithDescription(string? description) => this with { Description = description };

    internal Category WithActive(bool active) => this with { IsActive = active };
}
