using System;
using System.Linq;
using CustomerClassification.Customers;
using CustomerClassification.Sales;
using NodaTime.Text;

namespace CustomerClassification.Cli;

/// <content>The sales sections: net sales and gross profit by category as bars, the customers' Pareto chart (ABC), and the category × region cross-tab as a shaded table.</content>
internal sealed partial class HtmlReport
{
    private void Sales()
    {
        if (sales is null)
        {
            return;
        }

        var analysis = sales.Analysis;
        Heading(CliText.Format("HeadingSales", UserText.DimensionLabel(analysis.Dimension), LocalDatePattern.Iso.Format(analysis.From), LocalDatePattern.Iso.Format(analysis.To)));
        Paragraph(CliText.Get("Basis" + analysis.Basis));
        SalesBars();
        Table(
            [CliText.Get("ColumnLine"), CliText.Get("ColumnNetSales"), CliText.Get("ColumnGrossProfit"), CliText.Get("ColumnShare"), CliText.Get("ColumnPrevious")],
            analysis.Rows(2).Append(analysis.Total).Select(r => new object?[] { (r.Code + " " + r.Name).Trim(), r.NetSales, r.GrossProfit, Percent(r.Share), r.PreviousNetSales }));
        Pareto();
        CrossTab();
    }

    // Net sales (blue) and gross profit (green) of each top category, on one scale.
    private void SalesBars()
    {
        var roots = sales!.Analysis.Rows(1).Where(r => r.NetSales != 0m).ToArray();
        const int LabelWidth = 200, BarWidth = 560, RowHeight = 34;
        var widest = roots.Select(r => Math.Max(r.NetSales, 0m)).DefaultIfEmpty(0m).Max();
        Raw("<p class=\"legend\"><span><i style=\"background:#1e88e5\"></i>").Text(CliText.Get("ColumnNetSales")).Raw("</span><span><i style=\"background:#43a047\"></i>").Text(CliText.Get("ColumnGrossProfit")).Raw("</span></p>\n");
        Raw(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{LabelWidth + BarWidth + 140}\" height=\"{(roots.Length * RowHeight) + 10}\">\n"));
        for (var row = 0; row < roots.Length; row++)
        {
            var y = (row * RowHeight) + 5;
            Raw(Invariant($"<text x=\"0\" y=\"{y + 18}\">")).Text(Shorten((roots[row].Code + " " + roots[row].Name).Trim(), 24)).Raw("</text>\n");
            Bar(LabelWidth, y, roots[row].NetSales, widest, BarWidth, "#1e88e5");
            Bar(LabelWidth, y + 14, roots[row].GrossProfit ?? 0m, widest, BarWidth, "#43a047");
        }

        Raw("</svg>\n");
    }

    private void Bar(int x, int y, decimal amount, decimal widest, int barWidth, string colour)
    {
        var width = widest > 0m && amount > 0m ? (double)(amount / widest) * barWidth : 0d;
        Raw(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{width:0.##}\" height=\"12\" fill=\"{colour}\"><title>")).Text(Amount(amount)).Raw("</title></rect>\n");
        Raw(Invariant($"<text x=\"{x + width + 6:0.#}\" y=\"{y + 11}\">")).Text(Amount(amount)).Raw("</text>\n");
    }

    // Customers by sales, largest first: bars of their sales and the line of the cumulative share, with the A and B thresholds.
    private void Pareto()
    {
        var metrics = sales!.Metrics;
        var ranked = metrics.Customers.Where(c => c.NetSales > 0m).ToArray();
        Heading(CliText.Get("HeadingPareto"));
        Paragraph(CliText.Format("ParetoCounts", ranked.Count(c => c.Abc == AbcClass.A), ranked.Count(c => c.Abc == AbcClass.B), metrics.Customers.Count(c => c.Abc == AbcClass.C), LocalDatePattern.Iso.Format(metrics.AsOf)));
        if (ranked.Length == 0)
        {
            return;
        }

        const int Width = 760, Height = 220, Left = 40;
        var total = ranked.Sum(c => c.NetSales);
        var step = (double)Width / ranked.Length;
        var top = ranked[0].NetSales;
        Raw(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Left + Width + 60}\" height=\"{Height + 30}\">\n"));
        var cumulative = 0m;
        var points = new System.Text.StringBuilder();
        for (var i = 0; i < ranked.Length; i++)
        {
            var height = (double)(ranked[i].NetSales / top) * Height;
            var colour = ranked[i].Abc switch { AbcClass.A => "#1e88e5", AbcClass.B => "#90caf9", _ => "#cfd8dc" };
            Raw(Invariant($"<rect x=\"{Left + (i * step):0.##}\" y=\"{Height - height + 5:0.##}\" width=\"{Math.Max(step - 0.5, 0.5):0.##}\" height=\"{height:0.##}\" fill=\"{colour}\"/>\n"));
            cumulative += ranked[i].NetSales;
            points.Append(Invariant($"{Left + ((i + 1) * step):0.##},{Height + 5 - ((double)(cumulative / total) * Height):0.##} "));
        }

        Raw(Invariant($"<polyline points=\"{Left},{Height + 5} {points}\" fill=\"none\" stroke=\"#c62828\" stroke-width=\"2\"/>\n"));
        foreach (var share in new[] { metrics.Options.AShare, metrics.Options.BShare })
        {
            var y = Height + 5 - ((double)share * Height);
            Raw(Invariant($"<line x1=\"{Left}\" x2=\"{Left + Width}\" y1=\"{y:0.##}\" y2=\"{y:0.##}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/><text x=\"{Left + Width + 4}\" y=\"{y + 4:0.##}\">{share:P0}</text>\n"));
        }

        Raw("</svg>\n");
    }

    // Net sales of category × region at the top levels, each cell shaded by its share of the largest.
    private void CrossTab()
    {
        if (sales!.CrossTab is not { } table)
        {
            return;
        }

        Heading(CliText.Format("HeadingCrossTab", UserText.DimensionLabel(table.RowAxis.Dimension), UserText.DimensionLabel(table.ColumnAxis.Dimension)));
        var largest = Enumerable.Range(0, table.Rows.Count).SelectMany(r => Enumerable.Range(0, table.Columns.Count).Select(c => table.Cell(r, c))).DefaultIfEmpty(0m).Max();
        Raw("<table>\n<thead><tr><th></th>");
        foreach (var column in table.Columns)
        {
            Raw("<th>").Text((column.Code + " " + column.Name).Trim()).Raw("</th>");
        }

        Raw("<th>").Text(CliText.Get("Total")).Raw("</th></tr></thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Raw("<tr><th>").Text((table.Rows[r].Code + " " + table.Rows[r].Name).Trim()).Raw("</th>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = table.Cell(r, c);
                var shade = largest > 0m && cell > 0m ? (double)(cell / largest) : 0d;
                Raw(Invariant($"<td class=\"n\" style=\"background:rgba(30,136,229,{shade * 0.85:0.###})\">")).Text(Amount(cell)).Raw("</td>");
            }

            Raw("<td class=\"n\">").Text(Amount(table.RowTotal(r))).Raw("</td></tr>\n");
        }

        Raw("</tbody>\n</table>\n");
    }

    private static string Percent(decimal share) => share.ToString("P1", System.Globalization.CultureInfo.InvariantCulture);
}
