using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// The categories of one dimension (客户分类, 地区分类, …) to and from CSV files with T3's headers 类别编码, 类别名称
/// (or code, name); T3/U8's other headers are read too: 分类编码/客户分类编码/地区编码/地区分类编码 and
/// 分类名称/客户分类名称/地区名称/地区分类名称. Rows may come in any order: parents are added before their children. Import is one atomic batch.
/// </summary>
public static class CategoryCsv
{
    // The headers T3 and U8 write for category and region files; the first is written, English last.
    private static readonly string[] CodeHeaders = ["类别编码", "分类编码", "客户分类编码", "地区编码", "地区分类编码", "code"];
    private static readonly string[] NameHeaders = ["类别名称", "分类名称", "客户分类名称", "地区名称", "地区分类名称", "name"];

    /// <summary>
    /// Imports categories into a dimension. Every bad row is reported (blank or repeated codes, codes already in
    /// the tree, codes that do not fit the scheme or lack a parent); nothing is imported unless all rows pass,
    /// or, with <see cref="ImportOptions.ImportValidRows"/>, the valid rows are.
    /// </summary>
    /// <param name="csv">The file's bytes.</param>
    /// <param name="archive">The archive.</param>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="actor">Who imports, for the change log.</param>
    /// <param name="options">The encoding and whether to import valid rows only; null for detection and all-or-nothing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, or <paramref name="dimension"/> is not a dimension of the archive.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportReport Import(Stream csv, CustomerArchive archive, string dimension, string actor, ImportOptions? options = null)
    {
        Argument.NotNull(csv);
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        Argument.NotBlank(actor);
        _ = archive.Settings.SchemeOf(dimension) ?? throw new ArgumentException($"'{dimension}' is not a dimension of the archive.", nameof(dimension));
        options = ImportOptions.Checked(options);
        var (records, encoding, problems) = CsvSource.Read(csv, options.Encoding);
        return records is null
            ? ImportReport.Unreadable(0, problems, encoding)
            : Import(records, encoding, archive, dimension, actor, options, problems);
    }

    internal static ImportReport Import(List<(int Row, string[] Cells)> records, Encoding encoding, CustomerArchive archive, string dimension, string actor, ImportOptions options, List<ImportProblem> problems)
    {
        var rowCount = CsvSource.DataRows(records.Count, problems);
        var header = records.Count > 0 ? records[0].Cells.Select(c => c.Trim()).ToArray() : [];
        var codeAt = Array.FindIndex(header, h => CodeHeaders.Contains(h, StringComparer.OrdinalIgnoreCase));
        var nameAt = Array.FindIndex(header, h => NameHeaders.Contains(h, StringComparer.OrdinalIgnoreCase));
        if (codeAt < 0 || nameAt < 0)
        {
            var (missing, accepted) = codeAt < 0 ? (CodeHeaders[0], CodeHeaders) : (NameHeaders[0], NameHeaders);
            problems.Add(new ImportProblem(1, missing, null, SheetText.Format("CategoryColumnMissing", string.Join(", ", accepted))));
            return ImportReport.Unreadable(rowCount, problems, encoding);
        }

        var language = header[codeAt].Equals("code", StringComparison.OrdinalIgnoreCase) ? HeaderLanguage.English : HeaderLanguage.Chinese;
        var rows = FilledRows(records, header, codeAt, nameAt, problems);

        // Parents first, whatever the file's order: a parent's code is a prefix of its children's, so shorter first.
        // The archive checks the codes (taken, fitting the scheme, parent present); its refusals are about the code column.
        // A code the tree has renames its category (or changes nothing) when the mode updates.
        var tree = archive.Snapshot.CategoriesOf(dimension);
        var ordered = new List<ImportRow>();
        var unchanged = 0;
        foreach (var (row, code, name) in rows.OrderBy(r => r.Code.Length).ThenBy(r => r.Row))
        {
            var existing = options.Mode == ImportMode.Add ? null : tree.Find(code);
            if (existing is null && options.Mode == ImportMode.Update)
            {
                problems.Add(new ImportProblem(row, header[codeAt], code, SheetText.Format("NoCategoryToRename", code)) { Error = ClassificationErrorCode.CategoryNotFound });
            }
            else if (existing is not null && string.Equals(existing.Name, name, StringComparison.Ordinal))
            {
                unchanged++;
            }
            else
            {
                ordered.Add(new ImportRow(
                    row,
                    existing is null,
                    existing is null ? batch => batch.AddCategory(dimension, code, name) : batch => batch.RenameCategory(dimension, code, name),
                    field => string.Equals(field, "name", StringComparison.Ordinal) ? (header[nameAt], name) : (header[codeAt], code)));
            }
        }

        var applied = CsvSource.Apply(archive, actor, ordered, problems, options.ImportValidRows);
        return new ImportReport(rowCount, applied.Count(r => r.Adds), applied.Count(r => !r.Adds), unchanged, problems.OrderBy(p => p.Row).ToArray(), encoding, language, readable: true);
    }

    /// <summary>
    /// Reads category rows (code and name, under the headers an import of categories takes) without importing them: the new
    /// children of a split (<see cref="CustomerArchive.SplitCategory"/>), say. Blank codes or names are problems of their row.
    /// </summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>The rows and every problem with its row and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<CategoryRow> ReadRows(Stream csv, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, RowColumns, static row => new CategoryRow(row.Text(0), row.Text(1)));

    private static readonly TableColumn[] RowColumns =
    [
        new(CodeHeaders[1], CodeHeaders[^1], Aliases: CodeHeaders),
        new(NameHeaders[1], NameHeaders[^1], Aliases: NameHeaders),
    ];

    /// <summary>Exports the categories of a dimension in tree order (parents before children).</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (类别编码, 类别名称) or English (code, name) headers.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark; <see cref="CustomerCsv.GB18030"/> for T3.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="encoding"/> is null.</exception>
    /// <exception cref="ClassificationException"><paramref name="dimension"/> is not a dimension of the archive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void Export(ArchiveSnapshot archive, string dimension, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, Encoding? encoding = null)
    {
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        Argument.NotNull(output);
        var (header, rows) = Table(archive, dimension, headers);
        CsvSource.Write(output, encoding, header, rows);
    }

    /// <summary>A dimension's categories as a table: the header, then a row per category in tree order.</summary>
    internal static (string[] Header, IEnumerable<string[]> Rows) Table(ArchiveSnapshot archive, string dimension, HeaderLanguage headers)
    {
        CustomerColumn.Defined(headers);
        return (headers == HeaderLanguage.Chinese ? [CodeHeaders[0], NameHeaders[0]] : [CodeHeaders[^1], NameHeaders[^1]],
            archive.CategoriesOf(dimension).Select(c => new[] { c.Code, c.Name }).ToArray());
    }

    // The rows with a code and a name; a blank one is reported here, as the archive never sees it.
    private static List<(int Row, string Code, string Name)> FilledRows(List<(int Row, string[] Cells)> records, string[] header, int codeAt, int nameAt, List<ImportProblem> problems)
    {
        var rows = new List<(int Row, string Code, string Name)>();
        foreach (var (row, cells) in records.Skip(1))
        {
            var code = cells.Length > codeAt ? cells[codeAt].Trim() : string.Empty;
            var name = cells.Length > nameAt ? cells[nameAt].Trim() : string.Empty;
            if (code.Length == 0 || name.Length == 0)
            {
                problems.Add(new ImportProblem(row, code.Length == 0 ? header[codeAt] : header[nameAt], null, "The value is required."));
            }
            else
            {
                rows.Add((row, code, name));
            }
        }

        return rows;
    }
}
