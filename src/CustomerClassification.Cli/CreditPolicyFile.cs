using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary><c>ccls import --credit-policies</c>: a policy file (CSV, .xlsx, or JSON as a model holds them) replacing the model's credit policies, all or nothing.</summary>
internal static class CreditPolicyFile
{
    public static (AccountSet AccountSet, ImportReport Report) Import(AccountSet accountSet, FileInfo file, Encoding? encoding)
    {
        var snapshot = accountSet.Archive.Snapshot;
        if (string.Equals(file.Extension, ".json", System.StringComparison.OrdinalIgnoreCase))
        {
            var policies = Json(file, snapshot.Settings);
            var unknown = policies.Policies.Keys.FirstOrDefault(code => snapshot.CategoriesOf(policies.Dimension).Find(code) is null);
            return unknown is null
                ? (new AccountSet(accountSet.Archive, policies, accountSet.Rules), new ImportReport(policies.Policies.Count, policies.Policies.Count, 0, 0, [], Encoding.UTF8, HeaderLanguage.English, readable: true))
                : throw CliFailure.Unreadable(file.Name, CliText.Format("ModelLacksCategory", UserText.DimensionLabel(policies.Dimension), unknown));
        }

        var report = HostFiles.Read(file, stream => HostFiles.IsWorkbook(file) == true
            ? CreditPolicyCsv.ReadWorkbook(stream, snapshot)
            : CreditPolicyCsv.Read(stream, encoding, snapshot));
        var readable = report.Problems.All(p => p.Row > 1);
        var result = new ImportReport(report.RowCount, report.Succeeded ? report.Items.Count : 0, 0, 0, report.Problems, report.Encoding, HeaderLanguage.Chinese, readable);
        return report.Succeeded ? (new AccountSet(accountSet.Archive, CreditPolicyCsv.ToSet(report.Items, grades: accountSet.CreditPolicies.Grades), accountSet.Rules), result) : (accountSet, result);
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
