using System;
using System.IO;
using System.Linq;
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
    /// <summary>Loads the whole model for a command that may change it; under an access policy the user must be one it knows (exit 2 otherwise).</summary>
    public static AccountSet Load(CliContext context, FileInfo file)
    {
        HostFiles.Existing(file);
        AccountSet loaded;
        try
        {
            loaded = context.Step(CliText.Format("StepLoading", file.Name), () =>
            {
                using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                return SnapshotJson.Read(stream, SystemClock.Instance);
            });
        }
        catch (SnapshotFormatException e)
        {
            throw CliFailure.Unreadable(file.Name, CliFailure.First(e.Problems[0], e.Problems.Count));
        }

        UserOf(context, loaded);
        context.Loaded = loaded.Archive.Snapshot;
        return loaded;
    }

    /// <summary>
    /// Loads the model for a command that only reads it, as its user sees it (数据权限): under an access policy, only the
    /// customers in their scope, with a notice on stderr that totals are theirs, not the account set's.
    /// </summary>
    public static AccountSet View(CliContext context, FileInfo file)
    {
        var whole = Load(context, file);
        var seen = whole.SeenBy(UserOf(context, whole));
        if (seen.IsPartial)
        {
            context.Error.WriteLine(CliText.Format("PartialView", UserOf(context, whole), seen.Archive.Count, whole.Archive.Count));
        }

        return seen;
    }

    /// <summary>
    /// The user a command runs as: under an access policy the one named by <c>--user</c> or <c>CCLS_USER</c> (or the system
    /// user when an administrator), who must be known to it; without one, the named user or the system user.
    /// </summary>
    public static string UserOf(CliContext context, AccountSet accountSet)
    {
        if (accountSet.Access is not { } policy)
        {
            return context.User ?? CliOptions.SystemUser;
        }

        var user = context.User ?? (policy.IsAdministrator(CliOptions.SystemUser) ? CliOptions.SystemUser : throw new CliFailure(CclsApp.BadUsage, CliText.Get("UserRequired")));
        return policy.IsKnown(user) ? user : throw new CliFailure(CclsApp.BadUsage, CliText.Format("UserUnknown", PrintableWriter.Printable(user)));
    }

    /// <summary>Refuses (exit 2) an operation the user's roles do not allow, such as an import or an export; nothing to do without an access policy.</summary>
    public static void Demand(CliContext context, AccountSet accountSet, Archives.AccessRight right) =>
        accountSet.Access?.Demand(UserOf(context, accountSet), right);

    /// <summary>
    /// Saves with a progress bar when it takes over a second. Under an access policy, what the command changed since it
    /// loaded the model is checked first (rights, scope, changes that need a request, the actor being the user): a refusal
    /// is every violation on stderr and exit code 1, and the model as it was.
    /// </summary>
    public static void Save(CliContext context, AccountSet accountSet, FileInfo file)
    {
        if (accountSet.IsPartial)
        {
            throw new InvalidOperationException("A user's partial view of a model is never saved over it.");
        }

        if (accountSet.Access is { } policy && !context.Sandbox && !context.ChangesAuthorised && context.Loaded is { } before)
        {
            var user = UserOf(context, accountSet);
            var after = accountSet.Archive.Snapshot;
            var problems = policy.Check(user, before, after).Select(v => v.Message)
                .Concat(after.ChangeLog.Skip(before.ChangeLog.Count).Select(e => e.Actor).Where(a => !string.Equals(a, user, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Select(a => CliText.Format("ActorNotUser", PrintableWriter.Printable(a), PrintableWriter.Printable(user))))
                .ToArray();
            if (problems.Length > 0)
            {
                foreach (var problem in problems)
                {
                    context.Error.WriteLine("ccls: " + PrintableWriter.Printable(problem));
                }

                throw new CliFailure(CclsApp.Findings, CliText.Format("ChangeRefused", PrintableWriter.Printable(file.Name)));
            }
        }

        context.Step(CliText.Format("StepSaving", file.Name), () =>
        {
            Save(accountSet, file);
            return true;
        });
    }

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
