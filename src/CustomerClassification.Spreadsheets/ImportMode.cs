namespace CustomerClassification.Spreadsheets;

/// <summary>
/// What an import does with a row whose code the archive already has: T3's 批量调整 is export, edit, import with
/// <see cref="Update"/>.
/// </summary>
public enum ImportMode
{
    /// <summary>Every row adds a customer (or category); a code the archive has is refused.</summary>
    Add = 1,

    /// <summary>
    /// Every row changes the customer (or renames the category) with its code: only the columns the file has, and of
    /// those only the non-empty cells unless <see cref="ImportOptions.ClearEmpty"/>; a code the archive lacks is refused.
    /// </summary>
    Update = 2,

    /// <summary>A row whose code the archive has changes it as <see cref="Update"/> does; any other row adds as <see cref="Add"/> does.</summary>
    AddOrUpdate = 3,
}
