using System.IO;
using System.Text;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Spreadsheets;
using CustomerClassification.Tests.Customers;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerClassification.Tests.Spreadsheets;

[EnglishMessages]
public class CustomerCsvTests
{
    private static readonly Customer[] Customers =
    [
        new Customer("C001", "上海华联商贸有限公司")
        {
            CategoryCode = "01001", RegionCode = "3101", Dimensions = new Dictionary<string, string> { ["行业"] = "02" },
            ShortName = "华联", TaxId = TaxId.Parse("91350100M000100Y43"), CreditGrade = "AA", CreditLimit = 120_000.50m,
            PaymentTerms = PaymentTerms.Parse("2/10,n/30"), DevelopedOn = new LocalDate(2018, 3, 1), 
            Address = "上海市浦东新区世纪大道 1 号, 10 楼", SettlementMethod = "转账",
            DiscountRate = 0.05m, DefaultTaxRate = 0.13m, MnemonicCode = "HLSM",
            Contacts = [new CustomerContact("李经理", "021-5555 0101", "li@hualian.example"), new CustomerContact("王会计", null, "wang@hualian.example"), new CustomerContact(null, "13800138000")],
            BankAccounts = [new CustomerBankAccount("工商银行", "1001 2002 3003"), new CustomerBankAccount("中国银行", "6216 6101")],
            CustomFields = new Dictionary<string, CustomFieldValue> { ["客户类型"] = "经销商", ["年采购额"] = 5_000_000m },
        },
        new Customer("C002", "北京\"大\"卖场") { CategoryCode = "02001", DevelopedOn = new LocalDate(2020, 1, 1), DeactivatedOn = new LocalDate(2025, 12, 31) },
        new Customer("C003", "苏州新星") { CategoryCode = "01002" },
    ];

    internal static CustomerArchive Filled()
    {
        var archive = SampleArchive.Create();
        var batch = new ChangeBatch();
        foreach (var customer in Customers)
        {
            batch.Add(customer);
        }

        Assert.True(archive.Apply(batch, SampleArchive.Actor).Succeeded);
        return archive;
    }

    internal static byte[] Export(ArchiveSnapshot snapshot, HeaderLanguage headers = HeaderLanguage.Chinese, Encoding? encoding = null)
    {
        using var stream = new MemoryStream();
        CustomerCsv.Export(snapshot, stream, headers, encoding);
        return stream.ToArray();
    }

    private static (ImportReport Report, CustomerArchive Archive) Import(byte[] bytes, ImportOptions? options = null, CustomerArchive? archive = null)
    {
        archive ??= SampleArchive.Create();
        return (CustomerCsv.Import(new MemoryStream(bytes), archive, "导入", options), archive);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Export_WritesTheDefaultContactAndAccountInT3sColumns_AndTheOthersInAColumnEach()
    {
        var text = Encoding.UTF8.GetString(Export(Filled().Snapshot));
        var (header, row) = (text.Split("\r\n")[0].Split(','), text.Split("\r\n")[1]);

        Assert.Contains("其他联系人", header);
        Assert.Contains("其他银行账户", header);
        Assert.Contains(",李经理,021-5555 0101,", row, StringComparison.Ordinal);
        Assert.Contains("\"王会计||wang@hualian.example, |13800138000\"", row, StringComparison.Ordinal);
        Assert.Contains(",中国银行|6216 6101,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OfAContactThatIsNone_IsAProblemOfItsCell()
    {
        var (report, archive) = Import(Utf8("客户编码,客户名称,所属分类码,联系人,其他联系人\r\nC009,新客户,01001,张三,\"李四|010-1|a@b.c|x\"\r\n"), new ImportOptions { ImportValidRows = true });

        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "其他联系人"), (problem.Row, problem.Column));
        Assert.Contains("more than 3 parts", problem.Message, StringComparison.Ordinal);
        Assert.Null(archive.Find("C009"));
    }

    [Theory]
    [InlineData(HeaderLanguage.Chinese, false)]
    [InlineData(HeaderLanguage.English, false)]
    [InlineData(HeaderLanguage.Chinese, true)]
    public void ExportThenImport_GivesTheSameCustomers(HeaderLanguage headers, bool gb18030)
    {
        var original = Filled().Snapshot;

        var (report, archive) = Import(Export(original, headers, gb18030 ? CustomerCsv.GB18030 : null));

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal((3, 3, headers), (report.RowCount, report.ImportedCount, report.Headers));
        Assert.Equal(gb18030 ? "gb18030" : "utf-8", report.Encoding.WebName);
        Assert.Equal(original.ToArray(), archive.Snapshot.ToArray());
    }

    [Fact]
    public void Export_WritesT3Headers_AndUtf8WithABom()
    {
        var bytes = Export(Filled().Snapshot);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("客户编码,客户名称,客户简称,助记码,所属分类码,地区编码,税号,信用等级,信用额度,控制信用额度,信用期限,冻结原因码,冻结说明,临时额度,临时额度开始日期,临时额度结束日期,客户总公司编码,开票单位编码,付款条件,发展日期,停用日期,联系人,电话,地址", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_T3ExportInGB18030_IsDetected_AndSlashDatesRead()
    {
        var text = "客户编码,客户名称,所属分类码,发展日期,客户类型\r\nC010,厦门鼎盛实业,01001,2019/3/5,经销商\r\nC011,长沙永盛,02001,2021-11-30,\r\n";

        var (report, archive) = Import(CustomerCsv.GB18030.GetBytes(text));

        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal("gb18030", report.Encoding.WebName);
        Assert.Equal(new LocalDate(2019, 3, 5), archive.Find("C010")!.DevelopedOn);
        Assert.Equal("经销商", archive.Find("C010")!.CustomFields["客户类型"].AsText());
    }

    [Fact]
    public void Import_BadRows_AreAllReported_AndNothingIsImported()
    {
        var archive = Filled();
        var before = archive.Snapshot;
        var text = string.Join("\r\n",
            "code,name,categoryCode,creditLimit,developedOn,税号",
            "C101,好客户,01001,1000,2020-01-01,",
            "C102,坏日期,01001,,2020-02-30,",
            "C103,坏数字,01001,abc,,",
            "C104,坏分类,01,,,",
            "C101,重复编码,01001,,,",
            "C001,已有编码,01001,,,",
            "C107,坏税号,01001,,,91350100M000100Y44",
            "C108,少一格,01001",
            string.Empty);

        var (report, _) = Import(Utf8(text), archive: archive);

        Assert.Equal(
            new[] { (3, "developedOn"), (4, "creditLimit"), (5, "categoryCode"), (6, "code"), (7, "code"), (8, "税号"), (9, (string?)null) },
            report.Problems.Select(p => (p.Row, p.Column)));
        Assert.Equal((8, 0, HeaderLanguage.English), (report.RowCount, report.ImportedCount, report.Headers));
        Assert.Same(before, archive.Snapshot);
        Assert.Contains("on row 2 already", report.Problems[3].Message, StringComparison.Ordinal);
        Assert.Equal(ClassificationErrorCode.DuplicateCustomerCode, report.Problems[3].Error);
        Assert.Equal("01", report.Problems[2].Value);
    }

    [Fact]
    public void Import_RowsOnlyTheArchiveRefuses_AreReportedAlongsideBadCells()
    {
        var archive = SampleArchive.Create(requireType: true);
        var before = archive.Snapshot;
        var text = "客户编码,客户名称,所属分类码,发展日期,客户类型\r\nC101,坏日期,01001,2020-02-30,经销商\r\nC102,没有分类,,,经销商\r\nC103,没有类型,01001,,\r\nC104,好客户,01001,,零售\r\n";

        var (report, _) = Import(Utf8(text), archive: archive);

        Assert.Equal([(2, "发展日期"), (3, "所属分类码"), (4, "客户类型")], report.Problems.Select(p => (p.Row, p.Column)));
        Assert.Contains("needs a customer category", report.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("客户类型", report.Problems[2].Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ImportedCount);
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [InlineData("客户编码,所属分类码\r\nC1,01001\r\n", "客户名称")]
    [InlineData("客户编码,客户名称,颜色\r\nC1,甲,红\r\n", "颜色")]
    [InlineData("客户编码,客户名称,客户编码\r\nC1,甲,C1\r\n", "客户编码")]
    [InlineData("", null)]
    public void Import_BadHeaders_AreReportedOnRowOne(string text, string? column)
    {
        var (report, archive) = Import(Utf8(text), new ImportOptions { RefuseUnknownColumns = true });

        var problem = report.Problems[0];
        Assert.Equal((1, column), (problem.Row, problem.Column));
        Assert.Empty(archive);
    }

    [Fact]
    public void Import_GB18030ReadAsUtf8_ChangesNothing()
    {
        var bytes = CustomerCsv.GB18030.GetBytes("客户编码,客户名称\r\nC1,甲\r\n");

        var (report, archive) = Import(bytes, new ImportOptions { Encoding = Encoding.UTF8 });

        Assert.False(report.Succeeded);
        Assert.Empty(archive);
    }

    [Fact]
    public void Import_TenThousandRowsWithOneBad_ReportsExactlyThatRow_OrImportsTheRestWhenAsked()
    {
        var text = new StringBuilder("客户编码,客户名称,所属分类码,信用额度\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(FormattableString.Invariant($"K{i:D5},客户{i},{(i % 2 == 0 ? "01001" : "02001")},{(i == 7_777 ? "一万" : "10000")}\r\n"));
        }

        var bytes = Utf8(text.ToString());
        var (strict, untouched) = Import(bytes);
        var (lenient, imported) = Import(bytes, new ImportOptions { ImportValidRows = true });

        Assert.Equal(7_779, Assert.Single(strict.Problems).Row);
        Assert.Empty(untouched);
        Assert.Equal((10_000, 9_999), (lenient.RowCount, lenient.ImportedCount));
        Assert.Equal(9_999, imported.Count);
        Assert.Null(imported.Find("K07777"));
    }

    [Fact]
    public void ImportAndExport_RejectNullArguments()
    {
        var archive = SampleArchive.Create();

        Assert.Throws<ArgumentNullException>(() => CustomerCsv.Import(null!, archive, "a"));
        Assert.Throws<ArgumentNullException>(() => CustomerCsv.Import(new MemoryStream(), null!, "a"));
        Assert.Throws<ArgumentException>(() => CustomerCsv.Import(new MemoryStream(), archive, " "));
        Assert.Throws<ArgumentNullException>(() => CustomerCsv.Export(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => CustomerCsv.Export(archive.Snapshot, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerCsv.Export(archive.Snapshot, new MemoryStream(), (HeaderLanguage)9));
    }

    [Fact]
    public void Import_ARowWithABadCellAndANonLeafCategory_ReportsBoth()
    {
        var archive = SampleArchive.Create();
        var before = archive.Snapshot;

        var (report, _) = Import(Utf8("客户编码,客户名称,所属分类码,发展日期\r\nC101,好客户,01001,2020-01-01\r\nC102,两处错,01,2024-02-30\r\n"), archive: archive);

        Assert.Equal([(3, "发展日期"), (3, "所属分类码")], report.Problems.Select(p => (p.Row, p.Column)).OrderBy(p => p.Column, StringComparer.Ordinal));
        Assert.Contains("February 2024 has 29 days", report.Problems.Single(p => p.Column == "发展日期").Message, StringComparison.Ordinal);
        Assert.Contains("has children", report.Problems.Single(p => p.Column == "所属分类码").Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ImportedCount);
        Assert.Same(before, archive.Snapshot);
    }

    [Fact]
    public void Export_WritesTagsAndAmountsAsAccountantsWriteThem_AndTagsReadBack()
    {
        var archive = SampleArchive.Create();
        archive.Add(new Customer("C1", "甲") { CategoryCode = "01001", CreditLimit = 10_000.00m, DiscountRate = 0.050m, Tags = ["重点", "VIP"] }, SampleArchive.Actor);

        var text = Encoding.UTF8.GetString(Export(archive.Snapshot)).TrimStart('\uFEFF').Split("\r\n");
        var header = text[0].Split(',');
        var row = CsvCells(text[1]);

        Assert.Equal("10000", row[Array.IndexOf(header, "信用额度")]);
        Assert.Equal("0.05", row[Array.IndexOf(header, "扣率")]);
        Assert.Equal("VIP, 重点", row[Array.IndexOf(header, "标签")]);
        var (report, copy) = Import(Export(archive.Snapshot));
        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(archive.Snapshot.Get("C1").Tags.OrderBy(t => t, StringComparer.Ordinal), copy.Snapshot.Get("C1").Tags.OrderBy(t => t, StringComparer.Ordinal));
    }

    private static string[] CsvCells(string line) =>
        System.Text.RegularExpressions.Regex.Matches(line, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(m => m.Groups[1].Value.Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Export_FormulaLookingTexts_AreWrittenAsText_AndReadBackExactly()
    {
        var source = SampleArchive.Create();
        string[] names = ["=HYPERLINK(\"http://x\",\"点我\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "'=已是文本", "'普通"];
        for (var i = 0; i < names.Length; i++)
        {
            source.Add(SampleArchive.Customer("C" + i, names[i]) with { Contact = names[i] }, SampleArchive.Actor);
        }

        using var output = new MemoryStream();
        CustomerCsv.Export(source.Snapshot, output, HeaderLanguage.Chinese, Encoding.UTF8);
        var text = Encoding.UTF8.GetString(output.ToArray());
        var (report, copy) = Import(output.ToArray());

        Assert.DoesNotContain(text.Split('\n'), line => line.Split(',').Any(cell => cell.TrimStart('"').Length > 0 && cell.TrimStart('"')[0] is '=' or '+' or '@'));
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        Assert.Equal(names, Enumerable.Range(0, names.Length).Select(i => copy.Get("C" + i).Name));
        Assert.Equal(names, Enumerable.Range(0, names.Length).Select(i => copy.Get("C" + i).Contact));
    }

    [ScaledProperty(MaxTest = 200)]
    public FsCheck.Property Export_ThenImport_KeepsAnyName(FsCheck.NonEmptyString seed)
    {
        // Names built from the characters that matter to a spreadsheet: formula starts, quotes, separators.
        const string Alphabet = "=+-@'\",;甲 a";
        var name = new string(seed.Get.Select(c => Alphabet[c % Alphabet.Length]).ToArray()).Trim();
        return new Func<bool>(() =>
        {
            var source = SampleArchive.Create();
            source.Add(SampleArchive.Customer("C1", name), SampleArchive.Actor);
            using var output = new MemoryStream();
            CustomerCsv.Export(source.Snapshot, output, HeaderLanguage.English, Encoding.UTF8);
            var (report, copy) = Import(output.ToArray());
            return report.Succeeded && copy.Get("C1").Name == name;
        }).When(name.Length is > 0 and <= Customer.MaxTextLength);
    }
}
