using System.Collections.Generic;
using System.Linq;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Sales;
using NodaTime;

namespace CustomerClassification.Analysis;

/// <summary>
/// Net sales of a period across two dimensions (多维度交叉分析), such as 客户分类 × 地区分类, each at a chosen level, with
/// row, column and grand totals. The last row and the last column hold the documents of customers without a category
/// on that side or not in the archive, so the grand total is every document of the period. Immutable.
/// </summary>
public sealed class SalesCrossTab
{
    private readonly decimal[,] _cells;

    private SalesCrossTab(LocalDate from, LocalDate to, CategoryBasis basis, CrossTabAxis rows, CrossTabAxis columns, Category?[] rowHeads, Category?[] columnHeads, decimal[,] cells)
    {
        From = from;
        To = to;
        Basis = basis;
        RowAxis = rows;
        ColumnAxis = columns;
        Rows = ReadOnly.Of(rowHeads.Select(Head).ToArray());
        Columns = ReadOnly.Of(columnHeads.Select(Head).ToArray());
        _cells = cells;
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>Gets whether documents count under the categories in force on their date or today's.</summary>
    public CategoryBasis Basis { get; }

    /// <summary>Gets the rows' dimension and level.</summary>
    public CrossTabAxis RowAxis { get; }

    /// <summary>Gets the columns' dimension and level.</summary>
    public CrossTabAxis ColumnAxis { get; }

    /// <summary>Gets the row heads: the categories at the row level in pre-order, then the other documents (code empty).</summary>
    public IReadOnlyList<Category> Rows { get; }

    /// <summary>Gets the column heads, as <see cref="Rows"/>.</summary>
    public IReadOnlyList<Category> Columns { get; }

    /// <summary>Gets the grand total.</summary>
    public decimal Total => Enumerable.Range(0, Rows.Count).Sum(RowTotal);

    /// <summary>Builds a cross-tab.</summary>
    /// <param name="archive">The archive.</param>
    /// <param name="documents">The documents; those outside the period are left out. A <see cref="SalesLedger"/> is read in place; other documents are made into one first.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period.</param>
    /// <param name="rows">The rows' dimension and level.</param>
    /// <param name="columns">The columns' dimension and level.</param>
    /// <param name="options">The basis and zone (its dimension is not used: each axis names its own), or null for the defaults.</param>
    /// <returns>The cross-tab.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ClassificationException">The archive has no such dimension (<see cref="ClassificationErrorCode.DimensionNotFound"/>).</exception>
    public static SalesCrossTab Build(ArchiveSnapshot archive, IEnumerable<SalesDocument> documents, LocalDate from, LocalDate to, CrossTabAxis rows, CrossTabAxis columns, AnalysisOptions? options = null)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(documents);
        Guard.Against.Null(rows);
        Guard.Against.Null(columns);
        Money.Period(from, to, nameof(to));

        options ??= AnalysisOptions.Default;
        var ledger = SalesLedger.Of(documents);
        var (rowPlacing, rowHeads, rowOf) = Axis(archive, options, to, rows, ledger);
        var (columnPlacing, columnHeads, columnOf) = Axis(archive, options, to, columns, ledger);
        var cells = new decimal[rowHeads.Length, columnHeads.Length];
        for (var i = 0; i < ledger.Count; i++)
        {
            var date = ledger.Dates[i];
            if (date >= from && date <= to)
            {
                var customer = ledger.Customers[i];
                cells[rowOf[rowPlacing.Place(customer, date, sale: false)], columnOf[columnPlacing.Place(customer, date, sale: false)]] += ledger.NetAmountAt(i);
            }
        }

        return new SalesCrossTab(from, to, options.Basis, rows, columns, rowHeads, columnHeads, cells);
    }

    /// <summary>Gets a cell's net sales.</summary>
    /// <param name="row">The row's index in <see cref="Rows"/>.</param>
    /// <param name="column">The column's index in <see cref="Columns"/>.</param>
    /// <returns>The net sales.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the table.</exception>
    public decimal Cell(int row, int column)
    {
        Guard.Against.OutOfRange(row, nameof(row), 0, Rows.Count - 1);
        Guard.Against.OutOfRange(column, nameof(column), 0, Columns.Count - 1);
        return _cells[row, column];
    }

    /// <summary>Gets a row's total.</summary>
    /// <param name="row">The row's index.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the table.</exception>
    public decimal RowTotal(int row) => Enumerable.Range(0, Columns.Count).Sum(c => Cell(row, c));

    /// <summary>Gets a column's total.</summary>
    /// <param name="column">The column's index.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the table.</exception>
    public decimal ColumnTotal(int column) => Enumerable.Range(0, Rows.Count).Sum(r => Cell(r, column));

    // The heads at the axis' level, and for each line of the placing the head it counts under.
    private static (Placing Placing, Category?[] Heads, int[] HeadOf) Axis(ArchiveSnapshot archive, AnalysisOptions options, LocalDate to, CrossTabAxis axis, SalesLedger ledger)
    {
        var placing = new Placing(archive, options with { Dimension = axis.Dimension }, to, ledger);
        var categories = placing.Categories;
        var heads = categories.Where(c => c.Level == axis.Level || (c.Level < axis.Level && placing.Tree.IsLeaf(c.Code))).ToList<Category?>();
        heads.Add(null);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < heads.Count - 1; i++)
        {
            index.Add(heads[i]!.Code, i);
        }

        var other = heads.Count - 1;
        var headOf = new int[placing.Count];
        for (var i = 0; i < headOf.Length; i++)
        {
            headOf[i] = other;
        }

        for (var i = 0; i < categories.Length; i++)
        {
            var code = categories[i].Code;
            var head = categories[i].Level <= axis.Level ? code : code.Substring(0, placing.Tree.Scheme.CodeLength(axis.Level));
            headOf[i] = index.TryGetValue(head, out var at) ? at : other;
        }

        return (placing, heads.ToArray(), headOf);
    }

    private static Category Head(Category? category) => category ?? new Category(string.Empty, Messages.Get("OtherCategories"), 0, null);
}
