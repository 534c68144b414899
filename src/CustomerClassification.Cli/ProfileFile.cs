using System.IO;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls import --profiles</c>: a profile table (CSV or .xlsx) setting the values of the columns it has for the
/// categories it lists, in one batch: every row goes in, or none.
/// </summary>
internal static class ProfileFile
{
    /// <summary>Imports the file; <c>--clear-empty</c> alone clears the values of empty cells (for customer rows it needs --update or --upsert).</summary>
    public static ImportReport Import(CustomerArchive archive, FileInfo file, string dimensionOption, ImportOptions options, string actor)
    {
        var snapshot = archive.Snapshot;
        var dimension = Tables.Dimension(snapshot, "--profile-dimension", dimensionOption);
        var (clearEmpty, encoding) = (options.ClearEmpty, options.Encoding);
        var read = HostFiles.Read(file, stream => HostFiles.IsWorkbook(file) == true
            ? CategoryProfileCsv.ReadWorkbook(stream, snapshot, dimension, clearEmpty)
            : CategoryProfileCsv.Read(stream, snapshot, dimension, clearEmpty, encoding));
        var readable = read.Problems.All(p => p.Row > 1);
        if (!read.Succeeded)
        {
            return new ImportReport(read.RowCount, 0, 0, 0, read.Problems, read.Encoding, HeaderLanguage.Chinese, readable);
        }

        var result = archive.Apply(CategoryProfileCsv.ToBatch(read.Items, dimension), actor);
        var problems = result.Violations.Select(v => new ImportProblem(1, null, v.Code, v.Message)).ToArray();
        var changed = result.Succeeded ? read.Items.Count(r => RowChanged(snapshot, archive.Snapshot, dimension, r.CategoryCode)) : 0;
        return new ImportReport(read.RowCount, 0, changed, result.Succeeded ? read.Items.Count - changed : 0, problems, read.Encoding, HeaderLanguage.Chinese, readable);
    }

    /// <summary>Whether the profile a row names (a category's, or the defaults') differs between two snapshots.</summary>
    public static bool RowChanged(ArchiveSnapshot before, ArchiveSnapshot after, string dimension, string code) =>
        string.Equals(code, CategoryProfileCsv.DefaultsCode, System.StringComparison.Ordinal)
            ? !before.ProfileDefaults.Equals(after.ProfileDefaults)
            : !before.ProfileOf(dimension, code).Equals(after.ProfileOf(dimension, code));
}
