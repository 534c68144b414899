using System.Collections.Generic;
using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// Collects sales documents into a <see cref="SalesLedger"/> (<see cref="SalesLedger.CreateBuilder"/>): each document
/// is checked as a <see cref="SalesDocument"/> is, then kept in columns. Not thread-safe; a built ledger does not
/// change when more documents are added afterwards.
/// </summary>
public sealed class SalesLedgerBuilder
{
    private readonly Dictionary<string, int> _codeIndex = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];
    private readonly List<int> _customers;
    private readonly List<LocalDate> _dates;
    private readonly List<string> _numbers;
    private readonly List<decimal> _amounts;
    private readonly List<byte> _flags;
    private List<decimal>? _costs;
    private List<decimal>? _quantities;

    internal SalesLedgerBuilder(int capacity)
    {
        _customers = new(capacity);
        _dates = new(capacity);
        _numbers = new(capacity);
        _amounts = new(capacity);
        _flags = new(capacity);
    }

    /// <summary>Gets the number of documents added.</summary>
    public int Count => _customers.Count;

    /// <summary>Adds a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public SalesLedgerBuilder Add(SalesDocument document)
    {
        Guard.Against.Null(document);
        if (!_codeIndex.TryGetValue(document.CustomerCode, out var customer))
        {
            customer = _codes.Count;
            _codeIndex.Add(document.CustomerCode, customer);
            _codes.Add(document.CustomerCode);
        }

        _customers.Add(customer);
        _dates.Add(document.Date);
        _numbers.Add(document.DocumentNumber);
        _amounts.Add(document.Amount);
        _flags.Add(SalesLedger.FlagsOf(document));
        if (document.Cost is { } cost)
        {
            Column(ref _costs).Add(cost);
        }
        else
        {
            _costs?.Add(0m);
        }

        if (document.Quantity is { } quantity)
        {
            Column(ref _quantities).Add(quantity);
        }
        else
        {
            _quantities?.Add(0m);
        }

        return this;
    }

    /// <summary>Adds a document given by its values, checked as <see cref="SalesDocument"/>'s constructor checks them.</summary>
    /// <param name="customerCode">The customer (客户编码).</param>
    /// <param name="date">The document date (单据日期).</param>
    /// <param name="documentNumber">The document number (单据号).</param>
    /// <param name="amount">The amount (金额), 0 or more.</param>
    /// <param name="kind">Sale or return (类型).</param>
    /// <param name="cost">The cost (成本), 0 or more, or null.</param>
    /// <param name="quantity">The quantity (数量), 0 or more, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount, cost or quantity is negative or beyond T3's money range, or the date is outside 1753-01-01 to 9999-12-31.</exception>
    public SalesLedgerBuilder Add(string customerCode, LocalDate date, string documentNumber, decimal amount, SalesKind kind = SalesKind.Sale, decimal? cost = null, decimal? quantity = null) =>
        Add(new SalesDocument(customerCode, date, documentNumber, amount, kind, cost, quantity));

    /// <summary>Makes the ledger of the documents added so far.</summary>
    /// <returns>The ledger.</returns>
    public SalesLedger Build() =>
        Count == 0 ? SalesLedger.Empty : new(new Dictionary<string, int>(_codeIndex, StringComparer.Ordinal), [.. _codes], [.. _customers], [.. _dates], [.. _numbers], [.. _amounts], [.. _flags], _costs?.ToArray(), _quantities?.ToArray());

    // An optional column starts at its first value, with a 0 for every document before it (their flags say they have none).
    private List<decimal> Column(ref List<decimal>? column)
    {
        if (column is null)
        {
            column = new List<decimal>(_customers.Capacity);
            for (var i = 1; i < _customers.Count; i++)
            {
                column.Add(0m);
            }
        }

        return column;
    }
}
