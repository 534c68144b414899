using NodaTime;

namespace CustomerClassification.Sales;

/// <summary>
/// One customer's portfolio metrics (客户贡献度与风险指标) as of a day: its net sales, rank, share and ABC class among
/// all customers, its RFM scores, DSO, days to pay and churn warning. Made by <see cref="PortfolioMetrics"/>; read by
/// rules compiled with metrics (<c>abc</c>, <c>rfm</c>, …). Immutable. A value that cannot be computed is null: no
/// RFM scores without a sale in the period, no DSO without a balance, no days to pay without settled items.
/// </summary>
public sealed record CustomerMetrics
{
    // Null for a customer that did not trade: every value then reads empty, as its default standing does. The standing
    // (rank, class, scores, churn) is copied here when the metrics are made; the other values are read from the columns.
    private readonly MetricColumns? _columns;
    private readonly int _slot;

    internal CustomerMetrics(string customerCode) => CustomerCode = customerCode;

    internal CustomerMetrics(string customerCode, MetricColumns columns, int slot) => (CustomerCode, _columns, _slot, Standing) = (customerCode, columns, slot, columns.StandingAt(slot));

    /// <summary>Gets the customer's standing: rank, class, RFM scores and churn, which rules read.</summary>
    internal MetricColumns.Standing Standing { get; }

    /// <summary>Gets the customer code.</summary>
    public string CustomerCode { get; }

    /// <summary>Gets the net sales in the period: sales less returns (净销售额).</summary>
    public decimal NetSales => _columns?.NetSales(_slot) ?? 0m;

    /// <summary>Gets the number of sale documents in the period (订单数).</summary>
    public int OrderCount => _columns?.OrderCount(_slot) ?? 0;

    /// <summary>Gets the rank by net sales among the customers with documents, 1 the largest; tied customers share a rank (1, 2, 2, 4); null without documents.</summary>
    public int? SalesRank => Standing.SalesRank;

    /// <summary>Gets the share of the portfolio's net sales (销售占比), 0 to 1 for a customer with positive sales; 0 without documents or when the total is not positive.</summary>
    public decimal SalesShare => _columns?.SalesShare(_slot) ?? 0m;

    /// <summary>Gets the ABC class (ABC分类); <see cref="AbcClass.C"/> without positive sales.</summary>
    public AbcClass Abc => Standing.Class;

    /// <summary>Gets the recency score (最近购买评分), 1 to 5, 5 for the most recent buyers.</summary>
    public int? RecencyScore => Standing.RecencyScore;

    /// <summary>Gets the frequency score (购买频率评分), 1 to 5, 5 for the most documents.</summary>
    public int? FrequencyScore => Standing.FrequencyScore;

    /// <summary>Gets the monetary score (购买金额评分), 1 to 5, 5 for the largest net sales.</summary>
    public int? MonetaryScore => Standing.MonetaryScore;

    /// <summary>Gets the RFM cell as a three-digit number (RFM), such as 545: recency, frequency and monetary score.</summary>
    public int? Rfm => Standing.Rfm;

    /// <summary>Gets the open balance DSO was counted for, or null when none was given.</summary>
    public decimal? Balance => _columns?.Balance(_slot);

    /// <summary>Gets the days sales outstanding by the countback method (应收周转天数), or null without a balance.</summary>
    public decimal? Dso => _columns?.Dso(_slot);

    /// <summary>Gets the average days from invoice to payment over the settled items, weighted by amount (平均回款天数), or null without any.</summary>
    public decimal? AverageDaysToPay => _columns?.AverageDaysToPay(_slot);

    /// <summary>Gets the average days paid after the due date over the settled items, weighted by amount (平均逾期天数), or null without any.</summary>
    public decimal? AverageDaysLate => _columns?.AverageDaysLate(_slot);

    /// <summary>Gets the date of the last sale document in the period, or null.</summary>
    public LocalDate? LastOrderOn => _columns?.LastOrderOn(_slot);

    /// <summary>Gets the days from the last sale document to the as-of day, or null.</summary>
    public int? DaysSinceLastOrder => _columns?.DaysSinceLastOrder(_slot);

    /// <summary>Gets the average days between the customer's orders: from its first to its last sale document, divided by the number of documents less one; null with fewer than two or all on one day.</summary>
    public decimal? AverageOrderInterval => _columns?.AverageOrderInterval(_slot);

    /// <summary>Gets a value indicating whether the customer is at risk of churn (流失风险): the days since its last order exceed <see cref="MetricOptions.ChurnMultiple"/> times its <see cref="AverageOrderInterval"/>.</summary>
    public bool ChurnRisk => Standing.Churn;

    /// <summary>Compares two customers' metrics by their values: the code and every metric.</summary>
    /// <param name="other">The other metrics, or null.</param>
    /// <returns>Whether they hold the same values.</returns>
    public bool Equals(CustomerMetrics? other) => other is not null && Values().Equals(other.Values());

    /// <summary>Gets a hash code of the values, consistent with <see cref="Equals(CustomerMetrics)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Values().GetHashCode();

    private (string, decimal, int, int?, decimal, AbcClass, int?, (int?, int?, decimal?, decimal?, decimal?, decimal?, LocalDate?), (int?, decimal?, bool)) Values() =>
        (CustomerCode, NetSales, OrderCount, SalesRank, SalesShare, Abc, RecencyScore, (FrequencyScore, MonetaryScore, Balance, Dso, AverageDaysToPay, AverageDaysLate, LastOrderOn), (DaysSinceLastOrder, AverageOrderInterval, ChurnRisk));
}
