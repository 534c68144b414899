using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;

namespace CustomerClassification.Spreadsheets;

/// <summary>How to import a file of customers or categories.</summary>
public sealed record ImportOptions
{
    /// <summary>Gets the encoding of a CSV file, or null to detect it: a UTF-8 byte-order mark or valid UTF-8 means UTF-8, anything else GB18030 (T3's exports).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets a value indicating whether to import the valid rows when some rows are bad (the bad ones reported).
    /// False by default: nothing is imported unless every row passes.
    /// </summary>
    public bool ImportValidRows { get; init; }

    /// <summary>
    /// Gets how an update or upsert finds a row's customer: by code (the default), by tax id or by normalised name, each
    /// falling back to the code. A row that matches two customers, or that matches by tax id or name a customer with another
    /// code than its own, is a problem naming both. <see cref="ImportReport.Matches"/> says how each row was matched.
    /// </summary>
    public ImportMatch Match { get; init; } = ImportMatch.Code;

    /// <summary>Gets what a row whose code the archive has does; <see cref="ImportMode.Add"/> by default (such a row is refused).</summary>
    public ImportMode Mode { get; init; } = ImportMode.Add;

    /// <summary>
    /// Gets a value indicating whether an empty cell clears the field of a customer being updated. False by default:
    /// an empty cell leaves the value as it is, so that a file with a few filled cells changes only those.
    /// The code and the name are never cleared; clearing a required value (the category of a classified archive) is refused by the archive.
    /// </summary>
    public bool ClearEmpty { get; init; }

    /// <summary>
    /// Gets why customers with transactions may be reclassified by this import (recorded in the change log), or null:
    /// then a row that changes the category or region of such a customer is refused, as <see cref="LockOverride"/> requires.
    /// </summary>
    public string? OverrideReason { get; init; }

    /// <summary>
    /// Gets a value indicating whether a customer file's columns that are no field, dimension, derived name or custom field
    /// of the archive are refused (the file is unreadable, nothing imported). False by default: a T3 export carries such
    /// columns (备注, 所属行业, …), and they are ignored and named in <see cref="ImportReport.IgnoredColumns"/>.
    /// </summary>
    public bool RefuseUnknownColumns { get; init; }

    /// <summary>
    /// Gets the columns of a customer file read as another column: a header (matched ignoring case) to the name,
    /// Chinese label or alias of a customer field, dimension or custom field of the archive, such as
    /// <c>备注 → remark</c> for a custom field <c>remark</c>. Null or empty by default. A header the file lacks, or a
    /// target the archive lacks, is a problem of the file's header row (nothing imported).
    /// </summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }

    /// <summary>The options an import runs with: the given ones checked, or the defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mode is not defined.</exception>
    /// <exception cref="ArgumentException">The override reason is blank, or a column map entry has a blank header or target.</exception>
    internal static ImportOptions Checked(ImportOptions? options)
    {
        options ??= new ImportOptions();
        if (!Argument.IsDefined(options.Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Mode, "The import mode is Add, Update or AddOrUpdate.");
        }

        if (options.OverrideReason is { } reason && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("The override reason, when given, must not be blank.", nameof(options));
        }

        if (options.ColumnMap?.Any(m => string.IsNullOrWhiteSpace(m.Key) || string.IsNullOrWhiteSpace(m.Value)) == true)
        {
            throw new ArgumentException("A column map entry names a blank header or target.", nameof(options));
        }

        return options;
    }
}
