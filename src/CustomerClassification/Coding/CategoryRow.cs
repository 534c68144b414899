namespace CustomerClassification.Coding;

/// <summary>
/// One row of input for <see cref="CategoryTree.Build"/>: a category code and its name, as read from a
/// file or a table. Nothing is checked here; <see cref="CategoryTree.Build"/> reports every bad row.
/// </summary>
/// <param name="Code">The category code.</param>
/// <param name="Name">The category name.</param>
public readonly record struct CategoryRow(string Code, string Name);
