using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;

namespace CustomerClassification.Spreadsheets;

/// <summary>
/// Reads credit policies (信用政策) from CSV, one row per category, as U8's 信用控制 sets them per customer category.
/// Columns, Chinese or English, in any order: 分类编码 (categoryCode) required — <c>*</c> or <c>默认</c> for the
/// defaults every category inherits; 信用额度 (creditLimit), 预警比例 (warningThreshold: 0.9 or 90%), 超额控制
/// (blockOverLimit: 是/否), 允许逾期天数 (allowedOverdueDays), 最低信用等级 (minimumGrade), 自动审批等级
/// (autoApprovedGrades, separated by 、 , ; or spaces), 付款条件 (paymentTerms: 2/10,n/30) and 观察期月数
/// (watchListMonths) optional. An empty cell leaves the value unset, so the category inherits it.
/// </summary>
public static class CreditPolicyCsv
{
    /// <summary>The category code of the row that sets the defaults (also written <c>默认</c> or <c>default</c>).</summary>
    public const string DefaultsCode = "*";

    private static readonly TableColumn[] Columns =
    [
        new("分类编码", "categoryCode", Aliases: ["客户分类编码", "类别编码", "category"]),
        new("信用额度", "creditLimit", Required: false),
        new("预警比例", "warningThreshold", Required: false, ["预警线"]),
        new("超额控制", "blockOverLimit", Required: false, ["超额禁止"]),
        new("允许逾期天数", "allowedOverdueDays", Required: false, ["逾期天数"]),
        new("最低信用等级", "minimumGrade", Required: false),
        new("自动审批等级", "autoApprovedGrades", Required: false, ["自动放行等级"]),
        new("付款条件", "paymentTerms", Required: false, ["账期"]),
        new("观察期月数", "watchListMonths", Required: false, ["观察期"]),
    ];

    /// <summary>Reads the policies of a CSV file.</summary>
    /// <param name="csv">The file's bytes; read to the end, not closed.</param>
    /// <param name="encoding">The encoding, or null to detect UTF-8 (with or without BOM) or GB18030.</param>
    /// <param name="archive">The archive whose 客户分类 the codes must name, or null not to check them.</param>
    /// <returns>
    /// The policy of each row by category code (<see cref="DefaultsCode"/> for the defaults; a code as the archive's tree
    /// writes it), and every problem with its row and column: a bad number, a threshold outside 0–1, a negative limit,
    /// a category the archive lacks, a category given twice.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadReport<KeyValuePair<string, CreditPolicy>> Read(Stream csv, Encoding? encoding = null, ArchiveSnapshot? archive = null) =>
        CsvTable.Read(csv, encoding, Columns, Reader(archive));

    /// <summary>Reads the policies of the first sheet of a workbook, with the columns and checks of <see cref="Read"/>.</summary>
    /// <param name="xlsx">The workbook's bytes.</param>
    /// <param name="archive">The archive whose 客户分类 the codes must name, or null not to check them.</param>
    /// <returns>As for <see cref="Read"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xlsx"/> is null.</exception>
    public static ReadReport<KeyValuePair<string, CreditPolicy>> ReadWorkbook(Stream xlsx, ArchiveSnapshot? archive = null) =>
        CsvTable.ReadWorkbook(xlsx, Columns, Reader(archive));

    /// <summary>Builds a policy set from what <see cref="Read"/> returns: the defaults row, then each category's policy.</summary>
    /// <param name="policies">The rows.</param>
    /// <param name="dimension">The dimension the policies are set on.</param>
    /// <param name="grades">The grade scale, or null for the default one.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or <paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException">A category code is given twice.</exception>
    public static CreditPolicySet ToSet(IEnumerable<KeyValuePair<string, CreditPolicy>> policies, string dimension = DimensionNames.Category, CreditGradeScale? grades = null)
    {
        Argument.NotNull(policies);
        Argument.NotNull(dimension);
        var rows = policies.ToList();
        var twice = rows.GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Skip(1).Any());
        if (twice is not null)
        {
            throw new ArgumentException($"The category '{twice.Key}' has two policy rows; give each category one.", nameof(policies));
        }

        var set = new CreditPolicySet(dimension, grades, rows.FirstOrDefault(r => string.Equals(r.Key, DefaultsCode, StringComparison.Ordinal)).Value);
        foreach (var (code, policy) in rows.Where(r => !string.Equals(r.Key, DefaultsCode, StringComparison.Ordinal)))
        {
            set = set.With(code, policy);
        }

        return set;
    }

    // One reader per file: it remembers the codes it has seen, so that a category given twice is a problem of the second row.
    private static Func<CsvRow, KeyValuePair<string, CreditPolicy>> Reader(ArchiveSnapshot? archive)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return row => Policy(row, archive, seen);
    }

    private static string Code(string text, ArchiveSnapshot? archive, HashSet<string> seen) =>
        CategoryProfileCsv.RowCode(text, archive?.CategoriesOf(DimensionNames.Category), archive?.Settings.CaseSensitiveCodes ?? true, seen, "NoSuchCategory", "PolicyTwice");

    private static KeyValuePair<string, CreditPolicy> Policy(CsvRow row, ArchiveSnapshot? archive, HashSet<string> seen)
    {
        var text = row.Text(0);
        var code = text.Length == 0 ? text : row.Checked(0, text, t => Code(t, archive, seen)) ?? text;
        var policy = new CreditPolicy();

        // Each cell through its parser and the policy's own range check; either failing is a problem of that cell.
        void Apply<T>(int column, Func<string, T> parse, Func<CreditPolicy, T, CreditPolicy> set)
        {
            if (row.OptionalText(column) is { } text)
            {
                policy = row.Checked(column, text, t => set(policy, parse(t))) ?? policy;
            }
        }

        Apply(1, CustomerColumn.Number, static (p, v) => p with { CreditLimit = v });
        Apply(2, Share, static (p, v) => p with { WarningThreshold = v });
        Apply(3, static t => (bool)CustomerFields.ParseValue(FieldKind.YesNo, t)!, static (p, v) => p with { BlockOverLimit = v });
        Apply(4, CsvRow.Whole, static (p, v) => p with { AllowedOverdueDays = v });
        Apply(5, static t => t, static (p, v) => p with { MinimumGrade = v });
        Apply(6, static t => t.Split(GradeSeparators, StringSplitOptions.RemoveEmptyEntries), static (p, v) => p with { AutoApprovedGrades = v });
        Apply(7, PaymentTerms.Parse, static (p, v) => p with { PaymentTerms = v });
        Apply(8, CsvRow.Whole, static (p, v) => p with { WatchListMonths = v });
        return new KeyValuePair<string, CreditPolicy>(code, policy);
    }

    private static readonly char[] GradeSeparators = ['、', ',', '，', ';', '；', ' '];

    private static decimal Share(string text) =>
        text.EndsWith('%') ? CustomerColumn.Number(text[..^1].Trim()) / 100m : CustomerColumn.Number(text);
}
