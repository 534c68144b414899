using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>One customer import from records (CSV or workbook): headers, then rows (each an add or an update), then the batch.</summary>
internal sealed class CustomerImport(CustomerArchive archive, List<(int Row, string[] Cells)> records, Encoding encoding, ImportOptions options, List<ImportProblem> found)
{
    // Problems found while reading the file (rows in another encoding), whose rows are not among the records.
    private readonly List<ImportProblem> _problems = found;
    private readonly int _rowCount = CsvSource.DataRows(records.Count, found);
    private readonly ArchiveSnapshot _snapshot = archive.Snapshot;
    private readonly List<string> _ignored = [];
    private readonly List<RowMatch> _matches = [];
    private Dictionary<string, List<Customer>>? _byName;
    private readonly LockOverride? _override = options.OverrideReason is { } reason ? new LockOverride(reason) : null;

    public ImportReport Run(string actor)
    {
        if (records.Count == 0)
        {
            return ImportReport.Unreadable(0, [new ImportProblem(1, null, null, SheetText.Get("EmptyFile"))], encoding);
        }

        var before = _problems.Count;
        var (columns, language) = Headers(records[0].Cells);
        if (_problems.Count > before)
        {
            return ImportReport.Unreadable(_rowCount, _problems, encoding, language);
        }

        // The archive checks codes, categories and custom fields; its refusals name the field, which names the column.
        // A row with a bad cell is still checked with its other cells, so that it reports every problem it has.
        var rows = new List<ImportRow>();
        var incomplete = new List<ImportRow>();
        // The row of each code seen so far, added or updated: a code is given once per file.
        var seen = new Dictionary<string, int>(archive.Settings.CodeComparer);
        var unchanged = 0;
        foreach (var (row, cells) in records.Skip(1))
        {
            switch (Row(row, cells, columns, seen))
            {
                case (null, true):
                    unchanged++;
                    break;
                case ({ } change, var complete):
                    (complete ? rows : incomplete).Add(change);
                    break;
            }
        }

        CsvSource.Check(archive, incomplete, _problems);
        var applied = CsvSource.Apply(archive, actor, rows, _problems, options.ImportValidRows);
        return new ImportReport(_rowCount, applied.Count(r => r.Adds), applied.Count(r => !r.Adds), unchanged, _problems.OrderBy(p => p.Row).ToArray(), encoding, language, readable: true)
        {
            IgnoredColumns = _ignored.ToArray(),
            Matches = _matches.ToArray(),
        };
    }

    private ((CustomerColumn Column, string Header)[] Columns, HeaderLanguage Language) Headers(string[] headers)
    {
        var known = CustomerColumn.For(_snapshot.Settings);
        var derived = CustomerColumn.DerivedNames(_snapshot);
        var map = options.ColumnMap ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var chinese = 0;
        var columns = new List<(CustomerColumn Column, string Header)>();
        foreach (var header in headers.Select(h => h.Trim()))
        {
            var mapped = map.FirstOrDefault(m => m.Key.Trim().Equals(header, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            var name = mapped ?? header;
            if ((known.FirstOrDefault(c => c.IsNamed(name)) ?? derived.FirstOrDefault(c => c.IsNamed(name))) is not { } column)
            {
                if (mapped is not null || options.RefuseUnknownColumns)
                {
                    _problems.Add(new ImportProblem(1, header, mapped, mapped is null
                        ? SheetText.Format("UnknownColumn", string.Join(", ", known.Select(c => c.Chinese)), header)
                        : SheetText.Format("MapTargetUnknown", mapped, string.Join(", ", known.Select(c => c.Chinese)))));
                    continue;
                }

                _ignored.Add(header);
                columns.Add((CustomerColumn.Ignored(header), header));
                continue;
            }

            if (columns.FindIndex(c => c.Column == column) is var first and >= 0)
            {
                _problems.Add(new ImportProblem(1, header, null, SheetText.Format("ColumnTwice", columns[first].Header)));
            }

            chinese += header.Any(c => c > 127) ? 1 : 0;
            columns.Add((column, header));
        }

        foreach (var absent in map.Keys.Where(k => !headers.Any(h => h.Trim().Equals(k.Trim(), StringComparison.OrdinalIgnoreCase))))
        {
            _problems.Add(new ImportProblem(1, absent, null, SheetText.Format("MappedColumnAbsent", absent)));
        }

        // The code finds or makes the customer; a new customer needs its name too, so a file that only adds must have it.
        var required = options.Mode == ImportMode.Add ? known.Take(2) : known.Take(1);
        foreach (var missing in required.Where(r => !columns.Any(c => c.Column == r)))
        {
            _problems.Add(new ImportProblem(1, missing.Chinese, null, SheetText.Format("ColumnMissing", missing.Chinese, missing.English, string.Join(", ", new[] { missing.Chinese, missing.English }.Concat(missing.Aliases)))) { Field = missing.English });
        }

        var read = columns.Count - _ignored.Count;
        return (columns.ToArray(), chinese * 2 >= read ? HeaderLanguage.Chinese : HeaderLanguage.English);
    }

    // The change a row makes and whether every cell was good; (null, true) for a row that changes nothing, (null, false) for one refused before the archive sees it.
    private (ImportRow? Change, bool Complete) Row(int row, string[] cells, (CustomerColumn Column, string Header)[] columns, Dictionary<string, int> seen)
    {
        if (cells.Length != columns.Length)
        {
            _problems.Add(new ImportProblem(row, null, null, SheetText.Format("CellCount", cells.Length, columns.Length)));
            return (null, false);
        }

        var codeAt = At(columns, CustomerFields.Code.Name);
        var code = cells[codeAt].Trim();
        (string Header, string Value)? CellOf(string? field) => At(columns, field) is var i and >= 0 ? (columns[i].Header, cells[i].Trim()) : null;

        var (existing, by, matched) = Existing(row, code, CellOf, columns[codeAt].Header);
        if (!matched)
        {
            return (null, false);
        }

        if (existing is null || options.Mode == ImportMode.Add)
        {
            if (existing is null && options.Mode == ImportMode.Update && code.Length > 0)
            {
                _problems.Add(new ImportProblem(row, columns[codeAt].Header, code, SheetText.Format("NoCustomerToUpdate", code)) { Field = CustomerFields.Code.Name, Error = ClassificationErrorCode.CustomerNotFound });
                return (null, false);
            }

            var nameAt = At(columns, CustomerFields.Name.Name);
            if (New(row, code, nameAt < 0 ? string.Empty : cells[nameAt].Trim(), nameAt < 0 ? CustomerFields.Name.Label : columns[nameAt].Header) is not { } builder)
            {
                return (null, false);
            }

            var (made, valid) = Cells(row, cells, columns, builder, original: null);
            if (existing is not null)
            {
                _problems.Add(new ImportProblem(row, columns[codeAt].Header, code, SheetText.Format("CustomerExistsImport", existing.Code)) { Field = CustomerFields.Code.Name, Error = ClassificationErrorCode.DuplicateCustomerCode });
                return (null, false);
            }

            if (code.Length > 0 && !seen.TryAdd(code, row))
            {
                // The same new code twice in one file: name the row that has it first.
                _problems.Add(new ImportProblem(row, columns[codeAt].Header, code, SheetText.Format("AddedTwice", seen[code])) { Field = CustomerFields.Code.Name, Error = ClassificationErrorCode.DuplicateCustomerCode });
                return (null, false);
            }

            return (new ImportRow(row, Adds: true, batch => batch.Add(made), CellOf), valid);
        }

        if (seen.TryGetValue(existing.Code, out var earlier))
        {
            _problems.Add(new ImportProblem(row, columns[codeAt].Header, code, SheetText.Format("UpdatedTwice", earlier)) { Field = CustomerFields.Code.Name });
            return (null, false);
        }

        seen.Add(existing.Code, row);
        _matches.Add(new RowMatch(row, existing.Code, by));
        var (changed, complete) = Cells(row, cells, columns, existing.ToBuilder(), existing);
        return changed == existing && complete
            ? (null, true)
            : (new ImportRow(row, Adds: false, batch => batch.Update(existing.Code, _ => changed, _override), CellOf), complete);
    }

    // The customer a row is about: by code, or (updating) by tax id or normalised name when one matches; false when the
    // row matches two customers, or one whose code is not the row's.
    private (Customer? Existing, ImportMatch By, bool Matched) Existing(int row, string code, Func<string?, (string Header, string Value)?> cellOf, string codeHeader)
    {
        var byCode = code.Length == 0 ? null : _snapshot.Find(code);
        if (options.Match == ImportMatch.Code || options.Mode == ImportMode.Add)
        {
            return (byCode, ImportMatch.Code, true);
        }

        var field = options.Match == ImportMatch.TaxId ? CustomerFields.Get("taxId") : CustomerFields.Name;
        if (cellOf(field.Name) is not { Value.Length: > 0 } cell)
        {
            return (byCode, ImportMatch.Code, true);
        }

        var matches = options.Match == ImportMatch.TaxId
            ? (TaxId.TryParse(cell.Value, out var taxId) ? _snapshot.FindByTaxId(taxId) : [])
            : (ByName().TryGetValue(Quality.ArchiveAudit.NormalizedName(cell.Value), out var named) ? named : []);
        if (matches.Count == 0)
        {
            return (byCode, ImportMatch.Code, true);
        }

        var other = matches.Count > 1 ? matches[1] : code.Length > 0 && !ReferenceEquals(byCode, matches[0]) ? null : matches[0];
        if (matches.Count > 1 || other is null)
        {
            _problems.Add(new ImportProblem(row, matches.Count > 1 ? cell.Header : codeHeader, matches.Count > 1 ? cell.Value : code, matches.Count > 1
                ? SheetText.Format("MatchesTwo", cell.Header, matches[0].Code, matches[1].Code)
                : SheetText.Format("MatchesOther", cell.Header, cell.Value, matches[0].Code, code)) { Field = matches.Count > 1 ? field.Name : CustomerFields.Code.Name });
            return (null, options.Match, false);
        }

        return (matches[0], options.Match, true);
    }

    private Dictionary<string, List<Customer>> ByName()
    {
        if (_byName is null)
        {
            _byName = new Dictionary<string, List<Customer>>(StringComparer.Ordinal);
            foreach (var customer in _snapshot)
            {
                var key = Quality.ArchiveAudit.NormalizedName(customer.Name);
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName.Add(key, list = []);
                }

                list.Add(customer);
            }
        }

        return _byName;
    }

    private static readonly string Limit = CustomerFields.Get("creditLimit").Name;
    private static readonly string Controlled = CustomerFields.Get("creditControlled").Name;

    private static int At((CustomerColumn Column, string Header)[] columns, string? field) =>
        Array.FindIndex(columns, c => string.Equals(c.Column.English, field, StringComparison.Ordinal));

    private CustomerBuilder? New(int row, string code, string name, string nameHeader)
    {
        try
        {
            return Customer.CreateBuilder(code, name);
        }
        catch (ArgumentException e)
        {
            var (header, value, field) = string.Equals(e.ParamName, "name", StringComparison.OrdinalIgnoreCase) ? (nameHeader, name, CustomerFields.Name) : (CustomerFields.Code.Label, code, CustomerFields.Code);
            _problems.Add(new ImportProblem(row, header, value.Length == 0 ? null : value, value.Length == 0 ? "The value is required." : CsvSource.FirstSentence(e.Message)) { Field = field.Name });
            return null;
        }
    }

    // Sets every non-empty cell but the code on the customer, and when updating with ClearEmpty every empty one that can be
    // cleared; a bad cell is reported and skipped. A cell that shows the value the customer being updated has already
    // is left alone, so that a value the library derives (the mnemonic code from the name) keeps being derived.
    private (Customer Customer, bool Valid) Cells(int row, string[] cells, (CustomerColumn Column, string Header)[] columns, CustomerBuilder customer, Customer? original)
    {
        var valid = true;
        var clear = original is not null && options.ClearEmpty;
        for (var i = 0; i < cells.Length; i++)
        {
            var (column, header) = columns[i];
            var value = cells[i].Trim();
            if ((original is not null && value.Length > 0 && string.Equals(value, column.Write(original), StringComparison.Ordinal))
                || (original is null && string.Equals(column.Chinese, CustomerColumn.Name, StringComparison.Ordinal)))
            {
                // Unchanged, or the name a new customer was made with.
                continue;
            }

            try
            {
                if (value.Length > 0)
                {
                    column.Read(customer, value);
                }
                else if (clear)
                {
                    column.Clear?.Invoke(customer);
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
            {
                var message = value.Length == 0 && e is ArgumentNullException ? SheetText.Get("CannotClear") : CsvSource.FirstSentence(e.Message);
                _problems.Add(new ImportProblem(row, header, value.Length == 0 ? null : value, message) { Field = column.English });
                valid = false;
            }
        }

        // T3 has no 控制信用额度 column and writes a customer it does not control with a 信用额度 of 0: in a file without
        // that column, a limit of 0 reads as not controlled (a controlled limit of 0 would be cash only).
        if (valid && At(columns, Controlled) < 0 && At(columns, Limit) is var limitAt and >= 0 && cells[limitAt].Trim().Length > 0 && customer.CreditLimit == 0m)
        {
            customer.CreditControlled = false;
        }

        var built = customer.Build();
        for (var i = 0; i < cells.Length; i++)
        {
            var (column, header) = columns[i];
            if (column.Check is { } check && cells[i].Trim() is { Length: > 0 } text && check(built, text) is { } problem)
            {
                _problems.Add(new ImportProblem(row, header, text, problem) { Field = column.English });
                valid = false;
            }
        }

        return (built, valid);
    }
}
