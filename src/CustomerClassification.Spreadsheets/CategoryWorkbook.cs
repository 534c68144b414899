using System;
using System.IO;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>The categories of one dimension to and from .xlsx workbooks, with the same columns and checks as <see cref="CategoryCsv"/>.</summary>
public static class CategoryWorkbook
{
    /// <summary>Imports categories from the first sheet of a workbook; see <see cref="CategoryCsv.Import(Stream, CustomerArchive, string, string, ImportOptions?)"/>.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="archive">The archive.</param>
    /// <param name="dimension">The dimension, such as <see cref="DimensionNames.Category"/>.</param>
    /// <param name="actor">Who imports, for the change log.</param>
    /// <param name="options">The mode and whether to import valid rows only; null for adding, all-or-nothing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, <paramref name="dimension"/> is not a dimension of the archive, or the options' override reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not defined.</exception>
    public static ImportReport Import(Stream xlsx, CustomerArchive archive, string dimension, string actor, ImportOptions? options = null)
    {
        Argument.NotNull(xlsx);
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        Argument.NotBlank(actor);
        _ = archive.Settings.SchemeOf(dimension) ?? throw new ArgumentException($"'{dimension}' is not a dimension of the archive.", nameof(dimension));
        options = ImportOptions.Checked(options);
        var (records, problem) = WorkbookSource.Read(xlsx);
        return records is null
            ? ImportReport.Unreadable(0, [problem!], Encoding.UTF8)
            : CategoryCsv.Import(records, Encoding.UTF8, archive, dimension, actor, options, []);
    }

    /// <summary>Exports the categories of a dimension, in tree order, to the first sheet of a new workbook.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese or English headers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClassificationException"><paramref name="dimension"/> is not a dimension of the archive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void Export(ArchiveSnapshot archive, string dimension, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese)
    {
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        Argument.NotNull(output);
        var (header, rows) = CategoryCsv.Table(archive, dimension, headers);
        WorkbookSource.Write(output, header, rows);
    }
}
