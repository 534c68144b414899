using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CustomerClassification.Spreadsheets;

namespace CustomerClassification.Cli;

/// <summary>A table a user can sort and filter, written as .csv (UTF-8 with BOM) or .xlsx (numbers as number cells): import problems, the aging, the audit.</summary>
internal static class TableFile
{
    /// <summary>Checks an output name before any work is done: .csv or .xlsx, and not the model.</summary>
    public static FileInfo? Checked(FileInfo? file, FileInfo model, string option) =>
        file is not null && (HostFiles.IsWorkbook(file) is null || string.Equals(file.FullName, model.FullName, StringComparison.Ordinal))
            ? throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutTable", option, file.Name))
            : file;

    /// <summary><c>--problems FILE</c>: every problem of an import.</summary>
    public static void Problems(FileInfo file, IEnumerable<(string File, ImportProblem Problem)> problems) =>
        Write(file, Tables.Columns("ColumnsProblemFile"), problems.Select(p => new object?[]
        {
            p.File, p.Problem.Row, p.Problem.Column ?? string.Empty, p.Problem.Value ?? string.Empty,
            p.Problem.Field ?? string.Empty, p.Problem.Error?.ToString() ?? string.Empty, p.Problem.Message,
        }));

    /// <summary>Writes a table; a workbook keeps numbers as numbers, CSV writes them invariantly.</summary>
    public static void Write(FileInfo file, string[] header, IEnumerable<object?[]> rows) =>
        AtomicFile.Write(file, output =>
        {
            if (HostFiles.IsWorkbook(file) == true)
            {
                SpreadsheetFiles.WriteWorkbook(output, header, rows);
            }
            else
            {
                SpreadsheetFiles.WriteCsv(output, header, rows);
            }
        });
}
