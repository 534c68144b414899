using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Analysis;

/// <summary>
/// Where a customer's documents go in an analysis: the line of its category (pre-order position), of the unclassified,
/// or of customers not in the archive. Each customer is looked up once; only a customer the change log reclassified
/// is placed per document date.
/// </summary>
internal sealed class Placing
{
    private readonly ArchiveSnapshot _archive;
    private readonly CategoryHistory? _history;
    private readonly string _dimension;
    private readonly LocalDate _end;
    private readonly SalesLedger _ledger;

    // Per customer, the ledger's first (by its index), then other codes met: kept in arrays of their own, so that a
    // document touches four bytes of its customer, not an object. A line of -1: the log moved it, placed by date.
    private readonly CustomerSlots _slots;
    private readonly Dictionary<int, (LocalDate Date, int Line)> _lastSaleOfMoved = [];
    private Customer?[] _customers;
    private int[] _lines;
    private bool[] _sold;

    // The archive's customers by the line of their category at the end of the period.
    private readonly int[] _counts;

    public Placing(ArchiveSnapshot archive, AnalysisOptions options, LocalDate end, SalesLedger ledger)
    {
        _archive = archive;
        _dimension = options.Dimension;
        _end = end;
        _ledger = ledger;
        Tree = archive.CategoriesOf(options.Dimension);
        Categories = [.. Tree];
        Position = CategoryInheritance.Positions(Categories);
        _history = options.Basis == CategoryBasis.InForce ? CategoryHistory.Of(archive, options.Dimension, options.Zone) is { ReclassifiedCustomers: > 0 } h ? h : null : null;
        _slots = new CustomerSlots(ledger);
        (_customers, _lines, _sold) = (new Customer?[_slots.Count], new int[_slots.Count], new bool[_slots.Count]);
        _counts = new int[Count];
        ResolveAll();
    }

    public CategoryTree Tree { get; }

    public Category[] Categories { get; }

    public Dictionary<string, int> Position { get; }

    /// <summary>Gets the number of lines: the categories, the unclassified, not in archive, total.</summary>
    public int Count => Categories.Length + 3;

    /// <summary>Gets the number of customer codes not in the archive.</summary>
    public int Unknown => _customers.Take(_slots.Count).Count(c => c is null);

    /// <summary>The line of a customer given by its code (an open item's), on a date.</summary>
    public int Place(string customerCode, LocalDate date, bool sale)
    {
        var at = _slots.Find(customerCode);
        if (at < 0)
        {
            if (_slots.Count == _lines.Length)
            {
                var size = Math.Max(16, _slots.Count * 2);
                Array.Resize(ref _customers, size);
                Array.Resize(ref _lines, size);
                Array.Resize(ref _sold, size);
            }

            at = _slots.Add(customerCode);
            Resolve(at, customerCode);
        }

        return Place(at, date, sale);
    }

    /// <summary>The line of a customer given by its index in the ledger, on a date; a sale marks the customer active there.</summary>
    public int Place(int customer, LocalDate date, bool sale)
    {
        var line = _lines[customer];
        if (line >= 0)
        {
            _sold[customer] |= sale;
            return line;
        }

        line = Line(_history!.CategoryOn(_customers[customer]!, date));
        if (sale && (!_lastSaleOfMoved.TryGetValue(customer, out var last) || date >= last.Date))
        {
            _lastSaleOfMoved[customer] = (date, line);
        }

        return line;
    }

    public void CountCustomers(int[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] += _counts[i];
        }
    }

    /// <summary>Counts each customer with a sale once, under the line of its last sale.</summary>
    public void CountActive(int[] active)
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (_sold[i])
            {
                active[_lines[i]]++;
            }
        }

        foreach (var last in _lastSaleOfMoved.Values)
        {
            active[last.Line]++;
        }
    }

    private int Line(string? code) => code is not null && Position.TryGetValue(code, out var at) ? at : Categories.Length;

    // One pass over the archive in its own order (a lookup per customer in the ledger, not one in the archive per code
    // of the ledger, which costs three times as much on a million) places the ledger's customers and counts them all;
    // a code of the ledger the pass did not meet is looked up as the archive compares codes.
    private void ResolveAll()
    {
        var met = new bool[_slots.Count];
        foreach (var customer in _archive)
        {
            var line = Line(customer.CodeIn(_dimension));
            _counts[_history is null ? line : Line(_history.CategoryOn(customer, _end))]++;
            if (_ledger.IndexOf(customer.Code) is var at and >= 0)
            {
                met[at] = true;
                _customers[at] = customer;
                _lines[at] = _history is { } history && history.Moved(customer) ? -1 : line;
            }
        }

        for (var i = 0; i < met.Length; i++)
        {
            if (!met[i])
            {
                Resolve(i, _ledger.CustomerCodes[i]);
            }
        }
    }

    // A customer of the documents: the line all its documents go to (-1 when the log moved it: placed by date).
    private void Resolve(int at, string code)
    {
        var customer = _archive.Find(code);
        _customers[at] = customer;
        _lines[at] = customer is null ? Categories.Length + 1
            : _history is { } history && history.Moved(customer) ? -1
            : Line(customer.CodeIn(_dimension));
    }
}
