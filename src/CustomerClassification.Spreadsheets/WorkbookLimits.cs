using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// What a workbook may hold before MiniExcel reads it, checked by streaming through the zip and the sheets' XML
/// (no DTDs): at most <see cref="MaxUncompressedBytes"/> unpacked, <see cref="MaxColumns"/> columns (a cell at column
/// XFC would make every row sixteen thousand cells wide), no run of more than <see cref="MaxRowGap"/> empty rows (a
/// row numbered 1048576 after row 2 would be a million empty rows), at most <see cref="MaxSharedStrings"/> shared
/// strings, no part of over 16 MiB packed a hundredfold or more (a zip bomb). A customer file needs none of these; a
/// hostile one is refused in time and memory proportional to its size.
/// </summary>
internal static class WorkbookLimits
{
    public const long MaxUncompressedBytes = 1L << 30;
    public const int MaxColumns = 1_000;
    public const int MaxRowGap = 10_000;
    public const int MaxSharedStrings = 5_000_000;
    public const int MaxCompressionRatio = 100;
    public const long MaxRatioFreeBytes = 16L << 20;

    /// <summary>Why the workbook goes beyond the limits, or null when it does not (or is no zip: MiniExcel says so then).</summary>
    public static string? Problem(Stream xlsx)
    {
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            var total = zip.Entries.Sum(e => e.Length);
            if (total > MaxUncompressedBytes)
            {
                return FormattableString.Invariant($"it unpacks to {total:N0} bytes; at most {MaxUncompressedBytes:N0} are read");
            }

            foreach (var entry in zip.Entries)
            {
                // XML packs ten or twenty to one; a part that unpacks a hundredfold or more and is large is a zip bomb.
                if (entry.Length > MaxRatioFreeBytes && entry.Length / Math.Max(1, entry.CompressedLength) >= MaxCompressionRatio)
                {
                    return FormattableString.Invariant($"its part {entry.FullName} unpacks {entry.Length / Math.Max(1, entry.CompressedLength):N0} times its packed size, as a zip bomb does");
                }

                var name = entry.FullName.Replace('\\', '/');
                var problem = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? Sheet(entry)
                    : name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase) ? SharedStrings(entry)
                    : null;
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return null; // not a zip, or broken XML: MiniExcel reports the file as unreadable
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    private static XmlReader Reader(ZipArchiveEntry entry) =>
        XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true, CloseInput = true });

    private static string? Sheet(ZipArchiveEntry entry)
    {
        using var reader = Reader(entry);
        var lastRow = 0L;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("r") is not { } reference)
            {
                continue;
            }

            if (string.Equals(reader.LocalName, "row", StringComparison.Ordinal) && long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                if (row - lastRow > MaxRowGap)
                {
                    return FormattableString.Invariant($"row {row} follows row {lastRow}: more than {MaxRowGap:N0} empty rows in between");
                }

                lastRow = row;
            }
            else if (string.Equals(reader.LocalName, "c", StringComparison.Ordinal) && ColumnOf(reference) is var column and > MaxColumns)
            {
                return FormattableString.Invariant($"cell {reference} is in column {column}; at most {MaxColumns:N0} columns are read");
            }
        }

        return null;
    }

    private static string? SharedStrings(ZipArchiveEntry entry)
    {
        using var reader = Reader(entry);
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && string.Equals(reader.LocalName, "si", StringComparison.Ordinal) && ++count > MaxSharedStrings)
            {
                return FormattableString.Invariant($"it holds more than {MaxSharedStrings:N0} shared strings");
            }
        }

        return null;
    }

    // The column number of a cell reference: XFC1 → 16383.
    internal static long ColumnOf(string reference)
    {
        var column = 0L;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }

            if (column > int.MaxValue)
            {
                break;
            }
        }

        return column;
    }
}
