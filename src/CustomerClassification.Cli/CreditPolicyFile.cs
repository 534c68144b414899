using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls import --credit-policies</c>: credit policies as the credit part of the category profiles of the policies'
/// dimension, in one logged batch (every row goes in, or none). A CSV or .xlsx table is a profile table of the credit
/// columns; a JSON policy file (as older models held them) also sets the grade scale.
/// </summary>
internal static class CreditPolicyFile
{
    public static (AccountSet AccountSet, ImportReport Report) Import(AccountSet accountSet, FileInfo file, ImportOptions options, string actor)
    {
        var archive = accountSet.Archive;
        if (!string.Equals(file.Extension, ".json", System.StringComparison.OrdinalIgnoreCase))
        {
            return (accountSet, ProfileFile.Import(archive, file, accountSet.CreditPolicies.Dimension, options, actor));
        }

        var policies = Json(file, archive.Snapshot.Settings);
        var before = archive.Snapshot;
        // A file that gives its own grade scale changes the archive's first (the scale is the archive's, logged).
        var result = archive.Apply(policies.ToBatch(), actor);
        if (!result.Succeeded)
        {
            var unknown = result.Violations[0];
            throw CliFailure.Unreadable(file.Name, unknown.Error == ClassificationErrorCode.CategoryNotFound
                ? CliText.Format("ModelLacksCategory", UserText.DimensionLabel(policies.Dimension), unknown.Code)
                : unknown.Message);
        }

        string[] codes = [.. policies.Defaults.Equals(new CreditPolicy()) ? [] : new[] { CategoryProfileCsv.DefaultsCode }, .. policies.Policies.Keys];
        var changed = codes.Count(code => ProfileFile.RowChanged(before, archive.Snapshot, policies.Dimension, code));
        var report = new ImportReport(codes.Length, 0, changed, codes.Length - changed, [], Encoding.UTF8, HeaderLanguage.English, readable: true);
        return (accountSet.WithCreditPolicies(new CreditPolicySet(policies.Dimension, new CreditGradeScale(archive.Snapshot.Settings.CreditGrades))), report);
    }

    private static CreditPolicySet Json(FileInfo file, ArchiveSettings settings)
    {
        try
        {
            return SnapshotJson.ReadCreditPolicies(HostFiles.ReadText(file), settings);
        }
        catch (SnapshotFormatException e)
        {
            throw CliFailure.Unreadable(file.Name, CliFailure.First(e.Problems[0], e.Problems.Count));
        }
    }
}
