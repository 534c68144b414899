using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Customers to and from CSV files with T3's Chinese column headers (客户编码, 客户名称, 客户简称, 所属分类码, 地区编码,
/// 税号, 信用等级, 信用额度, 付款条件, 发展日期, 停用日期, 联系人, 电话, 地址, …) or English ones, detected per column;
/// further dimensions and custom fields are columns under their own names. Import is one atomic archive batch.
/// </summary>
public static class CustomerCsv
{
    /// <summary>Gets GB18030, the encoding of T3's exports.</summary>
    public static Encoding GB18030 => CsvSource.GB18030;

    /// <summary>
    /// Imports customers. Every row is checked (values, codes already in the archive or repeated in the file,
    /// categories and regions that are not leaves) and every problem reported with its row, column and value;
    /// nothing is imported unless all rows pass, or, with <see cref="CsvImportOptions.ImportValidRows"/>, the
    /// valid rows are imported in one batch and the rest reported. Never a half-loaded archive by accident.
    /// </summary>
    /// <param name="csv">The file's bytes.</param>
    /// <param name="archive">The archive to add the customers to.</param>
    /// <param name="actor">Who imports, for the change log.</param>
    /// <param name="options">The encoding and whether to import valid rows only; null for detection and all-or-nothing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportReport Import(Stream csv, CustomerArchive archive, string actor, CsvImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        options ??= new CsvImportOptions();
        var (text, encoding, problem) = CsvSource.Decode(csv, options.Encoding);
        return text is null
            ? new ImportReport(0, 0, [problem!], encoding, HeaderLanguage.Chinese)
            : new CsvImport(archive, text, encoding).Run(actor, options.ImportValidRows);
    }

    /// <summary>Exports an archive's customers, by code, with every column the archive uses.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark (which Excel reads); <see cref="GB18030"/> for T3.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void Export(ArchiveSnapshot archive, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(output);
        if (!Enum.IsDefined(headers))
        {
            throw new ArgumentOutOfRangeException(nameof(headers), headers, "Chinese or English.");
        }

        var columns = CustomerColumn.For(archive.Settings);
        using var writer = new StreamWriter(output, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { HasHeader = false, NewLine = "\r\n" }, true);
        csv.WriteRecord(columns.Select(c => c.Header(headers)).ToArray());
        foreach (var customer in archive)
        {
            csv.WriteRecord(columns.Select(c => c.Write(customer) ?? string.Empty).ToArray());
        }

        csv.Flush();
    }

    /// <summary>One import: headers, then rows, then the batch.</summary>
    private sealed class CsvImport(CustomerArchive archive, string text, Encoding encoding)
    {
        private readonly List<ImportProblem> _problems = [];
        private readonly ArchiveSnapshot _snapshot = archive.Snapshot;

        public ImportReport Run(string actor, bool validRowsOnly)
        {
            var records = CsvSource.Records(text).ToList();
            if (records.Count == 0)
            {
                return Report(0, 0, HeaderLanguage.Chinese, new ImportProblem(1, null, null, "The file is empty: it needs a header row."));
            }

            var (columns, language) = Headers(records[0].Cells);
            if (_problems.Count > 0)
            {
                return Report(0, 0, language);
            }

            var rows = new List<(int Row, Action<ChangeBatch> Add)>();
            var codes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (row, cells) in records.Skip(1))
            {
                if (Row(row, cells, columns) is { } customer && Fits(row, customer, codes))
                {
                    rows.Add((row, batch => batch.Add(customer)));
                }
            }

            var imported = CsvSource.Apply(archive, actor, rows, _problems, validRowsOnly);
            return Report(records.Count - 1, imported, language);
        }

        private ImportReport Report(int rows, int imported, HeaderLanguage language, params ImportProblem[] more) =>
            new(rows, imported, _problems.Concat(more).OrderBy(p => p.Row).ToArray(), encoding, language);

        private ((CustomerColumn Column, string Header)?[] Columns, HeaderLanguage Language) Headers(string[] headers)
        {
            var known = CustomerColumn.For(_snapshot.Settings);
            var chinese = 0;
            var columns = headers.Select(header =>
            {
                var name = header.Trim();
                var column = known.FirstOrDefault(c => string.Equals(c.Chinese, name, StringComparison.Ordinal))
                    ?? known.FirstOrDefault(c => string.Equals(c.English, name, StringComparison.OrdinalIgnoreCase));
                if (column is null)
                {
                    _problems.Add(new ImportProblem(1, name, null, $"Unknown column; expected {string.Join(", ", known.Select(c => c.Chinese))} (or their English names), a dimension or a custom field."));
                    return ((CustomerColumn Column, string Header)?)null;
                }

                chinese += string.Equals(column.Chinese, name, StringComparison.Ordinal) ? 1 : 0;
                return ((CustomerColumn Column, string Header)?)(column, name);
            }).ToArray();
            foreach (var repeated in columns.Where(c => c is not null).GroupBy(c => c!.Value.Column).Where(g => g.Count() > 1))
            {
                _problems.Add(new ImportProblem(1, repeated.First()!.Value.Header, null, "The column appears more than once."));
            }

            foreach (var required in known.Take(2).Where(r => !columns.Any(c => c?.Column == r)))
            {
                _problems.Add(new ImportProblem(1, required.Chinese, null, $"The column {required.Chinese} ({required.English}) is missing."));
            }

            return (columns, chinese * 2 >= columns.Length ? HeaderLanguage.Chinese : HeaderLanguage.English);
        }

        private Customer? Row(int row, string[] cells, (CustomerColumn Column, string Header)?[] columns)
        {
            if (cells.Length != columns.Length)
            {
                _problems.Add(new ImportProblem(row, null, null, FormattableString.Invariant($"The row has {cells.Length} cells; the header has {columns.Length}.")));
                return null;
            }

            string Cell(string chinese) => cells[Array.FindIndex(columns, c => string.Equals(c!.Value.Column.Chinese, chinese, StringComparison.Ordinal))].Trim();
            Customer customer;
            try
            {
                customer = new Customer(Cell(CustomerColumn.Code), Cell(CustomerColumn.Name));
            }
            catch (ArgumentException e)
            {
                _problems.Add(new ImportProblem(row, CustomerColumn.Code + "/" + CustomerColumn.Name, null, FirstSentence(e.Message)));
                return null;
            }

            var valid = true;
            for (var i = 0; i < cells.Length; i++)
            {
                var value = cells[i].Trim();
                if (value.Length == 0)
                {
                    continue;
                }

                try
                {
                    customer = columns[i]!.Value.Column.Read(customer, value);
                }
                catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
                {
                    _problems.Add(new ImportProblem(row, columns[i]!.Value.Header, value, FirstSentence(e.Message)));
                    valid = false;
                }
            }

            return valid ? customer : null;
        }

        // What the archive would refuse, found here so that every bad row is reported even when nothing is imported.
        private bool Fits(int row, Customer customer, Dictionary<string, int> codes)
        {
            var fits = true;
            if (_snapshot.Find(customer.Code) is not null || !codes.TryAdd(customer.Code, row))
            {
                var where = codes.TryGetValue(customer.Code, out var first) && first != row ? FormattableString.Invariant($"row {first} of the file") : "the archive";
                _problems.Add(new ImportProblem(row, CustomerColumn.Code, customer.Code, $"The code is already used by {where}."));
                fits = false;
            }

            foreach (var dimension in _snapshot.Settings.DimensionNamesInUse)
            {
                if (customer.CodeIn(dimension) is { } code && !(_snapshot.CategoriesOf(dimension) is var tree && tree.Contains(code) && tree.IsLeaf(code)))
                {
                    _problems.Add(new ImportProblem(row, dimension, code, $"Not a leaf category of {dimension}."));
                    fits = false;
                }
            }

            return fits;
        }

        private static string FirstSentence(string message) => message.Split(" (Parameter", 2)[0];
    }
}
