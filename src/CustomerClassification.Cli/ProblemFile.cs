using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary><c>--problems FILE</c>: every problem of an import as a table a user can sort and filter (.csv or .xlsx).</summary>
internal static class ProblemFile
{
    private static readonly string[] Header = ["file", "row", "column", "value", "field", "error", "message"];

    public static void Write(FileInfo file, IEnumerable<(string File, ImportProblem Problem)> problems)
    {
        var rows = problems.Select(p => new[]
        {
            p.File, p.Problem.Row.ToString(CultureInfo.InvariantCulture), p.Problem.Column ?? string.Empty, p.Problem.Value ?? string.Empty,
            p.Problem.Field ?? string.Empty, p.Problem.Error?.ToString() ?? string.Empty, p.Problem.Message,
        });
        AtomicFile.Write(file, output =>
        {
            if (HostFiles.IsWorkbook(file) == true)
            {
                WorkbookSource.Write(output, Header, rows);
            }
            else
            {
                CsvSource.Write(output, null, Header, rows);
            }
        });
    }
}
