using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Customers to and from CSV files with T3's Chinese column headers (客户编码, 客户名称, 客户简称, 所属分类码, 地区编码,
/// 税号, 信用等级, 信用额度, 付款条件, 发展日期, 停用日期, 联系人, 电话, 地址, …) or English ones, detected per column;
/// further dimensions and custom fields are columns under their own names. Import is one atomic archive batch.
/// </summary>
public static class CustomerCsv
{
    /// <summary>Gets GB18030, the encoding of T3's exports.</summary>
    public static Encoding GB18030 => CsvSource.GB18030;

    /// <summary>
    /// Imports customers: adds them, or with <see cref="ImportOptions.Mode"/> updates the ones the archive has (only
    /// the columns the file has; empty cells leave values as they are unless <see cref="ImportOptions.ClearEmpty"/>),
    /// each changed field one change-log entry. Every row is checked (values, codes already in the archive or
    /// repeated in the file, categories and regions that are not leaves, locked reclassifications) and every problem
    /// reported with its row, column and value; nothing is imported unless all rows pass, or, with
    /// <see cref="ImportOptions.ImportValidRows"/>, the valid rows are imported in one batch and the rest reported.
    /// Never a half-loaded archive by accident. A file that cannot be read as a table (an unknown or missing column)
    /// is reported as such (<see cref="ImportReport.Readable"/> false) and no row is checked.
    /// </summary>
    /// <param name="csv">The file's bytes.</param>
    /// <param name="archive">The archive to add the customers to.</param>
    /// <param name="actor">Who imports, for the change log.</param>
    /// <param name="options">The encoding, the mode and whether to import valid rows only; null for detection, adding, all-or-nothing.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is blank, or the options' override reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' mode is not defined.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImportReport Import(Stream csv, CustomerArchive archive, string actor, ImportOptions? options = null)
    {
        Argument.NotNull(csv);
        Argument.NotNull(archive);
        Argument.NotBlank(actor);
        options = ImportOptions.Checked(options);
        var (records, encoding, problems) = CsvSource.Read(csv, options.Encoding);
        return records is null
            ? ImportReport.Unreadable(0, problems, encoding)
            : new CustomerImport(archive, records, encoding, options, problems).Run(actor);
    }

    /// <summary>Exports an archive's customers, by code, with every column the archive uses.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark (which Excel reads); <see cref="GB18030"/> for T3.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void Export(ArchiveSnapshot archive, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, Encoding? encoding = null)
    {
        Argument.NotNull(archive);
        Argument.NotNull(output);
        var (header, rows) = CustomerColumn.Table(archive, headers);
        CsvSource.Write(output, encoding, header, rows);
    }

    /// <summary>
    /// Exports an archive's customers, by code, with their effective profile values: a value a customer does not set
    /// itself is written as the one its categories (or the defaults) give it, and the profile values no customer column
    /// holds (价格表, 专管业务员, 分管部门, 应收科目, 币种, 发货地址, 预付款 and the credit policy's) follow as columns of their
    /// own. For reading by people and other systems; importing it back would store the inherited values on each customer.
    /// </summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark.</param>
    /// <exception cref="ArgumentNullException"><paramref name="archive"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    public static void ExportEffective(ArchiveSnapshot archive, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, Encoding? encoding = null)
    {
        Argument.NotNull(archive);
        Argument.NotNull(output);
        var (header, rows) = CustomerColumn.EffectiveTable(archive, headers);
        CsvSource.Write(output, encoding, header, rows);
    }
}
