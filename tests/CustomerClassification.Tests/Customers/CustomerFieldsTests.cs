using System.IO;
using System.Text;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;
using NodaTime;
using static CustomerClassification.Tests.Customers.SampleArchive;

namespace CustomerClassification.Tests.Customers;

// The field catalogue drives snapshots, customer files, rules and the change log: a field declared there appears in all of them.
[EnglishMessages]
public class CustomerFieldsTests
{
    private const string ValidTaxId = "91350100M000100Y43";

    public static TheoryData<string> Fields => [.. CustomerFields.All.Select(f => f.Name)];

    public static TheoryData<string> RuleNames => [.. ProfileFields.All.SelectMany(f => f.Aliases.Prepend(f.Label).Prepend(f.Name))];

    // A customer with a value in every field; sample values by kind.
    private static Customer Full()
    {
        var customer = Customer("C001", "上海华联商贸有限公司");
        foreach (var field in CustomerFields.All.Where(f => !f.IsKey && f.Name is not ("name" or "hasTransactions")))
        {
            customer = field.SetValue(customer, Sample(field));
        }

        return customer;
    }

    // The sample archive with the customer Full() names as its head office and invoice-to customer.
    private static CustomerArchive WithHeadOffice()
    {
        var archive = Create();
        archive.Add(Customer("P001", "华联集团"), Actor);
        return archive;
    }

    private static object Sample(CustomerField field) => (field.Name, field.Kind) switch
    {
        ("parentCode" or "invoiceToCode", _) => "P001",
        ("email", _) => "li@example.com",
        ("mnemonicCode", _) => "HLSM",
        ("creditGrade", _) => "AA",
        ("category", _) => "01002",
        ("region", _) => "3101",
        (_, FieldKind.Number) => 0.25m,
        (_, FieldKind.WholeNumber) => 30,
        (_, FieldKind.YesNo) => false,
        (_, FieldKind.Date) => new LocalDate(2020, 5, 1),
        (_, FieldKind.TaxId) => TaxId.Parse(ValidTaxId),
        (_, FieldKind.PaymentTerms) => PaymentTerms.Parse("2/10,n/30"),
        (_, FieldKind.Tags or FieldKind.TextList) => new[] { "甲" },
        _ => "值",
    };

    [Fact]
    public void ACustomerBuilt_HasItsOwnDetails_AndACopyOfItChangesOnlyTheCopy()
    {
        var builder = CustomerClassification.Customers.Customer.CreateBuilder("C1", "上海华联")
            .Set(CustomerFields.Get("contact"), "张三")
            .Set(CustomerFields.Get("phone"), "021-1");
        var built = builder.Build();

        var copy = built with { Contact = "李四" };
        builder.Contact = "王五";

        Assert.Equal(new CustomerClassification.Customers.Customer("C1", "上海华联") { Contact = "张三", Phone = "021-1" }, built);
        Assert.Equal(("李四", "021-1"), (copy.Contact, copy.Phone));
        Assert.Equal("张三", built.Contact);
        Assert.Equal("王五", builder.Build().Contact);
        Assert.Throws<InvalidOperationException>(() => builder.Set(CustomerFields.Code, "C2"));
    }

    [Fact]
    public void NoName_NamesTwoFields()
    {
        // Every name, label and alias of every field, customer fields and rule-only fields together.
        var names = CustomerFields.All.Select(f => (f.Name, Names: f.Aliases.Prepend(f.Label).Prepend(f.Name)))
            .Concat(ProfileFields.All.Where(f => f.CustomerField is null).Select(f => (f.Name, Names: f.Aliases.Prepend(f.Label).Prepend(f.Name))))
            .SelectMany(f => f.Names.Select(n => (Alias: n.ToUpperInvariant(), Field: f.Name)))
            .ToList();

        var twice = names.GroupBy(n => n.Alias).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(twice);
        Assert.True(names.Count > 80, $"{names.Count} names");
        Assert.All(names, n => Assert.Equal(n.Field, (CustomerFields.Find(n.Alias)?.Name ?? ProfileFields.Find(n.Alias)?.Name)));
    }

    [Fact]
    public void Find_MatchesNameLabelAndAlias_IgnoringCase_AndGetThrowsForAnUnknownName()
    {
        Assert.Same(CustomerFields.Find("creditGrade"), CustomerFields.Find("信用等级"));
        Assert.Same(CustomerFields.Find("creditGrade"), CustomerFields.Find(" GRADE "));
        Assert.Same(CustomerFields.Find("region"), CustomerFields.Find("所属地区码"));
        Assert.Null(CustomerFields.Find("sales"));
        Assert.Equal("monthlyAverage", ProfileFields.Get("月均销售额").Name);
        Assert.Equal("lastOrderOn", ProfileFields.Get("最后订货日期").Name);
        Assert.Throws<KeyNotFoundException>(() => CustomerFields.Get("nope"));
        Assert.Throws<KeyNotFoundException>(() => ProfileFields.Get("nope"));
        Assert.Throws<ArgumentNullException>(() => CustomerFields.Find(null!));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Field_IsASnapshotProperty_AndRoundTrips(string name)
    {
        var field = CustomerFields.Get(name);
        var archive = WithHeadOffice();
        archive.Add(Full(), Actor);
        if (name == "hasTransactions")
        {
            archive.MarkTransacted("C001", Actor);
        }

        var json = SnapshotJson.ToJson(new AccountSet(archive));
        var loaded = SnapshotJson.FromJson(json, new NodaTime.Testing.FakeClock(Start)).Archive.Get("C001");

        Assert.Contains($"\"{field.Name}\":", json, StringComparison.Ordinal);
        Assert.Equal(field.FormatValue(archive.Get("C001")), field.FormatValue(loaded));
        Assert.NotNull(field.FormatValue(loaded));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void ExportedField_IsAColumn_UnderItsLabelAndName_AndImportsUnderEveryAlias(string name)
    {
        var field = CustomerFields.Get(name);
        var source = WithHeadOffice();
        source.Add(Full(), Actor);

        foreach (var language in new[] { HeaderLanguage.Chinese, HeaderLanguage.English })
        {
            using var output = new MemoryStream();
            CustomerCsv.Export(source.Snapshot, output, language, Encoding.UTF8);
            var header = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r').Split(',');
            Assert.Equal(field.IsExported, header.Contains(language == HeaderLanguage.Chinese ? field.Label : field.Name));
        }

        if (!field.IsExported || field.IsKey || field == CustomerFields.Name)
        {
            return;
        }

        // Values the archive takes only together (a temporary limit's amount and dates, a hold text and its code) come with their companions.
        var companions = Companions(name).Select(CustomerFields.Get).ToArray();
        var companionHeaders = string.Concat(companions.Select(c => "," + c.Name));
        var companionCells = string.Concat(companions.Select(c => "," + Csv(c.FormatValue(source.Get("C001"))!)));
        foreach (var alias in field.Aliases.Append(field.Label).Append(field.Name))
        {
            var archive = WithHeadOffice();
            var csv = $"客户编码,客户名称,所属分类码,{alias}{companionHeaders}\nC001,上海华联,01001,{Csv(field.FormatValue(source.Get("C001"))!)}{companionCells}\n";
            var report = CustomerCsv.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), archive, Actor);

            Assert.True(report.Problems.Count == 0 || (field.Kind == FieldKind.Dimension && name == "category"), $"{alias}: {string.Join("; ", report.Problems.Select(p => p.Message))}");
            if (name != "category")
            {
                Assert.Equal(field.FormatValue(source.Get("C001")), field.FormatValue(archive.Get("C001")));
            }
        }
    }

    private static string[] Companions(string name) => name switch
    {
        "creditHoldText" => ["creditHoldCode"],
        "temporaryLimit" => ["temporaryLimitFrom", "temporaryLimitTo"],
        "temporaryLimitFrom" => ["temporaryLimit", "temporaryLimitTo"],
        "temporaryLimitTo" => ["temporaryLimit", "temporaryLimitFrom"],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void RuleField_IsReadByRules_UnderEveryName(string name)
    {
        var field = ProfileFields.Get(name);
        var condition = field.Kind switch
        {
            FieldKind.Tags or FieldKind.Date or FieldKind.Dimension => $"{name} is not empty",
            FieldKind.YesNo => $"{name} = false",
            FieldKind.Number or FieldKind.WholeNumber => $"{name} >= 0",
            _ => $"{name} <> 'x'",
        };
        var archive = Create();

        ClassificationRule[] rules = [new ClassificationRule("r", condition, RuleAction.AddTag("t"))];

        // A portfolio metric needs a set compiled with metrics; any other field compiles both ways.
        Assert.Single(RuleSet.CompileWithMetrics(rules, archive.Snapshot).Rules);
        Assert.Equal(field.IsMetric, Record.Exception(() => RuleSet.Compile(rules, archive.Snapshot)) is RuleSyntaxException);
    }

    [Fact]
    public void EveryImportHeader_IsARuleName_AndEveryRuleNameOfAnExportedField_IsAnImportHeader()
    {
        // Lists of further items (other contacts, bank accounts) are columns but not rule fields: a rule reads the default ones.
        foreach (var field in CustomerFields.All.Where(f => f.IsExported && f.Kind != FieldKind.TextList))
        {
            var rule = ProfileFields.Get(field.Name);
            Assert.Same(field, rule.CustomerField);
            Assert.Equal(field.Aliases.Prepend(field.Label).Prepend(field.Name), rule.Aliases.Prepend(rule.Label).Prepend(rule.Name));
        }
    }

    [Fact]
    public void EveryTypedRuleField_IsACatalogueFieldOfItsKind()
    {
        // RuleFields is a typed convenience over the catalogue: each property must name a built-in field under its canonical name.
        var typed = typeof(RuleFields).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(p => (Property: p.Name, Field: (RuleField)p.GetValue(null)!))
            .ToList();

        Assert.True(typed.Count > 20, $"{typed.Count} typed fields");
        Assert.All(typed, t =>
        {
            var field = ProfileFields.Get(t.Field.Name);
            Assert.Equal(field.Name, t.Field.Name);
            Assert.Equal(t.Property, char.ToUpperInvariant(field.Name[0]) + field.Name[1..]);
            var expected = t.Field switch
            {
                NumberField => FieldKind.Number,
                DateField => FieldKind.Date,
                YesNoField => FieldKind.YesNo,
                CategoryField => FieldKind.Dimension,
                _ => field.Kind is FieldKind.TaxId or FieldKind.PaymentTerms ? field.Kind : FieldKind.Text,
            };
            Assert.Equal(expected, field.Kind);
        });
    }

    [Fact]
    public void LoggedField_IsOneChangeLogEntry_UnderItsName()
    {
        var archive = WithHeadOffice();
        archive.Add(Customer("C001", "上海华联"), Actor);
        var full = Full();
        var before = archive.ChangeLog.Count;

        archive.Update("C001", c => full, Actor);

        var logged = archive.ChangeLog.Skip(before).Where(e => e.Operation == ChangeOperation.CustomerChanged).Select(e => e.Field).ToList();
        var expected = CustomerFields.All.Where(f => f.IsLogged && f.FormatValue(full) != f.FormatValue(Customer("C001", "上海华联") with { MnemonicCode = null })).Select(f => f.Name);
        Assert.Equal(expected.Where(n => n != "name"), logged.Where(n => n != "name"));
        Assert.Contains(archive.ChangeLog.Skip(before), e => e.Operation == ChangeOperation.CustomerReclassified && e.Field == "category");
    }

    [Fact]
    public void SetValue_RefusesTheWrongType_TheKey_AndArchiveOnlyFields_AndChangesNothing()
    {
        var customer = Customer("C001", "上海华联");

        Assert.Throws<ArgumentException>(() => CustomerFields.Get("creditLimit").SetValue(customer, "many"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CustomerFields.Get("creditLimit").SetValue(customer, -1m));
        Assert.Throws<InvalidOperationException>(() => CustomerFields.Code.SetValue(customer, "C002"));
        Assert.Throws<InvalidOperationException>(() => CustomerFields.Get("hasTransactions").SetValue(customer, true));
        Assert.Equal(12m, CustomerFields.Get("creditLimit").SetValue(customer, 12m).CreditLimit);
        Assert.Null(customer.CreditLimit);
    }

    [Theory]
    [InlineData(FieldKind.Date, "2024-02-30", "February 2024 has 29 days")]
    [InlineData(FieldKind.Date, "2023-13-01", "no month 13")]
    [InlineData(FieldKind.Date, "30/2/2024", "write yyyy-MM-dd")]
    [InlineData(FieldKind.Date, "2024-01-05-", "write yyyy-MM-dd")]
    [InlineData(FieldKind.Date, "2024--05", "write yyyy-MM-dd")]
    [InlineData(FieldKind.Date, "2024-01", "write yyyy-MM-dd")]
    [InlineData(FieldKind.Date, "2024-001-05", "write yyyy-MM-dd")]
    [InlineData(FieldKind.Date, "2024-1-5 ", "")]
    [InlineData(FieldKind.Number, "十万", "not a number")]
    [InlineData(FieldKind.YesNo, "maybe", "not yes or no")]
    [InlineData(FieldKind.TaxId, "123", "not a valid tax id")]
    [InlineData(FieldKind.PaymentTerms, "30 days", "not valid payment terms")]
    public void ParseValue_SaysWhyTextIsNotAValue(FieldKind kind, string text, string why)
    {
        if (why.Length == 0)
        {
            // The control: the same shape, well formed.
            Assert.NotNull(CustomerFields.ParseValue(kind, text));
            return;
        }

        Assert.Contains(why, Assert.Throws<FormatException>(() => CustomerFields.ParseValue(kind, text)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FieldKind.Date, "2024/2/29", "developedOn", "2024-02-29")]
    [InlineData(FieldKind.Date, " 2024-12/31 ", "developedOn", "2024-12-31")]
    [InlineData(FieldKind.Number, "1,200.5", "creditLimit", "1200.5")]
    [InlineData(FieldKind.TaxId, " 91350100m000100y43 ", "taxId", ValidTaxId)]
    [InlineData(FieldKind.Tags, "甲；乙, 丙", "tags", "丙, 乙, 甲")]
    public void ParseValue_ReadsCellText_AsTheFieldFormatsIt(FieldKind kind, string text, string field, string formatted)
    {
        var value = CustomerFields.ParseValue(kind, text);

        Assert.Equal(formatted, CustomerFields.Get(field).FormatValue(CustomerFields.Get(field).SetValue(Customer("C001", "上海华联"), value)));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    public void ParseValue_ReadsYesNo(string text, bool expected) => Assert.Equal(expected, CustomerFields.ParseValue(FieldKind.YesNo, text));

    [Theory]
    [InlineData("30", 30)]
    [InlineData(" -7 ", -7)]
    [InlineData("1,200", 1200)]
    [InlineData("1,234,567", 1234567)]
    public void ParseValue_ReadsAWholeNumber(string text, int expected) => Assert.Equal(expected, CustomerFields.ParseValue(FieldKind.WholeNumber, text));

    [Theory]
    [InlineData(FieldKind.WholeNumber, "30.5")]
    [InlineData(FieldKind.WholeNumber, "1,2,3")]
    [InlineData(FieldKind.WholeNumber, "3000000000")]
    [InlineData(FieldKind.WholeNumber, "三十")]
    [InlineData(FieldKind.Number, "1,2,3")]
    [InlineData(FieldKind.Number, "12,34.5")]
    [InlineData(FieldKind.Number, "1,234.5,6")]
    public void ParseValue_ANumberWithMisplacedSeparatorsOrNotWhole_IsRefused(FieldKind kind, string text) =>
        Assert.Throws<FormatException>(() => CustomerFields.ParseValue(kind, text));

    [Fact]
    public void EveryFieldKind_HasATextForm()
    {
        // Each kind parses some text: a kind added without a reading would fail here (and its switches fail to compile).
        foreach (var kind in Enum.GetValues<FieldKind>())
        {
            var text = kind switch
            {
                FieldKind.Number or FieldKind.WholeNumber => "12",
                FieldKind.Date => "2024-01-31",
                FieldKind.YesNo => "是",
                FieldKind.PaymentTerms => "n/30",
                FieldKind.TaxId => ValidTaxId,
                FieldKind.Text or FieldKind.Dimension or FieldKind.Tags or FieldKind.TextList => "甲",
            };

            Assert.NotNull(CustomerFields.ParseValue(kind, text));
        }
    }

    private static string Csv(string value) => value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
}
