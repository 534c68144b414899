namespace CustomerClassification.Analysis;

/// <summary>
/// One line of a <see cref="SalesAnalysis"/>: a category with everything under it, or the unclassified customers, the
/// customers not in the archive, or the total. Amounts are as the documents give them, unrounded; ratios are null
/// where their base is 0. Immutable.
/// </summary>
public sealed record CategorySales
{
    internal CategorySales(string code, string name, int level, string? parentCode)
    {
        Code = code;
        Name = name;
        Level = level;
        ParentCode = parentCode;
    }

    /// <summary>Gets the category code; empty for the unclassified, not-in-archive and total lines.</summary>
    public string Code { get; }

    /// <summary>Gets the category name, or the line's label.</summary>
    public string Name { get; }

    /// <summary>Gets the category's level (1 for a root); 0 for the other lines.</summary>
    public int Level { get; }

    /// <summary>Gets the parent category's code, or null for a root and the other lines.</summary>
    public string? ParentCode { get; }

    /// <summary>Gets the sales (销售额): the amounts of sale documents in the period.</summary>
    public decimal Sales { get; internal set; }

    /// <summary>Gets the returns (退货额): the amounts of return documents in the period.</summary>
    public decimal Returns { get; internal set; }

    /// <summary>Gets the net sales (净销售额): sales less returns.</summary>
    public decimal NetSales => Sales - Returns;

    /// <summary>Gets the net cost (成本): the cost of sales less the cost of returns.</summary>
    public decimal Cost { get; internal set; }

    /// <summary>Gets a value indicating whether any document of the line had a cost; without one, gross profit and margin are null rather than the whole amount.</summary>
    public bool HasCost { get; internal set; }

    /// <summary>Gets the gross profit (毛利): net sales less net cost, or null when no document had a cost.</summary>
    public decimal? GrossProfit => HasCost ? NetSales - Cost : null;

    /// <summary>Gets the gross margin (毛利率): gross profit over net sales, or null when net sales are 0 or no document had a cost.</summary>
    public decimal? Margin => NetSales == 0m || GrossProfit is not { } profit ? null : profit / NetSales;

    /// <summary>Gets the number of sale documents in the period.</summary>
    public int Documents { get; internal set; }

    /// <summary>Gets the average sale document (平均单据金额): sales over sale documents, or null without any.</summary>
    public decimal? AverageDocument => Documents == 0 ? null : Sales / Documents;

    /// <summary>Gets the number of customers in the category at the end of the period (客户数), by the analysis' basis.</summary>
    public int Customers { get; internal set; }

    /// <summary>Gets the number of customers with a sale in the period (活跃客户数); one reclassified within the period counts where its last sale was.</summary>
    public int ActiveCustomers { get; internal set; }

    /// <summary>Gets the share of the total net sales (占比), 0 when the total is 0.</summary>
    public decimal Share { get; internal set; }

    /// <summary>Gets the rank by net sales among the category's siblings (同级排名), 1 the largest, ties sharing a rank; null for the other lines.</summary>
    public int? Rank { get; internal set; }

    /// <summary>Gets the net sales of the previous period of the same length (上期净销售额).</summary>
    public decimal PreviousNetSales { get; internal set; }

    /// <summary>Gets the change against the previous period (增减额).</summary>
    public decimal Change => NetSales - PreviousNetSales;

    /// <summary>Gets the change as a ratio of the previous period (增减率), or null when that was 0.</summary>
    public decimal? ChangeRatio => PreviousNetSales == 0m ? null : Change / PreviousNetSales;

    /// <summary>Gets the open receivable balance at the end of the period (应收余额); 0 when no open items were given.</summary>
    public decimal Balance { get; internal set; }

    /// <summary>Gets the overdue part of the balance at the end of the period (逾期金额).</summary>
    public decimal Overdue { get; internal set; }

    /// <summary>Gets the overdue share of the balance (逾期占比), or null when the balance is not positive.</summary>
    public decimal? OverdueShare => Balance > 0m ? Overdue / Balance : null;

    /// <summary>Gets the days sales outstanding by countback over the category's monthly net sales (应收周转天数), or null when no open items were given.</summary>
    public decimal? Dso { get; internal set; }
}
