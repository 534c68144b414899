using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;

namespace CustomerClassification.Cli;

/// <summary>
/// The account set as one self-contained HTML page: no script, no network, no other file. Charts are inline SVG
/// drawn here; every text from the model is HTML-encoded, so a name holding markup is shown, never obeyed.
/// </summary>
internal sealed partial class HtmlReport(ArchiveSnapshot snapshot, AgingReport? aging, IReadOnlyList<AuditFinding> findings, IReadOnlyList<ClassificationSuggestion>? suggestions, CreditCheck credit, SalesSections? sales = null)
{
    // The most rows a section lists; the page of a million customers stays readable and small.
    private const int MaxRows = 50;

    // One colour per aging bracket, from not due (green) to the oldest (dark red).
    private static readonly string[] BucketColours = ["#4caf50", "#8bc34a", "#cddc39", "#ffc107", "#ff9800", "#f4511e", "#b71c1c", "#6d1b1b", "#3e0e0e"];

    private readonly System.Text.StringBuilder _html = new();

    public string Write(string title)
    {
        var language = UserText.InChinese ? "zh-Hans" : "en";
        Raw($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<title>").Text(title).Raw("</title>\n<style>\n");
        Raw("body{font-family:system-ui,\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2rem;color:#222;max-width:72rem}h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}");
        Raw("table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.w{white-space:nowrap}");
        Raw("ul.tree{list-style:none;padding-left:1.2rem}ul.tree>li{margin:.1rem 0}.count{color:#666}.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.9rem;height:.9rem;margin-right:.3rem;vertical-align:middle}svg text{font-size:12px}\n");
        Raw("</style>\n</head>\n<body>\n<h1>").Text(title).Raw("</h1>\n");
        Tree();
        Sales();
        Aging();
        Findings();
        Suggestions();
        Credit();
        Raw("</body>\n</html>\n");
        return _html.ToString();
    }

    private void Tree()
    {
        var categories = snapshot.CategoriesOf(DimensionNames.Category);
        Heading(CliText.Format("ReportTree", Tables.Count(snapshot.Count, "customer"), Tables.Count(categories.Count, "category")));
        Raw("<ul class=\"tree\">\n");
        foreach (var root in categories.Roots)
        {
            Node(categories, root);
        }

        Raw("</ul>\n");
    }

    private void Node(CategoryTree categories, Category category)
    {
        Raw("<li>").Text(category.Code + " " + category.Name).Raw(" <span class=\"count\">(").Text(Number(snapshot.CustomersIn(DimensionNames.Category, category.Code, includeDescendants: true).Count)).Raw(")</span>");
        var children = categories.ChildrenOf(category.Code);
        if (children.Count > 0)
        {
            Raw("\n<ul class=\"tree\">\n");
            foreach (var child in children)
            {
                Node(categories, child);
            }

            Raw("</ul>");
        }

        Raw("</li>\n");
    }

    private void Aging()
    {
        Heading(CliText.Get("HeadingAging"));
        if (aging is null)
        {
            Paragraph(CliText.Get("ReportNoOpenItems"));
            return;
        }

        var roots = snapshot.CategoriesOf(aging.Dimension).Roots.Select(r => aging.CategoryRow(r.Code)).Append(aging.Unclassified).Where(r => r.Balance != 0m).ToArray();
        var labels = aging.Buckets.Labels;
        Raw("<p class=\"legend\">");
        for (var i = 0; i < labels.Count; i++)
        {
            Raw($"<span><i style=\"background:{Colour(i)}\"></i>").Text(labels[i]).Raw("</span>");
        }

        Raw("</p>\n");
        const int LabelWidth = 200, BarWidth = 600, RowHeight = 26;
        var widest = roots.Select(r => r.Amounts.Where(a => a > 0m).Sum()).DefaultIfEmpty(0m).Max();
        Raw(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + 120}\" height=\"{(roots.Length * RowHeight) + 10}\">\n"));
        for (var row = 0; row < roots.Length; row++)
        {
            var y = (row * RowHeight) + 5;
            Raw(Invariant($"<text x=\"0\" y=\"{y + 16}\">")).Text(Shorten((roots[row].Code + " " + roots[row].Name).Trim(), 24)).Raw("</text>\n");
            var x = (double)LabelWidth;
            for (var i = 0; i < roots[row].Amounts.Count; i++)
            {
                var amount = roots[row].Amounts[i];
                var width = widest > 0m && amount > 0m ? (double)(amount / widest) * BarWidth : 0d;
                if (width > 0d)
                {
                    Raw(Invariant($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{RowHeight - 6}\" fill=\"{Colour(i)}\"><title>")).Text($"{labels[i]}: {Amount(amount)}").Raw("</title></rect>\n");
                    x += width;
                }
            }

            Raw(Invariant($"<text x=\"{x + 6:0.#}\" y=\"{y + 16}\">")).Text(Amount(roots[row].Balance)).Raw("</text>\n");
        }

        Raw("</svg>\n");
        Table([CliText.Get("ColumnCategory"), .. labels, CliText.Get("Balance")], aging.Categories.Append(aging.Unclassified).Append(aging.Total)
            .Select(r => (object[])[(r.Code + " " + r.Name).Trim(), .. r.Amounts.Select(a => (object)a), r.Balance]));
    }

    private void Findings()
    {
        Heading(CliText.Get("HeadingAudit"));
        Paragraph(Tables.Count(findings.Count, "finding"));
        Table(Tables.Columns("ColumnsFindingFile"), findings.Take(MaxRows).Select(Tables.FindingRow));
        More(findings.Count);
    }

    private void Suggestions()
    {
        Heading(CliText.Get("HeadingClassify"));
        if (suggestions is null)
        {
            Paragraph(CliText.Get("ReportNoRules"));
            return;
        }

        Paragraph(Tables.Count(suggestions.Count, "suggestion"));
        Table(Tables.Columns("ColumnsSummary"), suggestions.GroupBy(s => (s.RuleName, Target: Tables.Target(s), s.To))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.RuleName, StringComparer.Ordinal)
            .Select(g => new object[] { g.Key.RuleName, g.Key.Target, g.Key.To, g.Count(), g.Count(s => s.NeedsOverride) }));
    }

    private void Credit()
    {
        Heading(CliText.Get("HeadingCredit"));
        var exposures = aging is null
            ? []
            : aging.Customers.Where(r => r.Balance > 0m)
                .Select(r => (Row: r, Limit: credit.EffectivePolicyOf(r.Code).CreditLimit.Value))
                .Where(e => e.Limit is > 0m)
                .OrderByDescending(e => e.Row.Balance / e.Limit!.Value).ThenBy(e => e.Row.Code, StringComparer.Ordinal)
                .ToArray();
        if (exposures.Length == 0)
        {
            Paragraph(CliText.Get("ReportNoExposure"));
            return;
        }

        Paragraph(CliText.Format("ReportOverLimit", exposures.Count(e => e.Row.Balance > e.Limit!.Value), exposures.Length));
        const int LabelWidth = 260, BarWidth = 420, RowHeight = 22;
        var shown = exposures.Take(MaxRows).ToArray();
        var widest = shown.Max(e => Math.Max(e.Row.Balance, e.Limit!.Value));
        Raw(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + 200}\" height=\"{(shown.Length * RowHeight) + 10}\">\n"));
        for (var row = 0; row < shown.Length; row++)
        {
            var (exposure, limit) = (shown[row].Row.Balance, shown[row].Limit!.Value);
            var y = (row * RowHeight) + 5;
            var over = exposure > limit;
            Raw(Invariant($"<text x=\"0\" y=\"{y + 14}\">")).Text(Shorten(shown[row].Row.Code + " " + shown[row].Row.Name, 30)).Raw("</text>\n");
            Raw(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{(double)(exposure / widest) * BarWidth:0.##}\" height=\"{RowHeight - 6}\" fill=\"{(over ? "#c62828" : "#1e88e5")}\"/>\n"));
            Raw(Invariant($"<line x1=\"{LabelWidth + ((double)(limit / widest) * BarWidth):0.##}\" x2=\"{LabelWidth + ((double)(limit / widest) * BarWidth):0.##}\" y1=\"{y - 2}\" y2=\"{y + RowHeight - 4}\" stroke=\"#222\" stroke-width=\"2\"/>\n"));
            Raw(Invariant($"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + 14}\">")).Text($"{Amount(exposure)} / {Amount(limit)}").Raw("</text>\n");
        }

        Raw("</svg>\n");
        More(exposures.Length);
    }

    private void Table(string[] header, IEnumerable<object?[]> rows)
    {
        Raw("<table>\n<thead><tr>");
        foreach (var column in header)
        {
            Raw("<th>").Text(column).Raw("</th>");
        }

        Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            Raw("<tr>");
            foreach (var cell in row)
            {
                // Amounts right-aligned, short words (a severity, a code) whole, sentences wrapped.
                var text = cell?.ToString() ?? string.Empty;
                _ = cell is decimal or int ? Raw("<td class=\"n\">").Text(cell is decimal d ? Amount(d) : Number((int)cell)) : Raw(text.Length <= 12 ? "<td class=\"w\">" : "<td>").Text(text);
                Raw("</td>");
            }

            Raw("</tr>\n");
        }

        Raw("</tbody>\n</table>\n");
    }

    private void More(int count)
    {
        if (count > MaxRows)
        {
            Paragraph(CliText.Format("ReportMore", MaxRows, count));
        }
    }

    private void Heading(string text) => Raw("<h2>").Text(text).Raw("</h2>\n");

    private void Paragraph(string text) => Raw("<p>").Text(text).Raw("</p>\n");

    private HtmlReport Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    private HtmlReport Text(string text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    private static string Colour(int bucket) => BucketColours[Math.Min(bucket, BucketColours.Length - 1)];

    private static string Amount(decimal amount) => AgingReport.Round(amount).ToString("N2", CultureInfo.InvariantCulture);

    private static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    // Cut between characters, never inside a surrogate pair.
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 2]) ? length - 2 : length - 1;
        return text[..cut] + "…";
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
