using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Category profiles as a table (分类默认值): 分类编码 (categoryCode) and one column per profile value under its T3 header
/// (结算方式, 税率, 扣率, 价格表, 专管业务员, 分管部门, 应收科目, 币种, 发货地址, 预付款, 付款条件 and the credit-policy headers
/// 信用额度, 控制信用额度, 预警比例, 超额控制, 允许逾期天数, 最低信用等级, 自动审批等级, 观察期月数), or English headers, any of them, in any order.
/// A row with the code <c>*</c> (or <c>默认</c>, <c>default</c>) holds the archive's defaults. Rates read as <c>0.13</c> or
/// <c>13%</c>; yes/no as 是/否, true/false, 1/0; lists separated by commas or semicolons.
/// </summary>
public static class CategoryProfileCsv
{
    /// <summary>The category code of the row that holds the archive's defaults (also written <c>默认</c> or <c>default</c>).</summary>
    public const string DefaultsCode = "*";

    private static readonly TableColumn Code = new("分类编码", "categoryCode", Aliases: ["类别编码", "客户分类编码", "地区编码", "category", "code"]);

    private static readonly TableColumn[] Columns =
        [Code, .. CategoryProfileFields.All.Select(f => new TableColumn(f.Label, f.Name, Required: false, f.Aliases))];

    /// <summary>Reads a profile table from CSV, checking every code against the archive and every cell against its value's kind and range.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="archive">The archive whose categories the codes must name.</param>
    /// <param name="dimension">The dimension whose categories the rows name (客户分类 by default).</param>
    /// <param name="clearEmpty">Whether an empty cell clears the value (the category then inherits it); by default it leaves it as it is.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <returns>A row per category, and every problem with its row and column: a code the archive lacks (named), a code given twice, a bad value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/>, <paramref name="archive"/> or <paramref name="dimension"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public static ReadReport<CategoryProfileRow> Read(Stream csv, ArchiveSnapshot archive, string dimension = DimensionNames.Category, bool clearEmpty = false, Encoding? encoding = null) =>
        CsvTable.Read(csv, encoding, Columns, Reader(archive, dimension, clearEmpty));

    /// <summary>Reads a profile table from the first sheet of a workbook, with the columns and checks of <see cref="Read"/>.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="archive">The archive whose categories the codes must name.</param>
    /// <param name="dimension">The dimension whose categories the rows name.</param>
    /// <param name="clearEmpty">Whether an empty cell clears the value.</param>
    /// <returns>As for <see cref="Read"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/>, <paramref name="archive"/> or <paramref name="dimension"/> is null.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public static ReadReport<CategoryProfileRow> ReadWorkbook(Stream xlsx, ArchiveSnapshot archive, string dimension = DimensionNames.Category, bool clearEmpty = false) =>
        CsvTable.ReadWorkbook(xlsx, Columns, Reader(archive, dimension, clearEmpty));

    /// <summary>The operations that apply rows read by <see cref="Read"/>: each value set, each cleared one cleared.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="dimension">The dimension the rows' codes are of.</param>
    /// <returns>A batch to apply with <see cref="CustomerArchive.Apply(ChangeBatch, string)"/>; unchanged values change nothing and log nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ChangeBatch ToBatch(IEnumerable<CategoryProfileRow> rows, string dimension = DimensionNames.Category)
    {
        Argument.NotNull(rows);
        Argument.NotNull(dimension);
        var batch = new ChangeBatch();
        foreach (var row in rows)
        {
            var defaults = string.Equals(row.CategoryCode, DefaultsCode, StringComparison.Ordinal);
            foreach (var (field, value) in row.Values.Select(p => (p.Key, (object?)p.Value)).Concat(row.Cleared.Select(f => (f, (object?)null))))
            {
                _ = defaults ? batch.SetDefaultProfileValue(field.Name, value) : batch.SetProfileValue(dimension, row.CategoryCode, field.Name, value);
            }
        }

        return batch;
    }

    /// <summary>
    /// Writes the profiles of a dimension's categories: the defaults row first when the archive sets defaults, then each
    /// category that sets a value, in tree order, with a column per profile value.
    /// </summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <param name="effective">Whether to write every category with the values it gives its customers (its own or inherited, else the default) instead of only what each sets.</param>
    /// <param name="encoding">The encoding, or null for UTF-8 with a byte-order mark.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="encoding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public static void Export(ArchiveSnapshot archive, string dimension, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, bool effective = false, Encoding? encoding = null)
    {
        Argument.NotNull(output);
        var (header, rows) = Table(archive, dimension, headers, effective);
        CsvSource.Write(output, encoding, header, rows);
    }

    /// <summary>Writes the profiles of a dimension's categories to the first sheet of a new workbook, as <see cref="Export"/> writes them.</summary>
    /// <param name="archive">The archive snapshot.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Chinese (T3) or English headers.</param>
    /// <param name="effective">Whether to write every category with the values it gives its customers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="headers"/> is not defined.</exception>
    /// <exception cref="ClassificationException"><see cref="ClassificationErrorCode.DimensionNotFound"/>.</exception>
    public static void ExportWorkbook(ArchiveSnapshot archive, string dimension, Stream output, HeaderLanguage headers = HeaderLanguage.Chinese, bool effective = false)
    {
        Argument.NotNull(output);
        var (header, rows) = Table(archive, dimension, headers, effective);
        WorkbookSource.Write(output, header, rows.Select(r => r.Cast<object?>().ToArray()));
    }

    /// <summary>The rows of the table: the defaults and each category that sets a value, or every category with its effective values.</summary>
    internal static (string[] Header, IEnumerable<string[]> Rows) Table(ArchiveSnapshot archive, string dimension, HeaderLanguage headers, bool effective)
    {
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        CustomerColumn.Defined(headers);
        var tree = archive.CategoriesOf(dimension);
        var header = Columns.Select(c => headers == HeaderLanguage.Chinese ? c.Chinese : c.English).ToArray();
        if (effective)
        {
            var profiles = archive.EffectiveProfiles([DimensionNames.Canonical(dimension)]);
            return (header, tree.Select(c =>
            {
                var profile = profiles.OfCategory(dimension, c.Code);
                return Row(c.Code, f => profile[f].Value);
            }));
        }

        var own = archive.ProfilesOf(dimension);
        return (header, (archive.ProfileDefaults.Count > 0 ? [Row(DefaultsCode, f => archive.ProfileDefaults[f])] : Array.Empty<string[]>())
            .Concat(tree.Where(c => own.ContainsKey(c.Code)).Select(c => Row(c.Code, f => own[c.Code][f]))));
    }

    // A row: the code, then each value in its text form (empty where there is none).
    private static string[] Row(string code, Func<CategoryProfileField, object?> value) =>
        [code, .. CategoryProfileFields.All.Select(f => f.Format(value(f)) ?? string.Empty)];

    // One reader per file: it remembers the codes it has seen, so that a category given twice is a problem of the second row.
    private static Func<CsvRow, CategoryProfileRow> Reader(ArchiveSnapshot archive, string dimension, bool clearEmpty)
    {
        Argument.NotNull(archive);
        Argument.NotNull(dimension);
        var tree = archive.CategoriesOf(dimension);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return row =>
        {
            var text = row.Text(0);
            var code = text.Length == 0 ? text : row.Checked(0, text, t => RowCode(t, tree, archive.Settings.CaseSensitiveCodes, seen, "NoSuchProfileCategory", "ProfileTwice")) ?? text;
            var profile = CategoryProfile.Empty;
            var cleared = new List<CategoryProfileField>();
            for (var column = 1; column < Columns.Length; column++)
            {
                var field = CategoryProfileFields.All[column - 1];
                if (row.OptionalText(column) is { } cell)
                {
                    var value = field.Parse(cell);
                    profile = value.Success ? profile.With(field, value.Value) : row.Checked<CategoryProfile>(column, cell, _ => throw new FormatException(value.Problem)) ?? profile;
                }
                else if (clearEmpty && row.Has(column))
                {
                    cleared.Add(field);
                }
            }

            return new CategoryProfileRow(code, profile, cleared);
        };
    }

    /// <summary>
    /// The code of a table row that sets values per category (profiles, credit policies): <see cref="DefaultsCode"/> for the
    /// defaults (also 默认, default), else the tree's spelling of a category it has (ignoring case unless the codes are
    /// case-sensitive; no tree: the code as written); a code the tree lacks, or a row given twice, throws with the message of that key.
    /// </summary>
    internal static string RowCode(string text, Coding.CategoryTree? tree, bool caseSensitive, HashSet<string> seen, string missingKey, string twiceKey)
    {
        var code = text is "默认" || text.Equals("default", StringComparison.OrdinalIgnoreCase) || string.Equals(text, DefaultsCode, StringComparison.Ordinal) ? DefaultsCode
            : tree is null ? text
            : (tree.Find(text) ?? (caseSensitive ? null : tree.FirstOrDefault(c => c.Code.Equals(text, StringComparison.OrdinalIgnoreCase))))?.Code
                ?? throw new ArgumentException(SheetText.Format(missingKey, text), nameof(text));
        return seen.Add(code) ? code : throw new ArgumentException(SheetText.Format(twiceKey, code), nameof(text));
    }
}
