using System.Collections;
using System.Collections.Generic;
using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// Sales documents held column by column (销售明细账): each customer code once, the documents as arrays of dates,
/// amounts and costs. Analysis and portfolio metrics read ten million documents of a ledger without following an
/// object per document, and resolve each customer once instead of once per document; any other
/// <see cref="IEnumerable{T}"/> of documents is made into a ledger first. Reads as the documents it was made of, in
/// their order. Immutable.
/// </summary>
/// <example>
/// <code>
/// var ledger = SalesLedger.CreateBuilder()
///     .Add("C001", new LocalDate(2026, 6, 1), "S0001", 1200m, cost: 900m)
///     .Add("C001", new LocalDate(2026, 6, 9), "R0001", 200m, SalesKind.Return)
///     .Build();
/// </code>
/// </example>
public sealed class SalesLedger : IReadOnlyList<SalesDocument>
{
    private const byte ReturnFlag = 1;
    private const byte CostFlag = 2;
    private const byte QuantityFlag = 4;
    private const int ScaleShift = 3;
    private const int MaxUnitScale = 4;

    private readonly Dictionary<string, int> _codeIndex;
    private readonly decimal[]? _costs;
    private readonly decimal[]? _quantities;

    internal SalesLedger(Dictionary<string, int> codeIndex, string[] codes, int[] customers, LocalDate[] dates, string[] numbers, decimal[] amounts, byte[] flags, decimal[]? costs, decimal[]? quantities)
    {
        _codeIndex = codeIndex;
        CustomerCodes = codes;
        Customers = customers;
        Dates = dates;
        Numbers = numbers;
        Amounts = amounts;
        Flags = flags;
        _costs = costs;
        _quantities = quantities;
        Days = Array.ConvertAll(dates, DayNumber);
        (Units, UnitScale) = ToUnits(amounts, flags);
    }

    /// <summary>Gets a ledger without documents.</summary>
    public static SalesLedger Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), [], [], [], [], [], [], null, null);

    /// <summary>Gets the number of documents.</summary>
    public int Count => Customers.Length;

    /// <summary>Gets the number of different customer codes among the documents.</summary>
    public int CustomerCount => CustomerCodes.Length;

    // The columns, read in place by analysis and metrics: the customer of each document is an index into the codes.
    internal string[] CustomerCodes { get; }

    internal int[] Customers { get; }

    internal LocalDate[] Dates { get; }

    internal string[] Numbers { get; }

    internal decimal[] Amounts { get; }

    internal byte[] Flags { get; }

    /// <summary>Gets each document's date as its <see cref="DayNumber"/>: comparing and subtracting these is far cheaper than comparing dates.</summary>
    internal int[] Days { get; }

    /// <summary>Gets each amount in units of 10^-<see cref="UnitScale"/> when every amount has at most four decimals and the sum of all of them fits a long; null otherwise.</summary>
    internal long[]? Units { get; }

    /// <summary>Gets the decimals of <see cref="Units"/>: the most any amount has.</summary>
    internal int UnitScale { get; }

    /// <summary>Gets the document at an index, made anew from the columns.</summary>
    /// <param name="index">The index, 0 to <see cref="Count"/> − 1, in the order the documents were added.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public SalesDocument this[int index]
    {
        get
        {
            Guard.Against.OutOfRange(index, nameof(index), 0, Count - 1);
            return new SalesDocument(CustomerCodes[Customers[index]], Dates[index], Numbers[index], Amounts[index], KindAt(index), CostAt(index), QuantityAt(index));
        }
    }

    /// <summary>Makes a ledger of documents; a ledger is returned as it is.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The ledger, its documents in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    public static SalesLedger Of(IEnumerable<SalesDocument> documents)
    {
        if (Guard.Against.Null(documents) is SalesLedger ledger)
        {
            return ledger;
        }

        var builder = new SalesLedgerBuilder(documents is IReadOnlyCollection<SalesDocument> collection ? collection.Count : 0);
        foreach (var document in documents)
        {
            builder.Add(Guard.Against.Null(document, nameof(documents)));
        }

        return builder.Build();
    }

    /// <summary>Starts a ledger to add documents to one by one, as a host reads them from its own tables.</summary>
    /// <returns>An empty builder.</returns>
    public static SalesLedgerBuilder CreateBuilder() => new(0);

    /// <summary>Gets the customer code of a document without making the document.</summary>
    /// <param name="index">The index of the document.</param>
    /// <returns>The customer code.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public string CustomerCodeAt(int index) => CustomerCodes[Customers[index]];

    /// <summary>Gets the date of a document without making the document.</summary>
    /// <param name="index">The index of the document.</param>
    /// <returns>The document date.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public LocalDate DateAt(int index) => Dates[index];

    /// <summary>Gets whether a document is a sale or a return without making the document.</summary>
    /// <param name="index">The index of the document.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public SalesKind KindAt(int index) => (Flags[index] & ReturnFlag) != 0 ? SalesKind.Return : SalesKind.Sale;

    /// <summary>Gets a document's amount as it counts in net sales (<see cref="SalesDocument.NetAmount"/>) without making the document.</summary>
    /// <param name="index">The index of the document.</param>
    /// <returns>The amount of a sale, minus the amount of a return.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public decimal NetAmountAt(int index) => IsReturn(Flags[index]) ? -Amounts[index] : Amounts[index];

    /// <summary>Gets a document's cost as it counts in net cost (<see cref="SalesDocument.NetCost"/>) without making the document.</summary>
    /// <param name="index">The index of the document.</param>
    /// <returns>The cost of a sale, minus the cost of a return, 0 without a cost.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the ledger.</exception>
    public decimal NetCostAt(int index) => CostAt(index) is { } cost ? (IsReturn(Flags[index]) ? -cost : cost) : 0m;

    /// <summary>Enumerates the documents in the order they were added, each made anew from the columns.</summary>
    /// <returns>The documents.</returns>
    public IEnumerator<SalesDocument> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The index of a customer code among <see cref="CustomerCodes"/>, or -1.</summary>
    internal int IndexOf(string customerCode) => _codeIndex.TryGetValue(customerCode, out var index) ? index : -1;

    internal static bool IsReturn(byte flags) => (flags & ReturnFlag) != 0;

    internal static byte FlagsOf(SalesDocument document) =>
        (byte)((document.Kind == SalesKind.Return ? ReturnFlag : 0) | (document.Cost is null ? 0 : CostFlag) | (document.Quantity is null ? 0 : QuantityFlag) | (ScaleOf(document.Amount) << ScaleShift));

    /// <summary>The decimals an amount was written with (0 to 28), kept in its flags: a sum of amounts has the most of them.</summary>
    internal static byte AmountScale(byte flags) => unchecked((byte)(flags >> ScaleShift));

    /// <summary>An ISO date as the number of days since 0000-03-01 (positive from year 1 on): days between dates by subtraction.</summary>
    internal static int DayNumber(LocalDate date)
    {
        // Years from March, so that the leap day ends a year (the civil-from-days method of H. Hinnant).
        var (year, month) = (date.Month <= 2 ? date.Year - 1 : date.Year, date.Month);
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + date.Day - 1;
        return (era * 146_097) + (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
    }

    /// <summary>The date of a <see cref="DayNumber"/>.</summary>
    internal static LocalDate DayOf(int number)
    {
        var era = (number >= 0 ? number : number - 146_096) / 146_097;
        var dayOfEra = number - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1_460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        var month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        return new LocalDate(yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
    }

    /// <summary>A sum of <see cref="Units"/> as the decimal adding the amounts gives: its value with the most decimals among them.</summary>
    internal decimal FromUnits(long units, int scale)
    {
        for (var s = UnitScale; s > scale; s--)
        {
            units /= 10;
        }

        var magnitude = (ulong)Math.Abs(units);
        return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, units < 0, (byte)scale);
    }

    private static int ScaleOf(decimal value) =>
#if NET8_0_OR_GREATER
        value.Scale;
#else
        (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif

    // Amounts as whole units of the most decimals any has (up to four), bounded so that no sum of them overflows.
    private static (long[]? Units, int Scale) ToUnits(decimal[] amounts, byte[] flags)
    {
        var scale = 0;
        foreach (var flag in flags)
        {
            scale = Math.Max(scale, AmountScale(flag));
        }

        if (scale > MaxUnitScale)
        {
            return (null, 0);
        }

        var factor = 1m;
        for (var s = 0; s < scale; s++)
        {
            factor *= 10m;
        }

        var bound = long.MaxValue / Math.Max(1, amounts.Length) / factor;
        var units = new long[amounts.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] > bound)
            {
                return (null, 0);
            }

            units[i] = (long)(amounts[i] * factor);
        }

        return (units, scale);
    }

    /// <summary>The cost of a document, or null when it has none.</summary>
    internal decimal? CostAt(int index) => (Flags[index] & CostFlag) != 0 ? _costs![index] : null;

    private decimal? QuantityAt(int index) => (Flags[index] & QuantityFlag) != 0 ? _quantities![index] : null;
}
