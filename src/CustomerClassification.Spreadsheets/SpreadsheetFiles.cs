using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Tables a host writes for a user to sort and filter (problem lists, reports) in the forms customer exports use, and
/// files read within the bound every import keeps to. CSV cells that a spreadsheet would run as a formula
/// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> first) are written with a leading apostrophe, as customer exports are.
/// </summary>
public static class SpreadsheetFiles
{
    /// <summary>The most bytes a file is read for: 512 MiB (a million customers are about 130 MB of CSV).</summary>
    public const long MaxFileBytes = CsvSource.MaxFileBytes;

    /// <summary>Reads a stream to its end, up to <see cref="MaxFileBytes"/>: a device that never ends is refused, not read until memory runs out.</summary>
    /// <param name="stream">The stream, read from its position.</param>
    /// <returns>The bytes, or a failure saying the file is too large.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ParseResult<byte[]> ReadAllBytes(Stream stream)
    {
        Argument.NotNull(stream);
        return CsvSource.Bytes(stream) is { } bytes ? ParseResult<byte[]>.Ok(bytes) : ParseResult<byte[]>.Fail(CsvSource.TooLarge().Message);
    }

    /// <summary>Writes a header and rows as CSV: UTF-8 with a byte-order mark unless another encoding is given, numbers and dates invariantly, null as an empty cell.</summary>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="header">The header's cells.</param>
    /// <param name="rows">The rows, each with as many cells as the header.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark (GB18030 for T3 itself).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="header"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">A row has another number of cells than the header.</exception>
    public static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, Encoding? encoding = null)
    {
        Checked(output, header, rows);
        CsvSource.Write(output, encoding, [.. header], Sized(rows, header.Count).Select(row => row.Select(CsvSource.Text).ToArray()));
    }

    /// <summary>Writes a header and rows to the first sheet of a workbook: texts as text cells (codes such as 01001 keep their zeros), numbers as numbers, dates (<see cref="NodaTime.LocalDate"/>) as dates, null as an empty cell.</summary>
    /// <param name="output">The stream written to.</param>
    /// <param name="header">The header's cells.</param>
    /// <param name="rows">The rows, each with as many cells as the header.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row has another number of cells than the header.</exception>
    public static void WriteWorkbook(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Checked(output, header, rows);
        WorkbookSource.Write(output, [.. header], Sized(rows, header.Count).Select(row => row.ToArray()));
    }

    private static void Checked(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        Argument.NotNull(output);
        Argument.NotNull(header);
        Argument.NotNull(rows);
    }

    // Each row as wide as the header, checked as it is written.
    private static IEnumerable<IReadOnlyList<object?>> Sized(IEnumerable<IReadOnlyList<object?>> rows, int width)
    {
        foreach (var row in rows)
        {
            if (row is null || row.Count != width)
            {
                throw new ArgumentException($"Each row must have {width} cells, as the header has.", nameof(rows));
            }

            yield return row;
        }
    }
}
