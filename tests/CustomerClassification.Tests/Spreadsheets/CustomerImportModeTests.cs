using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;

namespace CustomerClassification.Tests.Spreadsheets;

// T3's 批量调整: export, edit, import back with Update; AddOrUpdate; what empty cells do; codes compared ignoring case.
[EnglishMessages]
public class CustomerImportModeTests
{
    private static readonly ImportOptions Update = new() { Mode = ImportMode.Update };

    private static ImportReport Import(CustomerArchive archive, string[][] table, ImportOptions? options = null) =>
        CustomerCsv.Import(new MemoryStream(Csv(table)), archive, "导入", options);

    private static string[][] Table(byte[] csv)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false, Separator = ',', DetectSeparatorHint = false });
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows.ToArray();
    }

    private static byte[] Csv(string[][] table) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", table.Select(row => string.Join(",", row.Select(cell => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")))));

    private static void Set(string[][] table, string code, string header, string value) =>
        table.Single(r => r[0] == code)[Array.IndexOf(table[0], header)] = value;

    [Fact]
    public void ExportEditFiveCellsImport_GivesExactlyFiveChanges_AndTheSameFileAgainChangesNothing()
    {
        var archive = CustomerCsvTests.Filled();
        var before = archive.Snapshot;
        var table = Table(CustomerCsvTests.Export(before));
        Set(table, "C001", "信用额度", "150000");
        Set(table, "C001", "联系人", "王经理");
        Set(table, "C002", "所属分类码", "01002");
        Set(table, "C003", "电话", "0512-6666 0001");
        Set(table, "C003", "信用等级", "B");

        var report = Import(archive, table, Update);

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal((3, 0, 3, 0, 0), (report.RowCount, report.AddedCount, report.UpdatedCount, report.UnchangedCount, report.RefusedCount));
        var entries = archive.Snapshot.ChangeLog.Skip(before.ChangeLog.Count).Select(e => (e.CustomerCode, e.Field, e.Before, e.After)).ToArray();
        Assert.Equal(
            [("C001", "creditLimit", "120000.5", "150000"), ("C001", "contact", "李经理", "王经理"), ("C002", "category", "02001", "01002"), ("C003", "creditGrade", null, "B"), ("C003", "phone", null, "0512-6666 0001")],
            entries.OrderBy(e => e.CustomerCode, StringComparer.Ordinal).ThenBy(e => e.Field == "creditLimit" ? 0 : 1).ToArray());
        Assert.Equal(before.Find("C001")! with { CreditLimit = 150_000m, Contact = "王经理" }, archive.Snapshot.Find("C001"));

        var after = archive.Snapshot;
        var again = Import(archive, table, Update);

        Assert.Equal((0, 0, 3), (again.AddedCount, again.UpdatedCount, again.UnchangedCount));
        Assert.Same(after, archive.Snapshot);
    }

    [Fact]
    public void Update_ChangesOnlyTheColumnsTheFileHas_AndEmptyCellsLeaveValues()
    {
        var archive = CustomerCsvTests.Filled();
        var before = archive.Snapshot.Find("C001")!;

        var report = Import(archive, [["客户编码", "信用额度", "联系人"], ["c001", "80000", ""]], Update);

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(before with { CreditLimit = 80_000m }, archive.Snapshot.Find("C001"));
    }

    [Fact]
    public void ClearEmpty_ClearsEmptyCells_ButNeverTheName_AndRefusesARequiredValue()
    {
        var archive = CustomerCsvTests.Filled();

        var cleared = Import(archive, [["客户编码", "客户名称", "联系人", "电话"], ["C001", "", "", ""]], Update with { ClearEmpty = true });

        Assert.True(cleared.Succeeded, string.Join("; ", cleared.Problems));
        var customer = archive.Snapshot.Find("C001")!;
        Assert.Equal(("上海华联商贸有限公司", null, null), (customer.Name, customer.Contact, customer.Phone));

        var snapshot = archive.Snapshot;
        var required = Import(archive, [["客户编码", "所属分类码"], ["C001", ""]], Update with { ClearEmpty = true });

        Assert.Equal((2, "所属分类码", ClassificationErrorCode.CategoryRequired), (required.Problems.Single().Row, required.Problems.Single().Column, required.Problems.Single().Error));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void Update_RefusesUnknownCodesAndRepeatedCodes_AndChangesNothing()
    {
        var archive = CustomerCsvTests.Filled();
        var snapshot = archive.Snapshot;

        var report = Import(archive, [["客户编码", "信用等级"], ["C009", "A"], ["C001", "A"], ["C001", "B"]], Update);

        Assert.Equal(
            ["row 2, 客户编码 'C009': There is no customer 'C009' to update; to add the new ones too, import with AddOrUpdate (ccls import --upsert).",
             "row 4, 客户编码 'C001': The customer is updated on row 3 already; give each code once."],
            report.Problems.Select(p => p.ToString()));
        Assert.Equal((0, 2), (report.ImportedCount, report.RefusedCount));
        Assert.Same(snapshot, archive.Snapshot);
    }

    [Fact]
    public void AddOrUpdate_AddsNewCodes_AndUpdatesKnownOnes()
    {
        var archive = CustomerCsvTests.Filled();

        var report = Import(archive, [["客户编码", "客户名称", "所属分类码", "信用等级"], ["C003", "苏州新星", "01002", ""], ["C004", "杭州新客", "01001", "A"], ["C001", "上海华联商贸有限公司", "01001", "A"]], new ImportOptions { Mode = ImportMode.AddOrUpdate });

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal((1, 1, 1), (report.AddedCount, report.UpdatedCount, report.UnchangedCount));
        Assert.Equal("A", archive.Snapshot.Find("C001")!.CreditGrade);
        Assert.Equal("杭州新客", archive.Snapshot.Find("C004")!.Name);
    }

    [Fact]
    public void Add_RefusesAKnownCode_SayingHowToUpdateIt()
    {
        var archive = CustomerCsvTests.Filled();

        var report = Import(archive, [["客户编码", "客户名称", "所属分类码"], ["c001", "上海华联", "01001"]]);

        Assert.Equal("row 2, 客户编码 'c001': Customer 'C001' is in the archive already; to change it, import with Update or AddOrUpdate (ccls import --update or --upsert).", report.Problems.Single().ToString());
        Assert.Equal(ClassificationErrorCode.DuplicateCustomerCode, report.Problems.Single().Error);
    }

    [Fact]
    public void Update_OfATransactedCustomersCategory_NeedsTheOverrideReason_WhichTheLogKeeps()
    {
        var archive = CustomerCsvTests.Filled();
        archive.MarkTransacted("C001", "系统");
        string[][] table = [["客户编码", "所属分类码"], ["C001", "01002"]];

        var locked = Import(archive, table, Update);
        var allowed = Import(archive, table, Update with { OverrideReason = "年度调整" });

        Assert.Equal((2, "所属分类码", ClassificationErrorCode.ClassificationLocked), (locked.Problems.Single().Row, locked.Problems.Single().Column, locked.Problems.Single().Error));
        Assert.True(allowed.Succeeded, string.Join("; ", allowed.Problems));
        Assert.Equal(("01002", "年度调整"), (archive.Snapshot.Find("C001")!.CategoryCode, archive.Snapshot.ChangeLog[^1].Reason));
    }

    [Fact]
    public void Options_ThatMeanNothing_AreRefusedBeforeAnythingIsRead()
    {
        var archive = CustomerCsvTests.Filled();
        var bytes = Csv([["客户编码"], ["C001"]]);

        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerCsv.Import(new MemoryStream(bytes), archive, "导入", new ImportOptions { Mode = (ImportMode)9 }));
        Assert.Throws<ArgumentException>(() => CustomerCsv.Import(new MemoryStream(bytes), archive, "导入", Update with { OverrideReason = " " }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryCsv.Import(new MemoryStream(bytes), archive, DimensionNames.Category, "导入", new ImportOptions { Mode = 0 }));
    }

    [Fact]
    public void UnknownColumn_WhenRefused_MakesTheFileUnreadable_AndNamesTheWayToKeepIt()
    {
        var archive = CustomerCsvTests.Filled();
        var strict = new ImportOptions { RefuseUnknownColumns = true };

        var report = Import(archive, [["客户编码", "客户名称", "微信号"], ["C009", "新客", "abc"]], strict);

        Assert.False(report.Readable);
        Assert.Equal((1, "微信号"), (report.Problems.Single().Row, report.Problems.Single().Column));
        Assert.Contains("a custom field (自定义项) of this name would take it", report.Problems.Single().Message, StringComparison.Ordinal);
        Assert.Contains("--map 微信号=", report.Problems.Single().Message, StringComparison.Ordinal);
        Assert.True(Import(archive, [["客户编码", "信用额度"], ["C001", "1"]], Update).Readable);
        Assert.False(Import(archive, [["客户编码", "信用额度"], ["C001", "1"]]).Readable);
        Assert.Null(archive.Snapshot.Find("C009"));
    }

    [Fact]
    public void Categories_AddOrUpdate_RenamesKnownCodes_AndAddsNewOnes()
    {
        var archive = SampleArchive.Create();
        var csv = Encoding.UTF8.GetBytes("地区编码,地区名称\r\n31,上海\r\n3101,浦东\r\n3102,闵行\r\n");

        var report = CategoryCsv.Import(new MemoryStream(csv), archive, DimensionNames.Region, "导入", new ImportOptions { Mode = ImportMode.AddOrUpdate });

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal((1, 1, 1), (report.AddedCount, report.UpdatedCount, report.UnchangedCount));
        Assert.Equal(("上海", "闵行"), (archive.Snapshot.CategoriesOf(DimensionNames.Region).Get("31").Name, archive.Snapshot.CategoriesOf(DimensionNames.Region).Get("3102").Name));
    }

    [Fact]
    public void TheGeneratedMnemonicCode_IsExported_AndStaysGeneratedThroughAnUpdate()
    {
        var archive = SampleArchive.Create();
        archive.Add(SampleArchive.Customer("C001", "上海华联"), SampleArchive.Actor);
        var table = Table(CustomerCsvTests.Export(archive.Snapshot));
        Assert.Equal("SHHL", table[1][Array.IndexOf(table[0], "助记码")]);

        Set(table, "C001", "客户名称", "上海华联超市");
        var report = Import(archive, table, Update);

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal("SHHLCS", archive.Get("C001").MnemonicCode);
        archive.Update("C001", c => c with { Name = "华联超市" }, SampleArchive.Actor);
        Assert.Equal("HLCS", archive.Get("C001").MnemonicCode);
    }
}
