using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CustomerClassification.Analysis;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime;
using NodaTime.Text;

namespace CustomerClassification.Cli;

/// <summary>
/// <c>ccls analyze</c>: sales, returns, cost and gross profit by category for a period, beside the previous one and the
/// receivables; or a cross-tab of two dimensions, the customers' ABC / RFM / churn metrics, or a category's conversion.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly Option<FileInfo> Model = CliOptions.Model();
    private static readonly Option<FileInfo> SalesFile = CliOptions.File("--sales", CliText.Get("HelpSales"), required: true);
    private static readonly Option<LocalDate?> From = CliOptions.Date("--from", "HelpAnalyzeFrom");
    private static readonly Option<LocalDate?> To = CliOptions.Date("--to", "HelpAnalyzeTo");
    private static readonly Option<string> By = new("--by") { Description = CliText.Get("HelpAnalyzeBy"), DefaultValueFactory = _ => DimensionNames.Category };
    private static readonly Option<int?> Level = new("--level") { Description = CliText.Get("HelpAnalyzeLevel") };
    private static readonly Option<string> Cross = new("--cross") { Description = CliText.Get("HelpAnalyzeCross") };
    private static readonly Option<int> CrossLevel = new("--cross-level") { Description = CliText.Get("HelpAnalyzeCrossLevel"), DefaultValueFactory = _ => 1 };
    private static readonly Option<string> History = new("--history") { Description = CliText.Get("HelpAnalyzeHistory"), DefaultValueFactory = _ => "in-force" };
    private static readonly Option<FileInfo> OpenItems = CliOptions.File("--open-items", CliText.Get("HelpAnalyzeOpenItems"));
    private static readonly Option<FileInfo> Settled = CliOptions.File("--settled", CliText.Get("HelpSettled"));
    private static readonly Option<bool> Abc = new("--abc") { Description = CliText.Get("HelpAnalyzeAbc") };
    private static readonly Option<bool> Rfm = new("--rfm") { Description = CliText.Get("HelpAnalyzeRfm") };
    private static readonly Option<bool> Churn = new("--churn") { Description = CliText.Get("HelpAnalyzeChurn") };
    private static readonly Option<bool> Conversion = new("--conversion") { Description = CliText.Get("HelpAnalyzeConversion") };
    private static readonly Option<string> Category = new("--category") { Description = CliText.Get("HelpAnalyzeCategory") };
    private static readonly Option<string> Encoding = CliOptions.Encoding();
    private static readonly Option<FileInfo> Output = CliOptions.File("--out", CliText.Get("HelpAnalyzeOut"));
    private static readonly Option<bool> Json = CliOptions.Json();

    public static Command Create(CliContext context)
    {
        var command = new Command("analyze", CliText.Get("HelpAnalyze"))
        {
            Model, SalesFile, From, To, By, Level, Cross, CrossLevel, History, OpenItems, Settled, Abc, Rfm, Churn, Conversion, Category, Encoding, Output, Json,
        };
        command.Aliases.Add("analyse");
        command.SetAction(parse => Run(context, parse));
        return command;
    }

    private static int Run(CliContext context, ParseResult parse)
    {
        var out_ = TableFile.Checked(parse.GetValue(Output), parse.GetValue(Model)!, "--out");
        var accountSet = ModelFile.View(context, parse.GetValue(Model)!);
        var snapshot = accountSet.Archive.Snapshot;
        var to = parse.GetValue(To) ?? context.Today;
        var from = CliOptions.PeriodFrom(parse.GetValue(From), to);

        var dimension = Tables.Dimension(snapshot, "--by", parse.GetValue(By)!);
        var options = new AnalysisOptions { Dimension = dimension, Basis = Basis(parse.GetValue(History)!), Zone = DateTimeZoneProviders.Tzdb.GetSystemDefault() };
        var encoding = CliOptions.EncodingOf(parse.GetValue(Encoding));
        if (parse.GetValue(Conversion))
        {
            var category = parse.GetValue(Category) ?? throw new CliFailure(CclsApp.BadUsage, CliText.Get("ConversionNeedsCategory"));
            var conversion = CliFailure.Checked(() => CategoryConversion.Build(snapshot, dimension, category, from, to, options.Zone), "--category");
            return AnalysisViews.Conversion(context, conversion, out_, parse.GetValue(Json));
        }

        var sales = HostFiles.Seen(accountSet, HostFiles.Sales(parse.GetValue(SalesFile)!, encoding), d => d.CustomerCode);
        var items = HostFiles.OpenItems(parse.GetValue(OpenItems), encoding, accountSet);
        var metricColumns = AnalysisViews.MetricColumns(parse.GetValue(Abc), parse.GetValue(Rfm), parse.GetValue(Churn), items.Count > 0, parse.GetValue(Settled) is not null);
        if (metricColumns.Count > 0)
        {
            var metrics = PortfolioMetrics.Compute(sales, to, new MetricOptions { From = from }, HostFiles.Seen(accountSet, HostFiles.Settled(parse.GetValue(Settled), encoding), i => i.CustomerCode), items.Count > 0 ? HostFiles.Balances(items) : null);
            return AnalysisViews.Metrics(context, snapshot, metrics, metricColumns, parse.GetValue(Churn), out_, parse.GetValue(Json));
        }

        if (parse.GetValue(Cross) is { } cross)
        {
            var rows = new CrossTabAxis(dimension, parse.GetValue(Level) ?? 1);
            var columns = new CrossTabAxis(Tables.Dimension(snapshot, "--cross", cross), Positive(parse.GetValue(CrossLevel), "--cross-level"));
            return AnalysisViews.CrossTab(context, SalesCrossTab.Build(snapshot, sales, from, to, rows, columns, options), out_, parse.GetValue(Json));
        }

        var analysis = SalesAnalysis.Build(snapshot, sales, from, to, options, parse.GetValue(OpenItems) is null ? null : items);
        var level = parse.GetValue(Level) is { } l ? Positive(l, "--level") : int.MaxValue;
        return AnalysisViews.Categories(context, analysis, sales.Count, level, out_, parse.GetValue(Json));
    }

    private static int Positive(int value, string option) =>
        value >= 1 ? value : throw new CliFailure(CclsApp.BadUsage, CliText.Format("LevelOption", option, value));

    private static CategoryBasis Basis(string text) => text.Trim().ToLowerInvariant() switch
    {
        "in-force" or "inforce" or "历史口径" or "历史" => CategoryBasis.InForce,
        "current" or "当前口径" or "当前" => CategoryBasis.Current,
        _ => throw new CliFailure(CclsApp.BadUsage, CliText.Format("HistoryOption", text)),
    };
}
