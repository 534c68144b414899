using System;
using System.IO;

namespace CustomerClassification.Cli;

/// <summary>
/// Writes a file whole or not at all: into a temporary file created anew beside it (never one already there, nor a
/// link planted in its place), flushed to disk, then renamed over it. On any failure the file is as it was and the
/// temporary file is gone. Models, exports and problem files are all written so.
/// </summary>
internal static class AtomicFile
{
    public static void Write(FileInfo file, Action<Stream> write)
    {
        var temporary = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
