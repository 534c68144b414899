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
/// Sales, returns, cost and gross profit by category for a period (按客户类别汇总), rolled up the tree with totals, beside
/// the previous period of the same length and, given open items, the receivables: balance, overdue share and DSO.
/// Each document counts under the category its customer was in on the document's date (<see cref="CategoryBasis.InForce"/>,
/// the default) or under today's (<see cref="CategoryBasis.Current"/>); <see cref="Basis"/> says which. Immutable.
/// <para>
/// Every document in the two periods is counted once: a customer without a category in the dimension goes to
/// <see cref="Unclassified"/>, a customer the archive does not hold to <see cref="NotInArchive"/>, and
/// <see cref="Total"/> is the roots plus those two. A category holds the sums of its children and of its own customers.
/// </para>
/// </summary>
public sealed class SalesAnalysis
{
    private readonly Dictionary<string, CategorySales> _byCode;

    private SalesAnalysis(LocalDate from, LocalDate to, AnalysisOptions options, CategorySales[] categories, CategorySales unclassified, CategorySales notInArchive, CategorySales total, bool hasReceivables, int unknownCustomers)
    {
        From = from;
        To = to;
        (PreviousFrom, PreviousTo) = Previous(from, to);
        Dimension = options.Dimension;
        Basis = options.Basis;
        Categories = ReadOnly.Of(categories);
        Unclassified = unclassified;
        NotInArchive = notInArchive;
        Total = total;
        HasReceivables = hasReceivables;
        UnknownCustomers = unknownCustomers;
        _byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>
    /// Gets the first day of the previous period (上期), which ends the day before <see cref="From"/>: as many whole calendar
    /// months when the period is whole months (2026-04-01 to 2026-06-30 → 2026-01-01 to 2026-03-31), else as many days.
    /// </summary>
    public LocalDate PreviousFrom { get; }

    /// <summary>Gets the last day of the previous period.</summary>
    public LocalDate PreviousTo { get; }

    /// <summary>Gets the dimension analysed.</summary>
    public string Dimension { get; }

    /// <summary>Gets whether documents count under the category in force on their date or today's.</summary>
    public CategoryBasis Basis { get; }

    /// <summary>Gets every category of the dimension in pre-order, each with its subtree's sums.</summary>
    public IReadOnlyList<CategorySales> Categories { get; }

    /// <summary>Gets the documents of customers without a category in the dimension.</summary>
    public CategorySales Unclassified { get; }

    /// <summary>Gets the documents of customers the archive does not hold (removed, or not yet imported).</summary>
    public CategorySales NotInArchive { get; }

    /// <summary>Gets the number of customer codes among the documents that the archive does not hold.</summary>
    public int UnknownCustomers { get; }

    /// <summary>Gets the totals of every document.</summary>
    public CategorySales Total { get; }

    /// <summary>Gets a value indicating whether open items were given, so that balance, overdue and DSO mean something.</summary>
    public bool HasReceivables { get; }

    /// <summary>Analyses documents by category.</summary>
    /// <param name="archive">The archive whose categories and customers are used.</param>
    /// <param name="documents">The documents; those outside the period and its previous period (and, with open items, the DSO months) are left out. A <see cref="SalesLedger"/> is read in place; other documents are made into one first.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period; the previous period is as long (see <see cref="PreviousFrom"/>).</param>
    /// <param name="options">The options, or null for <see cref="AnalysisOptions.Default"/>.</param>
    /// <param name="openItems">The open items at the end of the period, for balance, overdue share and DSO, or null; each counts under its customer's category on <paramref name="to"/>.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="documents"/> is null, or an input holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ClassificationException">The archive has no such dimension (<see cref="ClassificationErrorCode.DimensionNotFound"/>).</exception>
    public static SalesAnalysis Build(ArchiveSnapshot archive, IEnumerable<SalesDocument> documents, LocalDate from, LocalDate to, AnalysisOptions? options = null, IEnumerable<OpenItem>? openItems = null)
    {
        Guard.Against.Null(archive);
        Guard.Against.Null(documents);
        Money.Period(from, to, nameof(to));

        options ??= AnalysisOptions.Default;
        var ledger = SalesLedger.Of(documents);
        var placing = new Placing(archive, options, to, ledger);
        var sums = new Sums(placing.Count, openItems is null ? 0 : options.CountbackMonths);
        var previousFrom = Previous(from, to).From;
        var earliest = openItems is null ? previousFrom : LocalDate.Min(previousFrom, new YearMonth(to.Year, to.Month).PlusMonths(1 - options.CountbackMonths).OnDayOfMonth(1));
        var (customers, dates, flags, amounts) = (ledger.Customers, ledger.Dates, ledger.Flags, ledger.Amounts);
        for (var i = 0; i < customers.Length; i++)
        {
            var date = dates[i];
            if (date < earliest || date > to)
            {
                continue;
            }

            var current = date >= from;
            var isReturn = SalesLedger.IsReturn(flags[i]);
            var at = placing.Place(customers[i], date, current && !isReturn);
            if (current)
            {
                sums.Current(at, ledger, i, isReturn);
            }
            else if (date >= previousFrom)
            {
                sums.PreviousNet[at] += isReturn ? -amounts[i] : amounts[i];
            }

            if (sums.Months is { } months && Countback.MonthBack(to, date, options.CountbackMonths) is var back and >= 0)
            {
                months[at][back] += isReturn ? -amounts[i] : amounts[i];
            }
        }

        foreach (var item in openItems ?? [])
        {
            Guard.Against.Null(item, nameof(openItems));
            var at = placing.Place(item.CustomerCode, to, sale: false);
            sums.Balance[at] += item.Amount;
            sums.Overdue[at] += item.DaysOverdue(to) > 0 ? item.Amount : 0m;
        }

        placing.CountCustomers(sums.Customers);
        placing.CountActive(sums.Active);
        sums.RollUp(placing);
        var rows = sums.Rows(placing, Countback.DaysOfMonths(to, options.CountbackMonths));
        var n = placing.Tree.Count;
        return new SalesAnalysis(from, to, options, rows.Take(n).ToArray(), rows[n], rows[n + 1], rows[n + 2], openItems is not null, placing.Unknown);
    }

    // The period before, of the same length: in whole months when the period is whole months.
    private static (LocalDate From, LocalDate To) Previous(LocalDate from, LocalDate to)
    {
        if (from.Day == 1 && to.PlusDays(1).Day == 1)
        {
            var months = Period.Between(from, to.PlusDays(1), PeriodUnits.Months).Months;
            return (from.PlusMonths(-months), from.PlusDays(-1));
        }

        return (from.PlusDays(-(Period.DaysBetween(from, to) + 1)), from.PlusDays(-1));
    }

    /// <summary>Gets the lines of categories down to a level, in pre-order.</summary>
    /// <param name="level">The deepest level shown, 1 or more; deeper categories stay in their ancestors' sums.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is less than 1.</exception>
    public IReadOnlyList<CategorySales> Rows(int level)
    {
        Guard.Against.OutOfRange(level, nameof(level), 1, int.MaxValue);
        return ReadOnly.Of(Categories.Where(c => c.Level <= level).ToArray());
    }

    /// <summary>Finds the line of a category.</summary>
    /// <param name="categoryCode">The category code (ordinal).</param>
    /// <returns>The line, or null when the dimension has no such category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    public CategorySales? Find(string categoryCode) => _byCode.TryGetValue(Guard.Against.Null(categoryCode), out var row) ? row : null;

    /// <summary>Gets the line of a category.</summary>
    /// <param name="categoryCode">The category code (ordinal).</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="categoryCode"/> is null.</exception>
    /// <exception cref="ClassificationException">The dimension has no such category (<see cref="ClassificationErrorCode.CategoryNotFound"/>).</exception>
    public CategorySales Get(string categoryCode) =>
        Find(categoryCode) ?? throw new ClassificationException(ClassificationErrorCode.CategoryNotFound, Messages.Format("NotInReport", categoryCode), categoryCode);

    // Per line (categories in pre-order, then unclassified, not in archive, total), the sums of one run.
    private sealed class Sums(int lines, int months)
    {
        public decimal[] SalesAmount { get; } = new decimal[lines];

        public decimal[] Returns { get; } = new decimal[lines];

        public decimal[] Cost { get; } = new decimal[lines];

        public int[] Documents { get; } = new int[lines];

        public int[] Costed { get; } = new int[lines];

        public int[] Customers { get; } = new int[lines];

        public int[] Active { get; } = new int[lines];

        public decimal[] PreviousNet { get; } = new decimal[lines];

        public decimal[] Balance { get; } = new decimal[lines];

        public decimal[] Overdue { get; } = new decimal[lines];

        public decimal[][]? Months { get; } = months == 0 ? null : Enumerable.Range(0, lines).Select(_ => new decimal[months]).ToArray();

        public void Current(int at, SalesLedger ledger, int index, bool isReturn)
        {
            if (isReturn)
            {
                Returns[at] += ledger.Amounts[index];
            }
            else
            {
                SalesAmount[at] += ledger.Amounts[index];
                Documents[at]++;
            }

            if (ledger.CostAt(index) is { } cost)
            {
                Cost[at] += isReturn ? -cost : cost;
                Costed[at]++;
            }
        }

        // Every category adds into its parent, deepest first; roots and the two other lines into the total.
        public void RollUp(Placing placing)
        {
            var total = lines - 1;
            var position = placing.Position;
            var categories = placing.Categories;
            void Add(int child, int parent)
            {
                parent = parent < 0 ? total : parent;
                SalesAmount[parent] += SalesAmount[child];
                Returns[parent] += Returns[child];
                Cost[parent] += Cost[child];
                Documents[parent] += Documents[child];
                Costed[parent] += Costed[child];
                Customers[parent] += Customers[child];
                Active[parent] += Active[child];
                PreviousNet[parent] += PreviousNet[child];
                Balance[parent] += Balance[child];
                Overdue[parent] += Overdue[child];
                if (Months is { } m)
                {
                    for (var i = 0; i < m[child].Length; i++)
                    {
                        m[parent][i] += m[child][i];
                    }
                }
            }

            Add(total - 2, -1);
            Add(total - 1, -1);
            CategoryInheritance.RollUp(categories, position, Add);
        }

        public CategorySales[] Rows(Placing placing, int[] days)
        {
            var categories = placing.Categories;
            var rows = new CategorySales[lines];
            for (var i = 0; i < lines; i++)
            {
                var category = i < categories.Length ? categories[i] : null;
                var label = (lines - 1 - i) switch { 2 => Messages.Get("AgingUnclassified"), 1 => Messages.Get("NotInArchive"), _ => Messages.Get("AgingTotal") };
                rows[i] = new CategorySales(category?.Code ?? string.Empty, category?.Name ?? label, category?.Level ?? 0, category?.ParentCode)
                {
                    Sales = SalesAmount[i],
                    Returns = Returns[i],
                    Cost = Cost[i],
                    HasCost = Costed[i] > 0,
                    Documents = Documents[i],
                    Customers = Customers[i],
                    ActiveCustomers = Active[i],
                    PreviousNetSales = PreviousNet[i],
                    Balance = Balance[i],
                    Overdue = Overdue[i],
                    Dso = Months is { } m ? Countback.Days(Balance[i], m[i], days) : null,
                };
            }

            var total = rows[lines - 1].NetSales;
            foreach (var row in rows)
            {
                row.Share = total == 0m ? 0m : row.NetSales / total;
            }

            foreach (var siblings in rows.Take(categories.Length).GroupBy(r => r.ParentCode ?? string.Empty, StringComparer.Ordinal))
            {
                var ranked = siblings.OrderByDescending(r => r.NetSales).ToArray();
                for (var i = 0; i < ranked.Length; i++)
                {
                    ranked[i].Rank = i > 0 && ranked[i - 1].NetSales == ranked[i].NetSales ? ranked[i - 1].Rank : i + 1;
                }
            }

            return rows;
        }
    }
}
