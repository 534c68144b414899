using System.Text.Json.Nodes;
using CustomerClassification.AccountSets;
using CustomerClassification.Archives;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Rules;
using CustomerClassification.Serialization;
using CustomerClassification.Tests.Rules;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Serialization;

[EnglishMessages]
public sealed class SnapshotJsonTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 1, 9, 0));

    // Also the account set the stream tests write and read.
    internal static AccountSet Standard()
    {
        var archive = SampleRules.StandardArchive();
        archive.Update("C001", c => c with { MnemonicCode = "HLSM", Tags = ["重点"], Contacts = [new CustomerContact("张三", "021-1"), new CustomerContact("李四", null, "li@example.com")], BankAccounts = [new CustomerBankAccount("工商银行", "1001"), new CustomerBankAccount(null, "2002")], CustomFields = new Dictionary<string, CustomFieldValue> { ["类型"] = "经销商", ["注册资本"] = 500_0000.00m, ["签约日期"] = new LocalDate(2019, 3, 5) } }, SampleRules.Actor);
        archive.Deactivate("C004", new LocalDate(2025, 6, 1), SampleRules.Actor);
        var policies = new CreditPolicySet(defaults: new CreditPolicy { CreditLimit = 100_000m, AllowedOverdueDays = 30 })
            .With("01", new CreditPolicy { CreditLimit = 500_000m, MinimumGrade = "A", PaymentTerms = PaymentTerms.Parse("2/10,n/30") });
        return new AccountSet(archive, policies, SampleRules.StandardRules());
    }

    private static JsonObject Document() => JsonNode.Parse(SnapshotJson.ToJson(Standard()))!.AsObject();

    private static SnapshotFormatException Refused(JsonNode document) =>
        Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(document.ToJsonString(), Clock));

    [Fact]
    public void FromJson_OfToJson_GivesTheSameModel()
    {
        var original = Standard();

        var loaded = SnapshotJson.FromJson(SnapshotJson.ToJson(original), Clock);

        Assert.Equal(original.Archive.ToArray(), loaded.Archive.ToArray());
        Assert.Equal(original.Archive.ChangeLog.ToArray(), loaded.Archive.ChangeLog.ToArray());
        Assert.Equal("HLSM", loaded.Archive.Find("C001")!.MnemonicCode);
        Assert.Equal(["张三|021-1", "李四||li@example.com"], loaded.Archive.Get("C001").Contacts.Select(c => c.ToString()));
        Assert.Equal(["工商银行|1001", "|2002"], loaded.Archive.Get("C001").BankAccounts.Select(a => a.ToString()));
        Assert.True(loaded.Archive.Find("C005")!.HasTransactions);
        Assert.Equal(original.Archive.CategoriesOf("行业").Select(c => c.Code), loaded.Archive.CategoriesOf("行业").Select(c => c.Code));
        Assert.Equal(original.Rules, loaded.Rules);
        Assert.Equal(original.CreditPolicies.Grades.Grades, loaded.CreditPolicies.Grades.Grades);

        // The policies' values are saved as the credit part of the profiles: the loaded set holds the dimension and the scale.
        Assert.Empty(loaded.CreditPolicies.Policies);
        Assert.Equal(new CreditPolicy(), loaded.CreditPolicies.Defaults);
        var snapshot = loaded.Archive.Snapshot;
        Assert.Equal((100_000m, 30), ((decimal?)snapshot.ProfileDefaults.Find("creditLimit"), (int?)snapshot.ProfileDefaults.Find("allowedOverdueDays")));
        Assert.Equal("creditLimit=500000, minimumGrade=A, paymentTerms=2/10,n/30", string.Join(", ", snapshot.ProfileOf(DimensionNames.Category, "01").OrderBy(p => p.Key.Name, StringComparer.Ordinal).Select(p => p.Key.Name + "=" + p.Key.Format(p.Value))));
        var before = original.CreditPolicies.For(original.Archive.Snapshot);
        var after = loaded.CreditPolicies.For(snapshot);
        Assert.All(original.Archive, c => Assert.Equal(Described(before.EffectivePolicyOf(c.Code)), Described(after.EffectivePolicyOf(c.Code))));
    }

    [Fact]
    public void AnOlderModel_WithPolicyValues_LoadsThemAsProfileValues_UnderTheProfilesItSets()
    {
        var document = Document();
        document["creditPolicies"]!["defaults"] = new JsonObject { ["creditLimit"] = 1000, ["watchListMonths"] = 6 };
        document["creditPolicies"]!["categories"] = new JsonObject
        {
            ["01"] = new JsonObject { ["creditLimit"] = 2000, ["autoApprovedGrades"] = new JsonArray("AA", "AAA") },
            ["99"] = new JsonObject { ["creditLimit"] = 3000 },
        };

        var loaded = SnapshotJson.FromJson(document.ToJsonString(), Clock);

        var snapshot = loaded.Archive.Snapshot;
        Assert.Equal(100_000m, snapshot.ProfileDefaults.Find("creditLimit"));
        Assert.Equal(6, snapshot.ProfileDefaults.Find("watchListMonths"));
        Assert.Equal(500_000m, snapshot.ProfileOf(DimensionNames.Category, "01").Find("creditLimit"));
        Assert.Equal(["AA", "AAA"], (IEnumerable<string>)snapshot.ProfileOf(DimensionNames.Category, "01").Find("autoApprovedGrades")!);
        Assert.Empty(loaded.CreditPolicies.Policies);
        Assert.DoesNotContain("\"categories\":{\"01\"", SnapshotJson.ToJson(loaded), StringComparison.Ordinal);
    }

    internal static string Described(EffectivePolicy policy) => string.Join(
        "; ",
        policy.CreditLimit, policy.AllowedOverdueDays, policy.MinimumGrade, string.Join(",", policy.AutoApprovedGrades.Value), policy.AutoApprovedGrades.Source,
        policy.WarningThreshold, policy.WatchListMonths, policy.PaymentTerms, policy.BlockOverLimit, policy.Grade);

    [Fact]
    public void LoadedArchive_KeepsWorking_AndNumbersItsLogOn()
    {
        var loaded = SnapshotJson.FromJson(SnapshotJson.ToJson(Standard()), Clock);
        var count = loaded.Archive.ChangeLog.Count;

        loaded.Archive.Add(new Customer("C006", "杭州新客户") { CategoryCode = "0202" }, "李会计");

        var entry = loaded.Archive.ChangeLog[count];
        Assert.Equal(count + 1, entry.Sequence);
        Assert.Equal(Clock.GetCurrentInstant(), entry.At);
        Assert.Throws<ClassificationException>(() => loaded.Archive.Remove("C005", "李会计"));
        Assert.Single(RuleSet.Compile(loaded.Rules, loaded.Archive.Snapshot).Classify(loaded.Archive, SampleRules.StandardStats(), SampleRules.AsOf), s => s.CustomerCode == "C001");
    }

    [Fact]
    public void ToJson_WritesOptionalValuesOnlyWhenPresent_AndAGeneratedMnemonicNever()
    {
        var customers = Document()["customers"]!.AsArray();
        var c003 = customers.Single(c => (string?)c!["code"] == "C003")!.AsObject();

        Assert.Equal(["code", "name", "category", "region", "developedOn"], c003.Select(p => p.Key));
        Assert.Equal("HLSM", (string?)customers[0]!["mnemonicCode"]);
        Assert.Equal("2019-03-05", (string?)customers[0]!["customFields"]!["签约日期"]);
        Assert.Equal(5000000.00m, (decimal)customers[0]!["customFields"]!["注册资本"]!);
    }

    [Fact]
    public void FromJson_MalformedJson_GivesLineAndPosition()
    {
        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson("{\n  \"schemaVersion\": 1,\n  \"settings\": {,\n}", Clock)).Problems);

        Assert.Contains("not valid JSON", problem.Message);
        Assert.Contains("line 3", problem.Message);
    }

    [Theory]
    [InlineData("{}", "$", "no schemaVersion")]
    [InlineData("{\"schemaVersion\": 2}", "$.schemaVersion", "a newer file needs a newer CustomerClassification")]
    [InlineData("{\"schemaVersion\": \"1\"}", "$.schemaVersion", "reads version 1")]
    [InlineData("[]", "$", "Expected an object, found an array")]
    [InlineData("{\"schemaVersion\": 1}", "$", "'settings' is missing")]
    public void FromJson_WithoutAReadableVersionOrSettings_IsRefused(string json, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<SnapshotFormatException>(() => SnapshotJson.FromJson(json, Clock)).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void FromJson_ReportsEveryBadValue_WithItsPath()
    {
        var document = Document();
        var customers = document["customers"]!.AsArray();
        customers[0]!["developedOn"] = "2019-02-30";
        customers[1]!["creditLimit"] = "lots";
        customers[2]!["taxId"] = "91310000123456789X";
        customers[3]!["colour"] = "red";
        customers[4]!["customFields"] = new JsonObject { ["注册资本"] = "many", ["爱好"] = "golf" };
        document["changeLog"]![2]!["operation"] = "customerPainted";
        document["rules"]![1]!["when"] = "月均采购额 >> 5";
        document["creditPolicies"]!["categories"] = new JsonObject { ["01"] = new JsonObject { ["warningThreshold"] = 2 } };

        var problems = Refused(document).Problems;

        Assert.Equal(
        [
            "$.customers[0].developedOn",
            "$.customers[1].creditLimit",
            "$.customers[2].taxId",
            "$.customers[3].colour",
            "$.customers[4].customFields.注册资本",
            "$.customers[4].customFields.爱好",
            "$.creditPolicies.categories['01'].warningThreshold",
            "$.rules[1].when",
            "$.changeLog[2].operation",
        ], problems.Select(p => p.Path));
        Assert.Contains("'2019-02-30' is not a date", problems[0].Message);
        Assert.Contains("Expected a number", problems[1].Message);
        Assert.Contains("not a valid tax id", problems[2].Message);
        Assert.Contains("Unknown property 'colour'", problems[3].Message);
        Assert.Contains("'爱好' is not a custom field", problems[5].Message);
        Assert.Equal("A warning threshold is from 0 to 1.", problems[6].Message);
        Assert.Contains("(line 1, column", problems[7].Message);
        Assert.Contains("'customerPainted' is not one of customerAdded", problems[8].Message);
    }

    [Fact]
    public void FromJson_ChecksTheArchiveRules_WithThePathOfTheOffender()
    {
        var document = Document();
        var customers = document["customers"]!.AsArray();
        customers[1]!["category"] = "01";
        customers[2]!["code"] = "C001";
        document["categories"]!["region"]!.AsArray().Add(new JsonObject { ["code"] = "0301", ["name"] = "广州" });
        document["categories"]!["行业"]!.AsArray().Add(new JsonObject { ["code"] = "033", ["name"] = "长码" });

        var problems = Refused(document).Problems;

        Assert.Contains(problems, p => p.Path == "$.categories.region[5]" && p.Message.Contains("parent", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.categories.行业[2]" && p.Message.Contains("033", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.customers[1].category" && p.Message.Contains("has children", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.customers[2].code" && p.Message.Contains("already exists", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void FromJson_RefusesAChangeLogWithGaps_BlankActors_AndTwinRules()
    {
        var document = Document();
        document["changeLog"]![3]!["sequence"] = 30;
        document["changeLog"]![4]!["actor"] = " ";
        document["rules"]![2]!["name"] = (string?)document["rules"]![0]!["name"];
        document["creditPolicies"]!["dimension"] = "渠道";

        var problems = Refused(document).Problems;

        Assert.Equal(["$.creditPolicies.dimension", "$.rules[2].name", "$.changeLog[4].actor"], problems.Select(p => p.Path));
        document["changeLog"]![4]!["actor"] = "王会计";
        document["rules"]![2]!["name"] = "另一条";
        document["creditPolicies"]!["dimension"] = "category";
        Assert.Equal("$.changeLog[3].sequence", Assert.Single(Refused(document).Problems).Path);
    }

    [Fact]
    public void FromJson_RefusesSettingsThatAreNotValid()
    {
        var document = Document();
        document["settings"]!["categoryScheme"] = "2-0";
        document["settings"]!["customFields"]![0]!["type"] = "colour";
        document["settings"]!["dimensions"]![0]!["name"] = "region";

        var problems = Refused(document).Problems;

        Assert.Equal(["$.settings.categoryScheme", "$.settings.dimensions[0].name", "$.settings.customFields[0].type"], problems.Select(p => p.Path));
        Assert.Contains("built-in dimension", problems[1].Message);
    }

    [Fact]
    public void SnapshotFormatException_Message_NamesTheFirstProblemAndTheCount()
    {
        var document = Document();
        document["customers"]![0]!["creditLimit"] = -1;
        document["customers"]![1]!["creditLimit"] = -2;

        var exception = Refused(document);

        Assert.StartsWith("$.customers[0].creditLimit: ", exception.Message);
        Assert.EndsWith("(1 more problems, see Problems.)", exception.Message);
    }

    [Fact]
    public void BadArguments_AreRefused()
    {
        var archive = SampleRules.Archive();
        Assert.Throws<ArgumentNullException>(() => SnapshotJson.ToJson(null!));
        Assert.Throws<ArgumentNullException>(() => SnapshotJson.FromJson(null!, Clock));
        Assert.Throws<ArgumentNullException>(() => SnapshotJson.FromJson("{}", null!));
        Assert.Throws<ArgumentNullException>(() => new AccountSet(null!));
        Assert.Throws<ArgumentNullException>(() => new AccountSet(archive, rules: [null!]));
        var twins = SampleRules.StandardRules().Take(1).Concat(SampleRules.StandardRules().Take(1));
        Assert.Contains("Two rules are named", Assert.Throws<ArgumentException>(() => new AccountSet(archive, rules: twins)).Message);
        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Assert.Throws<ClassificationException>(() => new AccountSet(archive, new CreditPolicySet("渠道"))).ErrorCode);
        Assert.Throws<ArgumentException>(() => new SnapshotFormatException([]));
        Assert.Throws<ArgumentNullException>(() => new SnapshotFormatException([null!]));
        Assert.Throws<ArgumentNullException>(() => new SnapshotProblem(null!, "x"));
        Assert.Throws<ArgumentException>(() => new SnapshotProblem("$", " "));
    }
}
