using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads the first sheet of an .xlsx workbook cell by cell, as the sheet's XML holds them: the work follows the cells
/// present, never the range a sheet declares (<c>&lt;dimension ref="A1:XFD1048576"/&gt;</c>) nor the rows between
/// two that are far apart. Rows without a value are skipped, not reported; cells right of the header's last heading
/// are not read. Text, shared strings, numbers, dates (a number in a date format), true/false and cached formula
/// results become the cell texts the readers of the library take.
/// </summary>
internal static class WorkbookReader
{
    // Excel's built-in number formats that show a date.
    private static readonly HashSet<int> DateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <summary>The rows with a value, numbered as in the sheet; the first is the header, and no row is wider than it.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip archive, or the workbook has no sheet.</exception>
    /// <exception cref="XmlException">A part of the workbook is not well-formed XML.</exception>
    public static List<(int Row, string[] Cells)> Read(Stream xlsx)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var sheet = Entry(zip, FirstSheet(zip)) ?? throw new InvalidDataException("The workbook has no sheet.");
        var strings = SharedStrings(zip);
        var dates = DateStyles(zip);
        var rows = new List<(int Row, string[] Cells)>();
        var width = -1;
        using var reader = Reader(sheet);
        var row = 0;
        var cells = new SortedDictionary<int, string>();
        var column = 0;
        while (reader.Read())
        {
            if (Is(reader, XmlNodeType.EndElement, "row"))
            {
                width = Flush(rows, row, cells, width);
            }
            else if (Is(reader, XmlNodeType.Element, "row"))
            {
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : row + 1;
                column = 0;
                if (reader.IsEmptyElement)
                {
                    width = Flush(rows, row, cells, width);
                }
            }
            else if (Is(reader, XmlNodeType.Element, "c"))
            {
                column = reader.GetAttribute("r") is { } reference ? (int)Math.Min(int.MaxValue, WorkbookLimits.ColumnOf(reference)) : column + 1;
                var type = reader.GetAttribute("t");
                var date = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var style) && dates.Contains(style);
                if (Value(reader, type, date, strings) is { Length: > 0 } text && (width < 0 || column <= width))
                {
                    cells[column] = text;
                }
            }
        }

        return rows;
    }

    // A row read: kept when it has a value, as wide as the header (the header as wide as its last heading).
    private static int Flush(List<(int Row, string[] Cells)> rows, int row, SortedDictionary<int, string> cells, int width)
    {
        if (cells.Count == 0)
        {
            return width;
        }

        width = width < 0 ? cells.Keys.Last() : width;
        var texts = Enumerable.Repeat(string.Empty, width).ToArray();
        foreach (var (column, text) in cells)
        {
            if (column <= width)
            {
                texts[column - 1] = text;
            }
        }

        rows.Add((row, texts));
        cells.Clear();
        return width;
    }

    // The text of the cell the reader stands on, read to the cell's end.
    private static string Value(XmlReader reader, string? type, bool date, List<string> strings)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var value = new StringBuilder();
        var inline = new StringBuilder();
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && (string.Equals(reader.LocalName, "v", StringComparison.Ordinal) || string.Equals(reader.LocalName, "t", StringComparison.Ordinal)) && !reader.IsEmptyElement)
            {
                (string.Equals(reader.LocalName, "v", StringComparison.Ordinal) ? value : inline).Append(reader.ReadElementContentAsString());
                if (reader.Depth <= depth)
                {
                    break;
                }
            }
        }

        var raw = value.ToString();
        return type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty,
            "inlineStr" => inline.ToString(),
            "b" => string.Equals(raw, "1", StringComparison.Ordinal) ? bool.TrueString : bool.FalseString,
            "str" or "e" => raw,
            "d" => DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? WorkbookSource.Text(day) : raw,
            _ => Number(raw, date),
        };
    }

    // A number cell: a date where its style shows one (a serial day, as Excel counts them), else the number.
    private static string Number(string raw, bool date) =>
        !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? raw
        : date && number is > -657435 and < 2958466 ? WorkbookSource.Text(DateTime.FromOADate(number))
        : WorkbookSource.Text(number);

    private static bool Is(XmlReader reader, XmlNodeType type, string name) => reader.NodeType == type && string.Equals(reader.LocalName, name, StringComparison.Ordinal);

    // The part of the first sheet in the workbook's order, through the workbook's relationships.
    private static string FirstSheet(ZipArchive zip)
    {
        string? id = null;
        if (Entry(zip, "xl/workbook.xml") is { } workbook)
        {
            using var reader = Reader(workbook);
            while (id is null && reader.Read())
            {
                if (Is(reader, XmlNodeType.Element, "sheet"))
                {
                    id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                }
            }
        }

        if (id is not null && Entry(zip, "xl/_rels/workbook.xml.rels") is { } relationships)
        {
            using var reader = Reader(relationships);
            while (reader.Read())
            {
                if (Is(reader, XmlNodeType.Element, "Relationship") && string.Equals(reader.GetAttribute("Id"), id, StringComparison.Ordinal) && reader.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return "xl/worksheets/sheet1.xml";
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (Entry(zip, "xl/sharedStrings.xml") is not { } part)
        {
            return strings;
        }

        using var reader = Reader(part);
        var text = new StringBuilder();
        var phonetic = false;
        reader.Read();
        while (!reader.EOF)
        {
            // Phonetic runs (rPh, the furigana of Japanese files) are no part of the text.
            if (Is(reader, XmlNodeType.Element, "t") && !reader.IsEmptyElement && !phonetic)
            {
                // Reading the content moves past the element: the loop goes on from there without reading again.
                text.Append(reader.ReadElementContentAsString());
                continue;
            }

            if (Is(reader, XmlNodeType.Element, "si"))
            {
                text.Clear();
            }
            else if (string.Equals(reader.LocalName, "rPh", StringComparison.Ordinal))
            {
                phonetic = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
            }
            else if (Is(reader, XmlNodeType.EndElement, "si"))
            {
                strings.Add(text.ToString());
            }

            reader.Read();
        }

        return strings;
    }

    // The cell styles (their index in cellXfs) whose number format shows a date.
    private static HashSet<int> DateStyles(ZipArchive zip)
    {
        var styles = new HashSet<int>();
        if (Entry(zip, "xl/styles.xml") is not { } part)
        {
            return styles;
        }

        var custom = new HashSet<int>();
        using var reader = Reader(part);
        var inCellFormats = false;
        var index = 0;
        while (reader.Read())
        {
            if (Is(reader, XmlNodeType.Element, "numFmt")
                && int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && IsDateFormat(reader.GetAttribute("formatCode")))
            {
                custom.Add(id);
            }
            else if (string.Equals(reader.LocalName, "cellXfs", StringComparison.Ordinal))
            {
                inCellFormats = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
            }
            else if (inCellFormats && Is(reader, XmlNodeType.Element, "xf"))
            {
                if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var format) && (DateFormats.Contains(format) || custom.Contains(format)))
                {
                    styles.Add(index);
                }

                index++;
            }
        }

        return styles;
    }

    // A custom format shows a date when, outside quoted text and brackets, it has a year or a day (yyyy"年"m"月"d"日", yyyy/m/d).
    private static bool IsDateFormat(string? code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code ?? string.Empty)
        {
            quoted ^= c == '"';
            bracket = c == '[' || (bracket && c != ']');
            if (!quoted && !bracket && c is 'y' or 'Y' or 'd' or 'D')
            {
                return true;
            }
        }

        return false;
    }

    private static ZipArchiveEntry? Entry(ZipArchive zip, string name) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), name, StringComparison.OrdinalIgnoreCase));

    private static XmlReader Reader(ZipArchiveEntry entry) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false, IgnoreComments = true, CloseInput = true });
}
