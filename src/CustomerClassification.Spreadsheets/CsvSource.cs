using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>What the customer and category imports share: decoding the bytes, reading records, and applying rows in one batch.</summary>
internal static class CsvSource
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding GB18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Reads the whole stream and decodes it: the given encoding, else UTF-8 when it has a byte-order mark or is valid UTF-8, else GB18030.</summary>
    public static (string? Text, Encoding Encoding, ImportProblem? Problem) Decode(byte[] bytes, Encoding? given)
    {
        if (given is null && bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            // A UTF-16 file (Excel's "Unicode text") is named as what it is, not as GB18030 it is not.
            return (null, Encoding.Unicode, new ImportProblem(1, null, null, SheetText.Get("Utf16File")));
        }

        var encoding = given ?? Detect(bytes);
        try
        {
            return (encoding.GetString(bytes).TrimStart('\uFEFF'), encoding, null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, encoding, new ImportProblem(1, null, null, SheetText.Format("NotEncoding", encoding.WebName, e.Message)));
        }
    }

    /// <summary>
    /// Reads a CSV file's records (see <see cref="Decode"/> and <see cref="Records"/>), checking each line against the
    /// encoding: a line with bytes the encoding does not have, or a UTF-8 line in a file read as GB18030 (which would
    /// read as garbled text), is a problem of its row, and that row is left out; the header row is always kept.
    /// </summary>
    /// <returns>The records, or null when the file cannot be decoded at all; the encoding; the problems.</returns>
    public static (List<(int Row, string[] Cells)>? Records, Encoding Encoding, List<ImportProblem> Problems) Read(Stream csv, Encoding? given)
    {
        var (records, encoding, problems) = Open(csv, given);
        return (records?.ToList(), encoding, problems);
    }

    /// <summary>
    /// As <see cref="Read"/>, with the records read as they are enumerated (once): a table of a million rows is turned
    /// into its items row by row, never held as a million rows of cells too.
    /// </summary>
    public static (IEnumerable<(int Row, string[] Cells)>? Records, Encoding Encoding, List<ImportProblem> Problems) Open(Stream csv, Encoding? given)
    {
        if (Bytes(csv) is not { } bytes)
        {
            return (null, given ?? Encoding.UTF8, [TooLarge()]);
        }

        var (text, encoding, problem) = Decode(bytes, given);
        if (text is null)
        {
            return (null, encoding, [problem!]);
        }

        // A file the encoding reads strictly as a whole has no bad bytes: only UTF-8 rows in it need looking for.
        var problems = LineProblems(bytes, encoding, checkBytes: !IsStrict(bytes, encoding));
        text = WithoutLongLines(text, problems);
        var bad = problems.Select(p => p.Row).ToHashSet();
        return (Records(text).Where(r => r.Row == 1 || !bad.Contains(r.Row)), encoding, problems);
    }

    /// <summary>The longest line of a CSV file read, in characters (1 MiB); a row of a T3 export is a few hundred.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>
    /// The text with every line longer than <see cref="MaxLineLength"/> emptied, each a problem of its row: the CSV reader
    /// never buffers it (a 300 MB line peaked at ten times its size). An emptied line keeps the parity of its quotes, so a
    /// quoted cell running over several lines reads as before around it.
    /// </summary>
    private static string WithoutLongLines(string text, List<ImportProblem> problems)
    {
        StringBuilder? kept = null;
        var line = 1;
        for (int start = 0, end; start <= text.Length; start = end + 1, line++)
        {
            end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end - start > MaxLineLength)
            {
                kept ??= new StringBuilder(text.Length).Append(text, 0, start);
                kept.Append(text.AsSpan(start, end - start).Count('"') % 2 == 1 ? "\"" : string.Empty);
                problems.Add(new ImportProblem(line, null, null, SheetText.Format("LineTooLong", end - start, MaxLineLength)));
            }
            else
            {
                kept?.Append(text, start, end - start);
            }

            if (end < text.Length)
            {
                kept?.Append('\n');
            }
        }

        return kept?.ToString() ?? text;
    }

    /// <summary>The most bytes a CSV file or workbook is read for (512 MiB; a million customers are about 130 MB of CSV).</summary>
    public const long MaxFileBytes = 1L << 29;

    /// <summary>The stream's bytes, or null when it holds more than <see cref="MaxFileBytes"/> (a device that never ends, say).</summary>
    public static byte[]? Bytes(Stream stream)
    {
        // A file says how long it is: a buffer of that size is handed back as it is, not copied once more.
        using var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Min(MaxFileBytes, Math.Max(0, stream.Length - stream.Position)) : 0);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    /// <summary>The problem of a file beyond <see cref="MaxFileBytes"/>.</summary>
    public static ImportProblem TooLarge() => new(1, null, null, SheetText.Format("TooLarge", MaxFileBytes));

    /// <summary>The number of data rows of a file: the records read (header included) and the rows left out for their bytes.</summary>
    public static int DataRows(int records, IEnumerable<ImportProblem> found) => Math.Max(0, records - 1 + found.Count(p => p.Row > 1));

    private static Encoding Strict(Encoding encoding) => Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    // Whether the whole file reads in the encoding without a replaced byte: one pass, no text made. UTF-8 is checked
    // too, since a byte-order mark or a given encoding is taken on trust by the decoder.
    private static bool IsStrict(byte[] bytes, Encoding encoding)
    {
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8Text.IsValid(bytes);
        }

        try
        {
            Strict(encoding).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // Each line that the encoding cannot read (looked for only when checkBytes), or that is UTF-8 in a GB18030 file.
    private static List<ImportProblem> LineProblems(byte[] bytes, Encoding encoding, bool checkBytes)
    {
        var problems = new List<ImportProblem>();
        if (encoding.CodePage != GB18030.CodePage && !checkBytes)
        {
            return problems;
        }

        var strict = Strict(encoding);
        var (row, start) = (1, 0);
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            var line = new ArraySegment<byte>(bytes, start, i - start);
            if (line.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
            {
                if (IsUtf8(line) && encoding.CodePage == GB18030.CodePage)
                {
                    problems.Add(new ImportProblem(row, null, null, SheetText.Format("MixedEncoding", encoding.WebName)));
                }
                else if (checkBytes)
                {
                    try
                    {
                        strict.GetString(line.Array!, line.Offset, line.Count);
                    }
                    catch (DecoderFallbackException e)
                    {
                        problems.Add(new ImportProblem(row, null, null, SheetText.Format("BadBytes", encoding.WebName, e.Message)));
                    }
                }
            }

            (row, start) = (row + 1, i + 1);
        }

        return problems;
    }

    // Without an exception per line: most lines of a GB18030 file are not UTF-8.
    private static bool IsUtf8(ArraySegment<byte> line) => Utf8Text.IsValid(line);

    /// <summary>The records of a CSV text with the line each starts on (the header is line 1).</summary>
    public static IEnumerable<(int Row, string[] Cells)> Records(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, Separator = ',', DetectSeparatorHint = false });
        while (reader.Read())
        {
            yield return (checked((int)reader.LineNumber), Enumerable.Range(0, reader.FieldCount).Select(i => Unguarded(reader.GetString(i))).ToArray());
        }
    }

    /// <summary>
    /// Applies the rows in one batch. Rows the archive refuses are reported; with <paramref name="validRowsOnly"/> the
    /// rest are retried so that the valid rows go in together, otherwise nothing is imported. When other rows already
    /// have problems, nothing is imported but the archive's refusals of these rows are reported too (a dry run), so
    /// one report lists every bad row.
    /// </summary>
    /// <param name="archive">The archive.</param>
    /// <param name="actor">Who imports.</param>
    /// <param name="rows">The rows: each with its line and the change it makes, and how to name the column and cell a violated field is in.</param>
    /// <param name="problems">The problems found so far; the archive's refusals are added.</param>
    /// <param name="validRowsOnly">Whether to import the valid rows when some are refused.</param>
    /// <returns>The rows imported; empty when none.</returns>
    public static List<ImportRow> Apply(CustomerArchive archive, string actor, List<ImportRow> rows, List<ImportProblem> problems, bool validRowsOnly)
    {
        if (problems.Count > 0 && !validRowsOnly)
        {
            Check(archive, rows, problems);
            return [];
        }

        while (rows.Count > 0)
        {
            var result = archive.Apply(Batch(rows), actor);
            if (result.Succeeded)
            {
                return rows;
            }

            var refused = result.Violations.Where(v => v.Position is not null).Select(v => (Index: v.Position!.Value - 1, Violation: v)).ToArray();
            problems.AddRange(refused.Select(r => rows[r.Index].Problem(r.Violation)));
            if (refused.Length == 0 || !validRowsOnly)
            {
                // Refusals not tied to a row leave nothing importable.
                problems.AddRange(refused.Length == 0 ? result.Violations.Select(v => new ImportProblem(1, null, null, v.Message) { Field = v.Field, Error = v.Error }) : []);
                return [];
            }

            var drop = refused.Select(r => r.Index).ToHashSet();
            rows = rows.Where((_, i) => !drop.Contains(i)).ToList();
        }

        return [];
    }

    /// <summary>Adds what the archive would refuse of rows that will not be imported (a dry run), each at its row and column.</summary>
    public static void Check(CustomerArchive archive, List<ImportRow> rows, List<ImportProblem> problems) =>
        problems.AddRange(archive.Check(Batch(rows)).Where(v => v.Position is not null).Select(v => rows[v.Position!.Value - 1].Problem(v)));

    /// <summary>
    /// A cell a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// first: OWASP's CSV injection) is written behind a single quote, which spreadsheets show as text; a cell that
    /// already starts with a quote before one of those gets one more, so that reading it back is exact.
    /// </summary>
    public static string Guarded(string cell) =>
        cell.Length > 0 && (IsFormulaStart(cell[0]) || (cell[0] == '\'' && cell.Length > 1 && (IsFormulaStart(cell[1]) || cell[1] == '\''))) ? "'" + cell : cell;

    /// <summary>The cell as it was before <see cref="Guarded"/>.</summary>
    public static string Unguarded(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && (IsFormulaStart(cell[1]) || cell[1] == '\'') ? cell.Substring(1) : cell;

    /// <summary>An exception's message without the parameter name the framework appends, for a report a user reads.</summary>
    public static string FirstSentence(string message) => message.Split(" (Parameter", 2)[0];

    private static ChangeBatch Batch(List<ImportRow> rows)
    {
        var batch = new ChangeBatch();
        rows.ForEach(r => r.Change(batch));
        return batch;
    }

    /// <summary>Writes a header and rows as CSV, in UTF-8 with a byte-order mark unless another encoding is given.</summary>
    public static void Write(Stream output, Encoding? encoding, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(output, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 4096, leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { HasHeader = false, NewLine = "\r\n" }, true);
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(Array.ConvertAll(row, Guarded));
        }

        csv.Flush();
    }

    /// <summary>A cell's value as CSV text: numbers and dates invariantly (dates <c>yyyy-MM-dd</c>), null empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        NodaTime.LocalDate date => NodaTime.Text.LocalDatePattern.Iso.Format(date),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Encoding Detect(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8;
        }

        try
        {
            StrictUtf8.GetString(bytes);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return GB18030;
        }
    }
}
