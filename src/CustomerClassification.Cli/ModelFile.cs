using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Cli;

/// <summary>Loads and saves the model file: the account set as a JSON snapshot, replaced whole on save so a failed save leaves the old file.</summary>
internal static class ModelFile
{
    public static AccountSet Load(CliContext context, FileInfo file)
    {
        var json = HostFiles.ReadText(file);
        try
        {
            return context.Step($"Loading {file.Name}", () => SnapshotJson.FromJson(json, SystemClock.Instance));
        }
        catch (SnapshotFormatException e)
        {
            throw CliFailure.Unreadable(file.Name, CliFailure.First(e.Problems[0], e.Problems.Count));
        }
    }

    public static void Save(AccountSet accountSet, FileInfo file)
    {
        var temporary = file.FullName + ".tmp";
        System.IO.File.WriteAllText(temporary, SnapshotJson.ToJson(accountSet), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        System.IO.File.Move(temporary, file.FullName, overwrite: true);
    }
}
