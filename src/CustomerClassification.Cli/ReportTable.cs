using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CustomerClassification.Cli;

/// <summary>
/// A table of text and amounts that never splits an amount: amounts are never wrapped, text wraps between words
/// (and between Chinese characters, measured two columns wide); below the width the table needs it is printed
/// vertically, one block per row with its values packed on as few lines as fit.
/// </summary>
internal sealed class ReportTable(string[] headers)
{
    private readonly List<ReportCell[]> _rows = [];

    public ReportTable AddRow(params ReportCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void Show(IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Simple);
        for (var j = 0; j < headers.Length; j++)
        {
            // A column of amounts (or codes) is never wrapped, so the table's least width includes each of them whole.
            var amounts = _rows.Count > 0 && _rows.All(r => r[j].IsAmount);
            var whole = amounts || (_rows.Count > 0 && _rows.All(r => r[j].Whole));
            table.AddColumn(new TableColumn(new Text(headers[j])) { NoWrap = whole, Alignment = amounts ? Justify.Right : Justify.Left });
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(c => (IRenderable)new Text(c.Text)));
        }

        var width = console.Profile.Width;
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        if (Needed(table, options) <= width)
        {
            console.Write(table);
            return;
        }

        // Too narrow for the table: each row as a block under its first cell, "header: value" pairs packed on lines
        // as far as they fit (measured as the terminal shows them, Chinese two columns wide) and never split.
        foreach (var row in _rows)
        {
            console.WriteLine(row[0].Text);
            var line = new System.Text.StringBuilder();
            var used = 0;
            for (var j = 1; j < headers.Length; j++)
            {
                if (row[j].Text.Length == 0)
                {
                    continue;
                }

                var pair = headers[j] + ": " + row[j].Text;
                var length = Width(pair, options);
                if (line.Length > 0 && used + 3 + length > width)
                {
                    console.WriteLine(line.ToString());
                    line.Clear();
                }

                used = line.Length == 0 ? 2 + length : used + 3 + length;
                line.Append(line.Length == 0 ? "  " : " · ").Append(pair);
            }

            if (line.Length > 0)
            {
                console.WriteLine(line.ToString());
            }
        }
    }

    // The least width that shows every amount whole and at least a few characters of every text column (text wraps,
    // Chinese between any two characters): the table's padding and borders plus those column widths. Each cell is
    // measured once, by its characters' widths (a table of thousands of rows is not measured cell by cell through a renderer).
    private int Needed(Table table, RenderOptions options)
    {
        var needed = 0;
        var probe = new Table().Border(TableBorder.Simple);
        for (var j = 0; j < headers.Length; j++)
        {
            var wrap = !table.Columns[j].NoWrap;
            var (widest, word) = (Width(headers[j], options), LongestWord(headers[j], options));
            foreach (var row in _rows)
            {
                widest = System.Math.Max(widest, Width(row[j].Text, options));
                word = wrap ? System.Math.Max(word, LongestWord(row[j].Text, options)) : word;
            }

            needed += wrap ? System.Math.Min(word, MinTextWidth) : widest;
            probe.AddColumn(new TableColumn(new Text(headers[j])) { NoWrap = true });
        }

        // The borders and padding: what a table of the headers alone measures beyond them.
        var overhead = ((IRenderable)probe).Measure(options, int.MaxValue).Max - headers.Sum(h => Width(h, options));
        return overhead + needed;
    }

    // A text column narrower than this would show a word or two a line: the table turns vertical instead.
    private const int MinTextWidth = 16;

    private static int LongestWord(string text, RenderOptions options) => text.Split(' ').Max(w => Width(w, options));

    private static int Width(string text, RenderOptions options) =>
        text.IndexOf('\n') < 0 ? text.GetCellWidth() : ((IRenderable)new Text(text)).Measure(options, int.MaxValue).Max;
}
