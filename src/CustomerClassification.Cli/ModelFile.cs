using System;
using System.IO;
using System.IO.Compression;
using CustomerClassification.AccountSets;
using CustomerClassification.Serialization;
using NodaTime;

namespace CustomerClassification.Cli;

/// <summary>
/// Loads and saves the model file: the account set as a JSON snapshot (compact; gzip-compressed when the name ends in
/// .gz), streamed, never held as one string. A save writes a new temporary file beside the model, flushes it to disk
/// and renames it over the model, so a crash or Ctrl-C never leaves half a model; commands that change the model hold
/// its lock from load to save, so two of them never lose each other's changes.
/// </summary>
internal static class ModelFile
{
    public static AccountSet Load(CliContext context, FileInfo file)
    {
        HostFiles.Existing(file);
        try
        {
            return context.Step(CliText.Format("StepLoading", file.Name), () =>
            {
                using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                return SnapshotJson.Read(stream, SystemClock.Instance);
            });
        }
        catch (SnapshotFormatException e)
        {
            throw CliFailure.Unreadable(file.Name, CliFailure.First(e.Problems[0], e.Problems.Count));
        }
    }

    /// <summary>Saves with a progress bar when it takes over a second.</summary>
    public static void Save(CliContext context, AccountSet accountSet, FileInfo file) =>
        context.Step(CliText.Format("StepSaving", file.Name), () =>
        {
            Save(accountSet, file);
            return true;
        });

    /// <summary>Saves through <see cref="AtomicFile"/>: on any failure the model is as it was.</summary>
    /// <param name="accountSet">What to save.</param>
    /// <param name="file">The model file.</param>
    /// <param name="around">For tests: wraps the file stream, to interrupt a save.</param>
    public static void Save(AccountSet accountSet, FileInfo file, Func<Stream, Stream>? around = null) =>
        AtomicFile.Write(file, stream =>
        {
            // The bytes are made on this thread and compressed or written on another (BackgroundWriteStream).
            var target = around?.Invoke(stream) ?? stream;
            using (var gzip = IsCompressed(file) ? new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true) : null)
            using (var background = new BackgroundWriteStream(gzip ?? target))
            {
                SnapshotJson.Write(accountSet, background, indented: false);
            }

            target.Flush();
        });

    /// <summary>
    /// Takes the model's lock (<c>model.json.lock</c> beside it, an advisory lock the system releases when the process
    /// ends, so a crash leaves no stale lock): waits up to five seconds for another ccls that holds it, then fails.
    /// The lock file is removed while still held when the command ends, so that none stays beside the model; a
    /// waiter that then locks the removed file sees that the name is no longer its file and tries again.
    /// </summary>
    public static IDisposable Lock(CliContext context, FileInfo file)
    {
        var path = file.FullName + ".lock";
        if (new FileInfo(path).LinkTarget is not null)
        {
            // A lock file is never followed through a link: it would create or hold a file elsewhere.
            throw new CliFailure(CclsApp.BadUsage, CliText.Format("LockIsLink", file.Name));
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (IsStill(held, path))
                {
                    return Stale(context, file, new ModelLock(held, path));
                }

                // The holder before removed the name after this opened it: lock the file now under the name.
                held.Dispose();
                if (attempt >= 50)
                {
                    throw new CliFailure(CclsApp.BadUsage, CliText.Format("Locked", file.Name));
                }
            }
            catch (IOException e) when (Held(e) && attempt < 50)
            {
                System.Threading.Thread.Sleep(100);
            }
            catch (IOException e) when (Held(e))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("Locked", file.Name));
            }
        }
    }

    /// <summary>
    /// With the lock held no other save of this model is under way, so a temporary file of one (a save killed mid-way,
    /// <c>.model.json.*.tmp</c>) is stale: it is removed, and said so on the error stream.
    /// </summary>
    private static ModelLock Stale(CliContext context, FileInfo file, ModelLock held)
    {
        var folder = file.Directory;
        if (folder is { Exists: true })
        {
            foreach (var stale in folder.EnumerateFiles("." + file.Name + ".*.tmp"))
            {
                var length = stale.Length;
                stale.Delete();
                context.Error.WriteLine(CliText.Format("StaleTemporary", stale.Name, length));
            }
        }

        return held;
    }

    // Whether the name still names the locked file: a time of its own, set through the lock, is read back through the
    // name (which opens nothing, so takes no lock); a file removed and made again by another ccls has another time.
    private static bool IsStill(FileStream held, string path)
    {
        var mark = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(Random.Shared.NextInt64(20L * 365 * 86_400)).AddTicks(Random.Shared.Next(10_000_000));
        File.SetLastWriteTimeUtc(held.SafeFileHandle, mark);
        return File.Exists(path) && File.GetLastWriteTimeUtc(path) == File.GetLastWriteTimeUtc(held.SafeFileHandle);
    }

    // Another process holds the lock; a missing folder or a name too long is a plain failure.
    private static bool Held(IOException e) => e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException);

    private static bool IsCompressed(FileInfo file) => file.Extension.Equals(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The held lock file; removed while still held, so that nothing stays beside the model.</summary>
    private sealed class ModelLock(FileStream held, string path) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Where an open file cannot be deleted (Windows), the lock file stays, as it did before.
            }

            held.Dispose();
        }
    }
}
