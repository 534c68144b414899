using System;
using System.IO;

namespace CustomerClassification.Cli;

/// <summary>
/// Writes a file whole or not at all: into a temporary file created anew beside it (never one already there, nor a
/// link planted in its place), flushed to disk, then renamed over it. On any failure the file is as it was and the
/// temporary file is gone. Models, exports and problem files are all written so. They hold tax ids and bank accounts:
/// a new file is readable by its owner only (0600, or less as the umask says), and a file written again keeps the mode
/// it had.
/// </summary>
internal static class AtomicFile
{
    public static void Write(FileInfo file, Action<Stream> write)
    {
        if (file.Directory is { Exists: false } folder)
        {
            // Said before the temporary file is tried, whose name would otherwise be the one in the message.
            throw CliFailure.Unreadable(PrintableWriter.Printable(file.Name), CliText.Format("NoSuchFolder", PrintableWriter.Printable(folder.FullName)));
        }

        var temporary = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, Created(file)))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            KeepMode(file, temporary);
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The temporary file's options: created anew, for its owner only where the system has modes.</summary>
    private static FileStreamOptions Created(FileInfo file)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    // A file written again keeps its mode (the owner stays the one who writes: changing it needs rights a user does not have).
    private static void KeepMode(FileInfo file, string temporary)
    {
        file.Refresh();
        if (!OperatingSystem.IsWindows() && file.Exists)
        {
            File.SetUnixFileMode(temporary, file.UnixFileMode);
        }
    }
}
