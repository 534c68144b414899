using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;
using NodaTime.Testing;
using static CustomerClassification.Tests.Customers.SampleArchive;

namespace CustomerClassification.Tests;

// Every batch entry point turns every kind of bad value into a violation or problem with its position; nothing changes, and no undocumented exception escapes.
[EnglishMessages]
public class BadInputTests
{
    public static TheoryData<string, string> BadTexts => new()
    {
        { new string('长', 200), "longer than" },
        { "上海\u0007华联", "control character" },
        { "上海\u001b[2J", "control character" },
        { "上海\r\n华联", "control character" },
    };

    public static TheoryData<string, string> BadCells => new()
    {
        { "信用额度", "99999999999999999999999999999999999" },
        { "信用额度", "1e400" },
        { "信用额度", "-5" },
        { "扣率", "1.5" },
        { "发展日期", "2024-02-30" },
        { "发展日期", "9999-13-01" },
        { "税号", "91350100M000100Y44" },
        { "付款条件", "n/99999999999" },
        { "联系人", "甲\u0007" },
        { "所属分类码", "01" },
        { "所属分类码", "99999" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Apply_ABadCategoryName_IsAViolationWithItsPosition(string name, string why)
    {
        var archive = Create();
        var before = archive.Snapshot;

        var result = archive.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, "03", "华南").AddCategory(DimensionNames.Category, "04", name).RenameCategory(DimensionNames.Category, "01", name), Actor);

        Assert.Equal([2, 3], result.Violations.Select(v => v.Position!.Value));
        Assert.All(result.Violations, v => Assert.Contains(why, v.Message, StringComparison.Ordinal));
        Assert.All(result.Violations, v => Assert.Equal("name", v.Field));
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void CategoryCsv_ABadName_IsAProblemOfItsRowAndColumn(string name, string why)
    {
        var archive = Create();
        var before = archive.Snapshot;

        var report = CategoryCsv.Import(Utf8($"类别编码,类别名称\r\n03,华南\r\n04,\"{name}\"\r\n"), archive, DimensionNames.Category, Actor);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "类别名称"), (problem.Row, problem.Column));
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void CustomerCsv_ABadName_IsAProblemOfItsRow(string name, string why)
    {
        var archive = Create();
        var before = archive.Snapshot;

        var report = CustomerCsv.Import(Utf8($"客户编码,客户名称,所属分类码\r\nC1,甲,01001\r\nC2,\"{name}\",01001\r\n"), archive, Actor);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [MemberData(nameof(BadCells))]
    public void CustomerCsv_ABadCell_IsAProblemOfItsRowAndColumn(string column, string value)
    {
        var archive = Create();
        var before = archive.Snapshot;

        var csv = column == "所属分类码"
            ? $"客户编码,客户名称,{column}\r\nC1,甲,01001\r\nC2,乙,\"{value}\"\r\n"
            : $"客户编码,客户名称,所属分类码,{column}\r\nC1,甲,01001,\r\nC2,乙,01001,\"{value}\"\r\n";
        var report = CustomerCsv.Import(Utf8(csv), archive, Actor);

        Assert.Equal(0, report.ImportedCount);
        var problem = Assert.Single(report.Problems, p => p.Row == 3);
        Assert.Equal(column, problem.Column);
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void FromJson_ABadText_IsAProblemWithItsPath(string text, string why)
    {
        foreach (var (path, set) in new (string, Action<JsonNode>)[]
        {
            ("$.categories.category[0].name", n => n["categories"]!["category"]![0]!["name"] = text),
            ("$.customers[0].name", n => n["customers"]![0]!["name"] = text),
            ("$.customers[0].address", n => n["customers"]![0]!["address"] = text),
        })
        {
            // A category that cannot be read also leaves its children and customers out: they follow it.
            var problem = Problems(set)[0];

            Assert.Equal(path, problem.Path);
            Assert.Contains(why, problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("creditLimit", "1e400")]
    [InlineData("creditLimit", "-1")]
    [InlineData("discountRate", "2")]
    [InlineData("developedOn", "\"2024-02-30\"")]
    [InlineData("taxId", "\"91350100M000100Y44\"")]
    [InlineData("paymentTerms", "\"n/\"")]
    [InlineData("category", "\"01\"")]
    [InlineData("category", "\"99999\"")]
    [InlineData("hasTransactions", "\"yes\"")]
    public void FromJson_ABadValue_IsAProblemAtItsProperty(string property, string json)
    {
        var problem = Assert.Single(Problems(n => n["customers"]![0]![property] = JsonNode.Parse(json)));

        Assert.Equal("$.customers[0]." + property, problem.Path);
    }

    private static IReadOnlyList<SnapshotProblem> Problems(Action<JsonNode> spoil)
    {
        var archive = Create();
        archive.Add(Customer("C1", "甲"), Actor);
        var node = JsonNode.Parse(SnapshotJson.ToJson(new AccountSet(archive)))!;
        spoil(node);
        return Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(node.ToJsonString(), new FakeClock(Start))).Problems;
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("\\ud800x")]
    [InlineData("a\\u0000b")]
    public void FromJson_ALoneSurrogateOrNulInAName_IsAProblem(string escaped)
    {
        var archive = Create();
        archive.Add(Customer("C1", "甲"), Actor);
        var json = SnapshotJson.ToJson(new AccountSet(archive)).Replace("\"name\": \"甲\"", "\"name\": \"" + escaped + "\"", StringComparison.Ordinal);
        Assert.Contains(escaped, json, StringComparison.Ordinal);

        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, new FakeClock(Start))).Problems);

        Assert.Equal("$.customers[0].name", problem.Path);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"rules\": [ { \"name\": \"\\ud800\", \"when\": \"years > 1\", \"then\": { \"tag\": \"a\" } } ] }")]
    [InlineData("{ \"schemaVersion\": 1, \"rules\": [ { \"name\": \"r\", \"when\": \"name = '\\udc00'\", \"then\": { \"tag\": \"a\" } } ] }")]
    public void RuleFile_ALoneSurrogate_IsASyntaxErrorWithItsPath(string json)
    {
        var error = Assert.Single(Assert.Throws<CustomerClassification.Rules.RuleSyntaxException>(() => RuleFile.FromJson(json)).Errors);

        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.rules[0].", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_AnEscapedSurrogatePair_IsReadAsItsCharacter()
    {
        var archive = Create();
        archive.Add(Customer("C1", "甲"), Actor);
        var json = SnapshotJson.ToJson(new AccountSet(archive)).Replace("\"name\": \"甲\"", "\"name\": \"\\ud83d\\ude00 华联 \\\\ud800\"", StringComparison.Ordinal);

        var loaded = SnapshotJson.FromJson(json, new FakeClock(Start)).Archive.Get("C1");

        Assert.Equal("\U0001F600 华联 \\ud800", loaded.Name);
    }

    [Theory]
    [InlineData("重点\u001b[31m")]
    [InlineData("a\r\nforged line")]
    public void TagsShipToAndActors_WithControlCharacters_AreRefused_AndNothingChanges(string text)
    {
        var archive = Create();
        var before = archive.Snapshot;

        Assert.Throws<ArgumentException>(() => Customer("C1", "甲") with { Tags = [text] });
        Assert.Throws<ArgumentException>(() => Customer("C1", "甲") with { ShipToAddresses = ["上海", text] });
        Assert.Throws<ArgumentException>(() => archive.Add(Customer("C1", "甲"), text));
        Assert.Same(before, archive.Snapshot);
        Assert.Equal(["a", "b"], (Customer("C1", "甲") with { Tags = [" b\t", "a "] }).Tags);
    }

    [Fact]
    public void FromJson_AnActorWithAControlCharacter_IsAProblemAtItsEntry()
    {
        var problem = Assert.Single(Problems(n => n["changeLog"]![0]!["actor"] = "张会计\u001b[2J"));

        Assert.Equal("$.changeLog[0].actor", problem.Path);
        Assert.Contains("control character", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_APropertyGivenTwice_IsAProblem_NotTheLastOneWinning()
    {
        var archive = Create();
        archive.Add(Customer("C1", "甲"), Actor);
        var json = SnapshotJson.ToJson(new AccountSet(archive));
        var twiceVersion = string.Concat("{\"schemaVersion\": 99,", json.TrimStart().AsSpan(1));
        var twiceCode = json.Replace("\"code\": \"C1\"", "\"code\": \"C1\", \"code\": \"C2\"", StringComparison.Ordinal);
        Assert.NotEqual(json, twiceCode);

        var version = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(twiceVersion, new FakeClock(Start))).Problems;
        var code = Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(twiceCode, new FakeClock(Start))).Problems;

        Assert.Contains(version, p => p.Path == "$.schemaVersion" && p.Message.Contains("given twice", StringComparison.Ordinal));
        Assert.Contains(code, p => p.Path == "$.customers[0].code" && p.Message.Contains("given twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_WhoseChangeCallsBackIntoTheArchive_IsRefused_AndNothingChanges()
    {
        var archive = Create();
        archive.Add(Customer("C1", "甲"), Actor);
        var before = archive.Snapshot;

        var refused = Assert.Throws<ClassificationException>(() => archive.Update("C1", c =>
        {
            archive.Add(Customer("C2", "乙"), Actor);
            return c with { Phone = "1" };
        }, Actor));

        Assert.Equal(ClassificationErrorCode.ReentrantChange, refused.ErrorCode);

        Assert.Same(before, archive.Snapshot);
        Assert.Null(archive.Find("C2"));
        archive.Add(Customer("C3", "丙"), Actor);
        Assert.Equal(Enumerable.Range(1, archive.ChangeLog.Count).Select(i => (long)i), archive.ChangeLog.Select(e => e.Sequence));
    }

    [Fact]
    public void ManyCustomersSharingOneTaxId_AreAddedInBoundedTime_AndFoundInCodeOrder()
    {
        var archive = Create();
        var taxId = TaxId.Parse("91350100M000100Y43");
        var batch = new ChangeBatch();
        for (var i = 40_000; i > 0; i--)
        {
            batch.Add(Customer(FormattableString.Invariant($"C{i:00000}"), "同号客户") with { TaxId = taxId });
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(archive.Apply(batch, Actor).Succeeded);
        archive.Add(Customer("D1", "再加一个") with { TaxId = taxId }, Actor);
        archive.Update("C00001", c => c with { TaxId = null }, Actor);
        clock.Stop();

        var found = archive.FindByTaxId(taxId);
        Assert.Equal(40_000, found.Count);
        Assert.Equal("C00002", found[0].Code);
        Assert.Equal("D1", found[^1].Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"{clock.Elapsed}");
    }
}
