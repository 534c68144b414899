using System.Diagnostics;
using System.IO;
using CustomerClassification.Tests.Cli;

namespace CustomerClassification.Tests.Hostile.Cli;

// Issue #28, the model file rows: devices and folders as models, modes that widen, a lock that is a link, a save killed mid-way.
[EnglishMessages]
public sealed class ModelFileHostileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ccls-hostile-");

    private string Model => Path.Combine(_folder.FullName, "model.json");

    public void Dispose() => _folder.Delete(recursive: true);

    // Row 3: a device never ends and a pipe may never answer: neither is read, and the tool says why at once.
    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("fifo")]
    public async Task ADeviceOrAPipe_IsNoModel_AndIsRefusedAtOnce(string device)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = device == "fifo" ? Path.Combine(_folder.FullName, "model.json") : device;
        if (device == "fifo")
        {
            using var mkfifo = Process.Start("mkfifo", path);
            mkfifo.WaitForExit();
        }

        var (exitCode, _, error) = await Task.Run(() => Ccls.Run("tree", "--model", path)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, exitCode);
        Assert.Contains("not a regular file", error);
    }

    [Fact]
    public void AFolder_IsSaidToBeAFolder_NotAMissingFile()
    {
        var (exitCode, _, error) = Ccls.Run("tree", "--model", _folder.FullName);

        Assert.Equal(2, exitCode);
        Assert.Contains("a folder, not a file", error);
    }

    // Row 9: a new model is its owner's alone; a model kept private stays private after a save, and one shared stays shared.
    [Fact]
    public void Saves_NeverWidenAFilesMode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Model) & ~UnixFileMode.None);

        var shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(Model, shared);
        var again = Ccls.Run("import", "--model", Model, "--customers", Ccls.Sample("customers.csv"), "--upsert");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(shared, File.GetUnixFileMode(Model));

        var exported = Path.Combine(_folder.FullName, "out.csv");
        Assert.Equal(0, Ccls.Run("export", "--model", Model, "--out", exported).ExitCode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(exported));
    }

    // Row 13: a lock file planted as a link is refused, and the file it points at is neither made nor touched.
    [Fact]
    public void ALockFileThatIsALink_IsRefused_AndNotFollowed()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var target = Path.Combine(_folder.FullName, "elsewhere");
        File.Delete(Model + ".lock");
        File.CreateSymbolicLink(Model + ".lock", target);

        var (exitCode, _, error) = Ccls.Run("import", "--model", Model, "--customers", Ccls.Sample("customers.csv"), "--upsert");

        Assert.Equal(2, exitCode);
        Assert.Contains("is a link", error);
        Assert.False(File.Exists(target));
    }

    // Row 18: a save killed mid-way leaves a temporary file; the next command that holds the lock removes it and says so.
    [Fact]
    public void AStaleTemporaryOfTheModel_IsRemovedByTheNextWriter_WhichSaysSo()
    {
        Assert.Equal(0, Ccls.ImportSamples(Model).ExitCode);
        var stale = Path.Combine(_folder.FullName, ".model.json.0123456789abcdef0123456789abcdef.tmp");
        var other = Path.Combine(_folder.FullName, ".other.json.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(stale, "half a model");
        File.WriteAllText(other, "another model's");

        var (exitCode, _, error) = Ccls.Run("import", "--model", Model, "--customers", Ccls.Sample("customers.csv"), "--upsert");

        Assert.Equal(0, exitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(other));
        Assert.Contains("removed .model.json.0123456789abcdef0123456789abcdef.tmp", error);
    }

    // Row 12: a file name is printed with its control characters shown, in tables and lines too, never obeyed by the terminal.
    [Fact]
    public void AFileNameWithControlCharacters_IsPrintedWithoutThem()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var customers = Path.Combine(_folder.FullName, "客户\u001b[31m.csv");
        File.Copy(Ccls.Sample("customers.csv"), customers);
        var model = Path.Combine(_folder.FullName, "m\u001b]0;x\u0007.json");

        var (exitCode, output, error) = Ccls.Run(
            "import", "--model", model, "--scheme", "2-2-2", "--region-scheme", "2-2", "--custom-field", "类型",
            "--categories", Ccls.Sample("categories.csv"), "--regions", Ccls.Sample("regions.csv"), "--customers", customers);

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain('\u0007', output + error);
        Assert.Contains("客户\uFFFD[31m.csv", output);
    }
}
