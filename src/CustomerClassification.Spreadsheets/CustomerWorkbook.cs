using System;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Customers to and from .xlsx workbooks (first sheet, MiniExcel), with the same columns, checks and atomic import as
/// <see cref="CustomerCsv"/>. Codes and other texts are written as text cells, so codes keep their leading zeros;
/// amounts and rates as numbers and dates as dates (yyyy-MM-dd), so that a spreadsheet sums and sorts them. Dates
/// and numbers typed in Excel are read as well as text.
/// </summary>
public static class CustomerWorkbook
{
    /// <summary>Imports customers from the first sheet of a workbook; see <see cref="CustomerCsv.Import"/> for the checks.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="archive">The archive to add the customers to.</param>
    /// <param name="actor">Who imports, for the change log.</param>
    /// <param name="options">The mode and whether to import valid rows only (the encoding does not apply); null for adding, all-or-nothing.</param>
    /// <returns>The report; a stream that is no workbook gives a problem on row 1 and changes nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, or the options' override reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not defined.</exception>
    public static ImportReport Import(Stream xlsx, CustomerArchive archive, string actor, ImportOptions? options = null)
    {
        Argument.NotNull(xlsx);
        Argument.NotNull(archive);
        Argument.NotBlank(actor);
        options = ImportOptions.Checked(options);
        var (records, problem) = WorkbookSource.Read(xlsx);
        return records is null
            ? ImportReport.Unreadable(0, [problem!], Encoding.UTF8)
            : new CustomerImport(archive, records, Encoding.UTF8, options, []).Run(actor);
    }

    /// <summary>Exports an archive's customers, by code, to the first sheet of a new workbook.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void Export(ArchiveSnapshot archive, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese)
    {
        Argument.NotNull(archive);
        Argument.NotNull(output);
        var (header, rows) = CustomerColumn.TypedTable(archive, headers);
        WorkbookSource.Write(output, header, rows);
    }

    /// <summary>Exports an archive's customers with their effective profile values to the first sheet of a new workbook, as <see cref="CustomerCsv.ExportEffective"/> writes them.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void ExportEffective(ArchiveSnapshot archive, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese)
    {
        Argument.NotNull(archive);
        Argument.NotNull(output);
        var (header, rows) = CustomerColumn.EffectiveTable(archive, headers);
        WorkbookSource.Write(output, header, rows.Select(r => r.Cast<object?>().ToArray()));
    }
}
