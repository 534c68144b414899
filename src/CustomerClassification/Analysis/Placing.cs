using System.Collections.Generic;
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
    private readonly Dictionary<string, Entry> _customers = new(StringComparer.Ordinal);

    public Placing(ArchiveSnapshot archive, AnalysisOptions options, LocalDate end)
    {
        _archive = archive;
        _dimension = options.Dimension;
        _end = end;
        Tree = archive.CategoriesOf(options.Dimension);
        Categories = [.. Tree];
        Position = CategoryInheritance.Positions(Categories);
        _history = options.Basis == CategoryBasis.InForce ? CategoryHistory.Of(archive, options.Dimension, options.Zone) is { ReclassifiedCustomers: > 0 } h ? h : null : null;
    }

    public CategoryTree Tree { get; }

    public Category[] Categories { get; }

    public Dictionary<string, int> Position { get; }

    /// <summary>Gets the number of lines: the categories, the unclassified, not in archive, total.</summary>
    public int Count => Categories.Length + 3;

    /// <summary>Gets the number of customer codes not in the archive.</summary>
    public int Unknown { get; private set; }

    public Entry Of(string customerCode)
    {
        if (!_customers.TryGetValue(customerCode, out var entry))
        {
            var customer = _archive.Find(customerCode);
            Unknown += customer is null ? 1 : 0;
            entry = new Entry(this, customer);
            _customers.Add(customerCode, entry);
        }

        return entry;
    }

    /// <summary>Counts every customer of the archive under its category at the end of the period.</summary>
    public void CountCustomers(int[] counts)
    {
        foreach (var customer in _archive)
        {
            counts[Line(_history is null ? customer.CodeIn(_dimension) : _history.CategoryOn(customer, _end))]++;
        }
    }

    /// <summary>Counts each customer with a sale once, under the line of its last sale.</summary>
    public void CountActive(int[] active)
    {
        foreach (var entry in _customers.Values)
        {
            if (entry.LastSaleAt >= 0)
            {
                active[entry.LastSaleAt]++;
            }
        }
    }

    private int Line(string? code) => code is not null && Position.TryGetValue(code, out var at) ? at : Categories.Length;

    internal sealed class Entry
    {
        private readonly Placing _placing;
        private readonly Customer? _customer;
        private readonly int _fixed;
        private LocalDate _lastSale;

        public Entry(Placing placing, Customer? customer)
        {
            _placing = placing;
            _customer = customer;
            _fixed = customer is null ? placing.Categories.Length + 1
                : placing._history is { } history && history.Moved(customer) ? -1
                : placing.Line(customer.CodeIn(placing._dimension));
        }

        public int LastSaleAt { get; private set; } = -1;

        public int At(LocalDate date) => _fixed >= 0 ? _fixed : _placing.Line(_placing._history!.CategoryOn(_customer!, date));

        public void Sold(SalesDocument document, int at)
        {
            if (document.Kind == SalesKind.Sale && (LastSaleAt < 0 || document.Date >= _lastSale))
            {
                _lastSale = document.Date;
                LastSaleAt = at;
            }
        }
    }
}
