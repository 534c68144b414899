using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Analysis;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerClassification.Cli;

/// <summary><c>ccls report</c>: the category tree, the aging as stacked bars, the audit, the rules' suggestions and credit exposure against limits, as one self-contained HTML file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var model = CliOptions.Model();
        var output = CliOptions.File("--out", CliText.Get("HelpReportOut"), required: true);
        var openItems = CliOptions.File("--open-items", CliText.Get("HelpReportOpenItems"));
        var stats = CliOptions.File("--stats", CliText.Get("HelpReportStats"));
        var rules = CliOptions.File("--rules", CliText.Get("HelpRules"));
        var asOf = CliOptions.AsOf();

        // The sales sections' period runs --from to --to, as #25 spells it; the report's day is that end.
        asOf.Aliases.Add("--to");
        var encoding = CliOptions.Encoding();
        var salesFile = CliOptions.File("--sales", CliText.Get("HelpReportSales"));
        var from = CliOptions.Date("--from", "HelpAnalyzeFrom");
        var command = new Command("report", CliText.Get("HelpReport"))
        {
            model, output, openItems, stats, rules, asOf, encoding, salesFile, from,
        };
        command.SetAction(parse =>
        {
            var modelFile = parse.GetValue(model)!;
            var file = parse.GetValue(output)!;
            if (!string.Equals(file.Extension, ".html", StringComparison.OrdinalIgnoreCase) && !string.Equals(file.Extension, ".htm", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliFailure(CclsApp.BadUsage, CliText.Format("OutHtml", file.Name));
            }

            var accountSet = ModelFile.View(context, modelFile);
            ModelFile.Demand(context, accountSet, Archives.AccessRight.Export);
            var snapshot = accountSet.Archive.Snapshot;
            var textEncoding = CliOptions.EncodingOf(parse.GetValue(encoding));
            var day = parse.GetValue(asOf) ?? context.Today;
            var itemsFile = parse.GetValue(openItems);
            var items = HostFiles.OpenItems(itemsFile, textEncoding, accountSet);
            var aging = itemsFile is null ? null : AgingReport.Build(snapshot, items, day);
            var ruleList = parse.GetValue(rules) is { } rulesFile ? HostFiles.Rules(rulesFile) : accountSet.Rules;
            var suggestions = ruleList.Count == 0
                ? null
                : RuleSet.Compile(ruleList, snapshot).Classify(snapshot, HostFiles.Stats(parse.GetValue(stats), textEncoding), day);
            var sales = parse.GetValue(salesFile) is { } salesPath ? Sales(snapshot, HostFiles.Seen(accountSet, HostFiles.Sales(salesPath, textEncoding), d => d.CustomerCode), parse.GetValue(from), day) : null;
            var report = new HtmlReport(snapshot, aging, ArchiveAudit.Run(snapshot, HostFiles.Balances(items)), suggestions, accountSet.CreditPolicies.For(snapshot), sales);
            // A user's partial view says so in the report itself: its totals are that user's part.
            var title = CliText.Format("ReportTitle", modelFile.Name, LocalDatePattern.Iso.Format(day));
            var html = report.Write(accountSet.IsPartial ? title + CliText.Format("ReportPartial", ModelFile.UserOf(context, accountSet), accountSet.Archive.Count) : title);
            AtomicFile.Write(file, stream => stream.Write(new UTF8Encoding(false).GetBytes(html)));
            context.Console.WriteLine(CliText.Format("ReportWritten", file.Name));
            return CclsApp.Ok;
        });
        return command;
    }

    // --sales: the period from --from (1 January of the as-of year by default) to the as-of day.
    private static SalesSections Sales(ArchiveSnapshot snapshot, System.Collections.Generic.IReadOnlyList<CustomerClassification.Sales.SalesDocument> documents, NodaTime.LocalDate? from, NodaTime.LocalDate to)
    {
        var start = CliOptions.PeriodFrom(from, to);

        var options = new AnalysisOptions { Zone = NodaTime.DateTimeZoneProviders.Tzdb.GetSystemDefault() };
        var crossTab = snapshot.Settings.SchemeOf(DimensionNames.Region) is null
            ? null
            : SalesCrossTab.Build(snapshot, documents, start, to, new CrossTabAxis(DimensionNames.Category), new CrossTabAxis(DimensionNames.Region), options);
        return new SalesSections(SalesAnalysis.Build(snapshot, documents, start, to, options), CustomerClassification.Sales.PortfolioMetrics.Compute(documents, to, new CustomerClassification.Sales.MetricOptions { From = start }), crossTab);
    }
}
