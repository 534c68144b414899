using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>One customer import from records (CSV or workbook): headers, then rows, then the batch.</summary>
internal sealed class CustomerImport(CustomerArchive archive, List<(int Row, string[] Cells)> records, Encoding encoding)
{
    private readonly List<ImportProblem> _problems = [];
    private readonly ArchiveSnapshot _snapshot = archive.Snapshot;

    public ImportReport Run(string actor, bool validRowsOnly)
    {
        if (records.Count == 0)
        {
            return Report(0, 0, HeaderLanguage.Chinese, new ImportProblem(1, null, null, "The file is empty: it needs a header row."));
        }

        var (columns, language) = Headers(records[0].Cells);
        if (_problems.Count > 0)
        {
            return Report(records.Count - 1, 0, language);
        }

        // The archive checks codes, categories and custom fields; its refusals name the field, which names the column.
        // A row with a bad cell is still checked with its other cells, so that it reports every problem it has.
        var rows = new List<ImportRow>();
        var incomplete = new List<ImportRow>();
        foreach (var (row, cells) in records.Skip(1))
        {
            if (Row(row, cells, columns) is ({ } customer, var complete))
            {
                (complete ? rows : incomplete).Add(new ImportRow(row, batch => batch.Add(customer), field => Array.FindIndex(columns, c => string.Equals(c?.Column.English, field, StringComparison.Ordinal)) is var i and >= 0
                    ? (columns[i]!.Value.Header, cells[i].Trim())
                    : null));
            }
        }

        CsvSource.Check(archive, incomplete, _problems);
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
            var column = known.FirstOrDefault(c => c.IsNamed(name));
            if (column is null)
            {
                _problems.Add(new ImportProblem(1, name, null, $"Unknown column; expected {string.Join(", ", known.Select(c => c.Chinese))} (or their English names), a dimension or a custom field."));
                return ((CustomerColumn Column, string Header)?)null;
            }

            chinese += name.Any(c => c > 127) ? 1 : 0;
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

    // The customer a row makes from its good cells, and whether every cell was good; no customer without a code and a name.
    private (Customer? Customer, bool Complete) Row(int row, string[] cells, (CustomerColumn Column, string Header)?[] columns)
    {
        if (cells.Length != columns.Length)
        {
            _problems.Add(new ImportProblem(row, null, null, FormattableString.Invariant($"The row has {cells.Length} cells; the header has {columns.Length}.")));
            return (null, false);
        }

        string Cell(string chinese) => cells[Array.FindIndex(columns, c => string.Equals(c!.Value.Column.Chinese, chinese, StringComparison.Ordinal))].Trim();
        Customer customer;
        try
        {
            customer = new Customer(Cell(CustomerColumn.Code), Cell(CustomerColumn.Name));
        }
        catch (ArgumentException e)
        {
            _problems.Add(new ImportProblem(row, CustomerColumn.Code + "/" + CustomerColumn.Name, null, CsvSource.FirstSentence(e.Message)));
            return (null, false);
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
                _problems.Add(new ImportProblem(row, columns[i]!.Value.Header, value, CsvSource.FirstSentence(e.Message)));
                valid = false;
            }
        }

        return (customer, valid);
    }
}
