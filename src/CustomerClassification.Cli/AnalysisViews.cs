using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CustomerClassification.Analysis;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary>What <c>ccls analyze</c> prints, writes to <c>--out</c> and answers with <c>--json</c>: each view's columns are declared once.</summary>
internal static class AnalysisViews
{
    private static readonly ReportColumn<CategorySales>[] SalesColumns =
    [
        new("ColumnLine", "category", r => (r.Code + " " + r.Name).Trim()),
        new("ColumnSales", "sales", r => r.Sales, ColumnFormat.Amount),
        new("ColumnReturns", "returns", r => r.Returns, ColumnFormat.Amount),
        new("ColumnNetSales", "netSales", r => r.NetSales, ColumnFormat.Amount),
        new("ColumnCost", "cost", r => r.Cost, ColumnFormat.Amount),
        new("ColumnGrossProfit", "grossProfit", r => r.GrossProfit, ColumnFormat.Amount),
        new("ColumnMargin", "margin", r => r.Margin, ColumnFormat.Percent),
        new("ColumnCustomers", "customers", r => r.Customers),
        new("ColumnActive", "activeCustomers", r => r.ActiveCustomers),
        new("ColumnAverageDocument", "averageDocument", r => r.AverageDocument, ColumnFormat.Amount),
        new("ColumnShare", "share", r => r.Share, ColumnFormat.Percent),
        new("ColumnRank", "rank", r => r.Rank),
        new("ColumnPrevious", "previousNetSales", r => r.PreviousNetSales, ColumnFormat.Amount),
        new("ColumnChange", "changeRatio", r => r.ChangeRatio, ColumnFormat.Percent),
    ];

    private static readonly ReportColumn<CategorySales>[] ReceivableColumns =
    [
        new("Balance", "balance", r => r.Balance, ColumnFormat.Amount),
        new("ColumnOverdueShare", "overdueShare", r => r.OverdueShare, ColumnFormat.Percent),
        new("ColumnDso", "dso", r => r.Dso, ColumnFormat.Number),
    ];

    private static readonly ReportColumn<CustomerMetrics> Customer = new("ColumnCustomerCode", "code", m => m.CustomerCode);

    private static readonly ReportColumn<CustomerMetrics>[] AbcColumns =
    [
        new("ColumnNetSales", "netSales", m => m.NetSales, ColumnFormat.Amount),
        new("ColumnRank", "salesRank", m => m.SalesRank),
        new("ColumnShare", "salesShare", m => m.SalesShare, ColumnFormat.Percent),
        new("ColumnAbc", "abc", m => m.Abc),
    ];

    private static readonly ReportColumn<CustomerMetrics>[] RfmColumns =
    [
        new("ColumnRecency", "recencyScore", m => m.RecencyScore),
        new("ColumnFrequency", "frequencyScore", m => m.FrequencyScore),
        new("ColumnMonetary", "monetaryScore", m => m.MonetaryScore),
        new("ColumnRfm", "rfm", m => m.Rfm),
        new("ColumnOrders", "orderCount", m => m.OrderCount),
    ];

    private static readonly ReportColumn<CustomerMetrics>[] ChurnColumns =
    [
        new("ColumnLastOrder", "lastOrderOn", m => m.LastOrderOn),
        new("ColumnDaysSince", "daysSinceLastOrder", m => m.DaysSinceLastOrder),
        new("ColumnInterval", "averageOrderInterval", m => m.AverageOrderInterval, ColumnFormat.Number),
        new("ColumnChurn", "churnRisk", m => m.ChurnRisk),
    ];

    private static readonly ReportColumn<CustomerMetrics>[] PaymentColumns =
    [
        new("ColumnDaysToPay", "averageDaysToPay", m => m.AverageDaysToPay, ColumnFormat.Number),
        new("ColumnDaysLate", "averageDaysLate", m => m.AverageDaysLate, ColumnFormat.Number),
    ];

    private static readonly ReportColumn<ConversionTarget>[] ConversionColumns =
    [
        new("ColumnLine", "category", t => (t.CategoryCode + " " + t.Name).Trim()),
        new("ColumnCustomers", "customers", t => t.Count),
        new("ColumnShare", "share", t => t.Share, ColumnFormat.Percent),
    ];

    public static List<ReportColumn<CustomerMetrics>> MetricColumns(bool abc, bool rfm, bool churn, bool balances, bool settled)
    {
        var columns = new List<ReportColumn<CustomerMetrics>>();
        columns.AddRange(abc ? AbcColumns : []);
        columns.AddRange(rfm ? RfmColumns : []);
        columns.AddRange(churn ? ChurnColumns : []);
        if (columns.Count > 0)
        {
            columns.Insert(0, Customer);
            columns.AddRange(balances ? [new("ColumnDso", "dso", m => m.Dso, ColumnFormat.Number)] : []);
            columns.AddRange(settled ? PaymentColumns : []);
        }

        return columns;
    }

    public static int Categories(CliContext context, SalesAnalysis analysis, int documents, int level, FileInfo? file, bool json)
    {
        var columns = analysis.HasReceivables ? [.. SalesColumns, .. ReceivableColumns] : SalesColumns;
        var rows = analysis.Rows(level).Append(analysis.Unclassified).Concat(analysis.UnknownCustomers > 0 ? [analysis.NotInArchive] : []).Append(analysis.Total).ToArray();
        var basis = CliText.Get("Basis" + analysis.Basis);
        if (analysis.UnknownCustomers > 0)
        {
            context.Error.WriteLine("ccls: " + CliText.Format("UnknownSalesCustomers", analysis.UnknownCustomers));
        }

        return Emit(context, columns, rows, file, json, rowsJson => new
        {
            from = LocalDatePattern.Iso.Format(analysis.From),
            to = LocalDatePattern.Iso.Format(analysis.To),
            previousFrom = LocalDatePattern.Iso.Format(analysis.PreviousFrom),
            previousTo = LocalDatePattern.Iso.Format(analysis.PreviousTo),
            dimension = analysis.Dimension,
            history = analysis.Basis == CategoryBasis.InForce ? "in-force" : "current",
            unknownCustomers = analysis.UnknownCustomers,
            rows = rowsJson,
        }, CliText.Format("AnalyzeTitle", UserText.DimensionLabel(analysis.Dimension), LocalDatePattern.Iso.Format(analysis.From), LocalDatePattern.Iso.Format(analysis.To), basis, documents, LocalDatePattern.Iso.Format(analysis.PreviousFrom), LocalDatePattern.Iso.Format(analysis.PreviousTo)));
    }

    public static int CrossTab(CliContext context, SalesCrossTab table, FileInfo? file, bool json)
    {
        var rows = Enumerable.Range(0, table.Rows.Count).Append(-1).ToArray();
        var columns = new List<ReportColumn<int>> { new("ColumnLine", "category", r => r < 0 ? CliText.Get("Total") : Head(table.Rows[r])) };
        columns.AddRange(table.Columns.Select((c, j) => new ReportColumn<int>(string.Empty, Head(c), r => r < 0 ? table.ColumnTotal(j) : table.Cell(r, j), ColumnFormat.Amount)));
        columns.Add(new("Total", "total", r => r < 0 ? table.Total : table.RowTotal(r), ColumnFormat.Amount));
        return Emit(context, columns, rows, file, json, rowsJson => new
        {
            from = LocalDatePattern.Iso.Format(table.From),
            to = LocalDatePattern.Iso.Format(table.To),
            rows = table.RowAxis,
            columns = table.ColumnAxis,
            history = table.Basis == CategoryBasis.InForce ? "in-force" : "current",
            cells = rowsJson,
        }, CliText.Format("CrossTabTitle", UserText.DimensionLabel(table.RowAxis.Dimension), UserText.DimensionLabel(table.ColumnAxis.Dimension), LocalDatePattern.Iso.Format(table.From), LocalDatePattern.Iso.Format(table.To), CliText.Get("Basis" + table.Basis)));
    }

    public static int Metrics(CliContext context, ArchiveSnapshot snapshot, PortfolioMetrics metrics, List<ReportColumn<CustomerMetrics>> columns, bool churnOnly, FileInfo? file, bool json)
    {
        var rows = metrics.Customers.Where(m => !churnOnly || m.ChurnRisk).ToArray();
        columns.Insert(1, new("ColumnName", "name", m => snapshot.Find(m.CustomerCode)?.Name));
        return Emit(context, columns, rows, file, json, rowsJson => new { asOf = LocalDatePattern.Iso.Format(metrics.AsOf), totalNetSales = metrics.TotalNetSales, customers = rowsJson }, CliText.Format("MetricsTitle", LocalDatePattern.Iso.Format(metrics.Options.From!.Value), LocalDatePattern.Iso.Format(metrics.AsOf), rows.Length));
    }

    public static int Conversion(CliContext context, CategoryConversion conversion, FileInfo? file, bool json) =>
        Emit(context, ConversionColumns, conversion.Targets, file, json, _ => new
        {
            dimension = conversion.Dimension,
            category = conversion.CategoryCode,
            from = LocalDatePattern.Iso.Format(conversion.From),
            to = LocalDatePattern.Iso.Format(conversion.To),
            start = conversion.StartCount,
            targets = conversion.Targets.Select(t => new { category = t.CategoryCode, name = t.Name, customers = t.Count, share = t.Share, codes = t.CustomerCodes }).ToArray(),
        }, CliText.Format("ConversionTitle", conversion.CategoryCode, LocalDatePattern.Iso.Format(conversion.From), conversion.StartCount, LocalDatePattern.Iso.Format(conversion.To)));

    // Every view: the table to --out, then either the JSON (its rows from the same columns) or the title and the table.
    private static int Emit<T>(CliContext context, IReadOnlyList<ReportColumn<T>> columns, IReadOnlyList<T> rows, FileInfo? file, bool json, Func<Dictionary<string, object?>[], object> document, string title)
    {
        if (file is not null)
        {
            ReportColumn<T>.Write(file, columns, rows);
        }

        if (json)
        {
            JsonOutput.Write(context.Output, document(ReportColumn<T>.Json(columns, rows)));
            return CclsApp.Ok;
        }

        context.Console.WriteLine(title);
        ReportColumn<T>.Show(columns, rows, context.Console);
        return CclsApp.Ok;
    }

    private static string Head(Coding.Category category) => (category.Code + " " + category.Name).Trim();
}
