using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using CustomerClassification.AccountSets;
using CustomerClassification.Analysis;
using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Rules;
using CustomerClassification.Sales;
using CustomerClassification.Serialization;
using CustomerClassification.Spreadsheets;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests;

// The README's samples live here verbatim, so that they compile and run; the tests check README.md still shows them.
[Collection(nameof(ConsoleOutput))]
[EnglishMessages]
public class ReadmeSamples
{
    [Fact]
    public void CodingSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(CodingSample);

        Assert.Equal(
            """
            2
            01001
            False
            01001 上海 (level 2)
            010010001 浦东 (level 3)
            01002 江苏 (level 2)
            华东区 > 上海
            True
            refused: 03001 needs 03
            row 2: CodeDoesNotFitScheme (0300)

            """.ReplaceLineEndings(),
            output);
    }

    [Fact]
    public void Readme_ShowsTheCodingSampleVerbatim() => AssertReadmeShows(nameof(CodingSample));

    [Fact]
    public void ArchiveSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(ArchiveSample);

        Assert.Equal(
            """
            SHHLCS
            refused: ClassificationLocked
            5 2026-03-02T01:30:00Z 张会计 CustomerAdded []  → 上海华联超市
            6 2026-03-02T01:30:00Z 系统 CustomerMarkedTransacted [hasTransactions] false → true
            7 2026-03-02T01:30:00Z 王经理 CustomerReclassified [category] 01002 → 01001 年采购额超过500万，升为一级经销商

            """.ReplaceLineEndings(),
            output);
    }

    [Fact]
    public void Readme_ShowsTheArchiveSampleVerbatim() => AssertReadmeShows(nameof(ArchiveSample));

    [Fact]
    public void CreditSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(CreditSample);

        Assert.Equal(ReadmeBlockAfter("It prints, with the reasons and the aging table:"), output);
    }

    [Fact]
    public void Readme_ShowsTheCreditSampleVerbatim() => AssertReadmeShows(nameof(CreditSample));

    private static void CodingSample()
    {
        // README:begin
        var scheme = CodingScheme.Parse("2-3-4");        // also "234"; level 1 = 2 characters, level 3 = 9
        Console.WriteLine(scheme.LevelOf("01001"));      // 2
        Console.WriteLine(scheme.ParentOf("010010001")); // 01001
        Console.WriteLine(scheme.Fits("01-001"));        // False: only ASCII letters and digits

        var builder = CategoryTree.CreateBuilder(scheme); // a tree is immutable: built, or changed through ToBuilder()
        builder.Add("01", "华东区");
        builder.Add("01001", "上海");
        builder.Add("010010001", "浦东");
        builder.Add("01002", "江苏");
        builder.Add("02", "华北区");
        var tree = builder.ToTree();

        // Codes in ordinal order are the tree's pre-order: a subtree is one slice.
        foreach (var category in tree.DescendantsOf("01"))
        {
            Console.WriteLine($"{category.Code} {category.Name} (level {category.Level})");
        }

        Console.WriteLine(string.Join(" > ", tree.AncestorsOf("010010001").Select(c => c.Name))); // 华东区 > 上海
        Console.WriteLine(tree.IsUnder("010010001", "01"));                                        // True

        try
        {
            builder.Add("03001", "山东"); // its parent 03 does not exist
        }
        catch (ClassificationException e) when (e.ErrorCode == ClassificationErrorCode.ParentCategoryMissing)
        {
            Console.WriteLine($"refused: {e.Code} needs {e.RelatedCode}");
        }

        // Bulk load from rows in any order: the whole tree, or every problem with its row number.
        var result = CategoryTree.Build(scheme, [new("02001", "北京"), new("0300", "?"), new("02", "华北区")]);
        foreach (var violation in result.Violations)
        {
            Console.WriteLine($"row {violation.Position}: {violation.Error} ({violation.Code})"); // row 2: CodeDoesNotFitScheme (0300)
        }

        // README:end
    }

    [Fact]
    public void AnalysisSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(AnalysisSample);

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ccls-analysis-sample.txt"), output);
        Assert.Equal(ReadmeBlockAfter("It prints both bases, the metrics, the rule's suggestions and the scorecard's explanation:"), output);
    }

    [Fact]
    public void Readme_ShowsTheAnalysisSampleVerbatim() => AssertReadmeShows(nameof(AnalysisSample));

    [Fact]
    public void RulesSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(RulesSample);

        Assert.Equal(ReadmeBlockAfter("It prints the suggestion, the result and why C002 stays where it is:"), output);
    }

    [Fact]
    public void Readme_ShowsTheRulesSampleVerbatim() => AssertReadmeShows(nameof(RulesSample));

    [Fact]
    public void ApprovalSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(ApprovalSample);

        Assert.Equal(ReadmeBlockAfter("The story prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheApprovalSampleVerbatim() => AssertReadmeShows(nameof(ApprovalSample));

    [Fact]
    public void AuditSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(AuditSample);

        Assert.Equal(ReadmeBlockAfter("The audit prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheAuditSampleVerbatim() => AssertReadmeShows(nameof(AuditSample));

    [Fact]
    public void FieldsSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(FieldsSample);

        Assert.Equal(ReadmeBlockAfter("The fields sample prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheFieldsSampleVerbatim() => AssertReadmeShows(nameof(FieldsSample));

    [Fact]
    public void ContactsSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(ContactsSample);

        Assert.Equal(ReadmeBlockAfter("The contacts sample prints:"), output);
    }

    [Fact]
    public void ProfilesSample_RunsAndPrintsWhatTheReadmeSays() =>
        Assert.Equal(ReadmeBlockAfter("The profiles sample prints:"), ConsoleOutput.Capture(ProfilesSample));

    [Fact]
    public void Readme_ShowsTheProfilesSampleVerbatim() => AssertReadmeShows(nameof(ProfilesSample));

    [Fact]
    public void Readme_ShowsTheContactsSampleVerbatim() => AssertReadmeShows(nameof(ContactsSample));

    [Fact]
    public void HostImporterSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(HostImporterSample);

        Assert.Equal(ReadmeBlockAfter("The host's importer prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheHostImporterSampleVerbatim() => AssertReadmeShows(nameof(HostImporterSample));

    [Fact]
    public void Readme_RuleFieldTable_IsTheCatalogue()
    {
        // The table is written from ProfileFields, so it cannot drift from what rules accept.
        var table = new System.Text.StringBuilder("| Field | Chinese | Also | Kind |\n|---|---|---|---|\n");
        foreach (var field in ProfileFields.All)
        {
            var kind = field.Kind switch
            {
                FieldKind.YesNo => "yes/no",
                FieldKind.PaymentTerms => "payment terms (as text)",
                FieldKind.TaxId => "tax id (as text)",
                FieldKind.Tags => "`has tag`, `is empty`",
                _ => field.Kind.ToString().ToLowerInvariant(),
            };
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{field.Name}` | {field.Label} | {string.Join(", ", field.Aliases)} | {kind}{(field.IsMetric ? ", metric" : string.Empty)} |\n");
        }

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ccls-rule-fields.md"), table.ToString());
        Assert.Contains(table.ToString(), Readme(), StringComparison.Ordinal);

        // And the category-profile values no customer field holds, which rules read as the customer inherits them.
        var profile = new System.Text.StringBuilder("| Profile value | Chinese | Also | Kind |\n|---|---|---|---|\n");
        foreach (var field in CategoryProfileFields.All.Where(f => f.CustomerField is null && f.Kind != FieldKind.TextList))
        {
            profile.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{field.Name}` | {field.Label} | {string.Join(", ", field.Aliases)} | {(field.Kind == FieldKind.YesNo ? "yes/no" : field.Kind == FieldKind.WholeNumber ? "number" : field.Kind.ToString().ToLowerInvariant())} |\n");
        }

        Assert.Contains(profile.ToString(), Readme(), StringComparison.Ordinal);
    }

    [Fact]
    public void CsvSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(CsvSample);

        Assert.Equal(ReadmeBlockAfter("Nothing is imported, and the report says why:"), output);
    }

    [Fact]
    public void Readme_ShowsTheCsvSampleVerbatim() => AssertReadmeShows(nameof(CsvSample));

    [Fact]
    public void UpdateSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(UpdateSample);

        Assert.Equal(ReadmeBlockAfter("The edited cells, and only those, change:"), output);
    }

    [Fact]
    public void Readme_ShowsTheUpdateSampleVerbatim() => AssertReadmeShows(nameof(UpdateSample));

    [Fact]
    public void SnapshotSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(SnapshotSample);

        Assert.Equal(ReadmeBlockAfter("The snapshot sample prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheSnapshotSampleVerbatim() => AssertReadmeShows(nameof(SnapshotSample));

    private static void SnapshotSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), SystemClock.Instance);
        archive.AddCategory(DimensionNames.Category, "01", "经销商", "管理员");
        archive.Add(new Customer("C001", "上海华联") { CategoryCode = "01", CreditLimit = 100_000m }, "王会计");
        ClassificationRule[] rules = [new("大客户", "信用额度 >= 10万", RuleAction.AddTag("重点"))];

        var json = SnapshotJson.ToJson(new AccountSet(archive, rules: rules));
        var loaded = SnapshotJson.FromJson(json, SystemClock.Instance);
        Console.WriteLine($"{loaded.Archive.Count} customer, {loaded.Archive.ChangeLog.Count} log entries, {loaded.Rules.Count} rule");
        Console.WriteLine($"saved again byte for byte: {SnapshotJson.ToJson(loaded) == json}");

        try
        {
            SnapshotJson.FromJson(json.Replace("\"category\": \"01\"", "\"category\": \"09\""), SystemClock.Instance);
        }
        catch (SnapshotFormatException e)
        {
            Console.WriteLine(string.Join(Environment.NewLine, e.Problems));
        }

        // README:end
    }

    private static void ArchiveSample()
    {
        // README:begin
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 1, 30)); // SystemClock.Instance in production
        var settings = new ArchiveSettings(CodingScheme.Parse("2-3"), regionScheme: CodingScheme.Parse("2-2"));
        var archive = new CustomerArchive(settings, clock);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "01001", "一级经销商")
                .AddCategory(DimensionNames.Category, "01002", "二级经销商")
                .AddCategory(DimensionNames.Region, "31", "上海"),
            "管理员");

        var customer = archive.Add(
            new Customer("C001", "上海华联超市")
            {
                CategoryCode = "01002",
                RegionCode = "31",
                TaxId = TaxId.Parse("91350100M000100Y43"),
                PaymentTerms = PaymentTerms.Parse("2/10,n/30"),
            },
            "张会计");
        Console.WriteLine(customer.MnemonicCode); // SHHLCS, generated from the name
        archive.MarkTransacted("C001", "系统");   // the host says C001 now has transactions: its classification is locked

        try
        {
            archive.Update("C001", c => c with { CategoryCode = "01001" }, "张会计");
        }
        catch (ClassificationException e)
        {
            Console.WriteLine($"refused: {e.ErrorCode}"); // ClassificationLocked
        }

        archive.Update("C001", c => c with { CategoryCode = "01001" }, "王经理", new LockOverride("年采购额超过500万，升为一级经销商"));

        foreach (var entry in archive.ChangeLog.ForCustomer("C001"))
        {
            Console.WriteLine($"{entry.Sequence} {entry.At} {entry.Actor} {entry.Operation} [{entry.Field}] {entry.Before} → {entry.After} {entry.Reason}".TrimEnd());
        }

        // README:end
    }

    [Fact]
    public void CreditControlSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(CreditControlSample);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "ccls-credit-control.txt"), output);

        Assert.Equal(ReadmeBlockAfter("It prints every decision with its reasons, the dunning list and the statement:"), output);
    }

    [Fact]
    public void Readme_ShowsTheCreditControlSampleVerbatim() => AssertReadmeShows(nameof(CreditControlSample));

    private static void CreditControlSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "02", "零售")
                .Add(new Customer("HQ", "华联集团") { CategoryCode = "01", CreditLimit = 200_000m })
                .Add(new Customer("M1", "华联苏州") { CategoryCode = "01", CreditLimit = 100_000m, ParentCode = "HQ", InvoiceToCode = "HQ" })
                .Add(new Customer("M2", "华联杭州") { CategoryCode = "01", CreditLimit = 100_000m, ParentCode = "HQ", CreditPeriodDays = 45 })
                .Add(new Customer("R1", "街角便利店") { CategoryCode = "02", CreditLimit = 0m, CreditControlled = false })
                .SetProfileValue(DimensionNames.Category, "01", "信用审批人", "张经理:5000;李总:20%")
                .SetProfileValue(DimensionNames.Category, "01", "信用控制纬度", "额度和期限")
                .SetProfileValue(DimensionNames.Category, "01", "催款策略", "1:7:提醒付款:邮件;2:30:催款函:电话;3:60:律师函:快递")
                .SetProfileValue(DimensionNames.Category, "02", "要求预付款", true)
                .SetDefaultProfileValue("计提比例", "0%,5%,10%,30%,50%,80%,100%"),
            "管理员");

        var today = new LocalDate(2026, 6, 30);
        OpenItem[] items =
        [
            new("M1", "XS-0601", 60_000m, new LocalDate(2026, 6, 1), new LocalDate(2026, 7, 1)),
            new("M2", "XS-0420", 70_000m, new LocalDate(2026, 4, 20), new LocalDate(2026, 5, 20)),
            new("HQ", "XS-0310", 10_000m, new LocalDate(2026, 3, 10), new LocalDate(2026, 4, 9)),
            new("R1", "SK-0625", -2_000m, new LocalDate(2026, 6, 25), new LocalDate(2026, 6, 25)),
        ];
        OpenOrder[] orders = [new("M1", "SO-0628", 20_000m, new LocalDate(2026, 6, 28), OpenOrderKind.Order)];
        var group = GroupExposure.Build(archive.Snapshot, items, orders);
        var check = new CreditPolicySet().For(archive.Snapshot);
        CreditRequest Order(string code, decimal amount) =>
            new(code, amount, items.Where(i => i.CustomerCode == code), today) { OpenOrders = [.. orders.Where(o => o.CustomerCode == code)], GroupExposure = group };
        void Show(string what, CreditDecision decision)
        {
            Console.WriteLine($"{what}: {decision.Outcome}{(decision.RequiredApproval is { } needed ? $", needs level {needed.Level} ({needed.Approver})" : "")}");
            foreach (var reason in decision.Reasons)
            {
                Console.WriteLine($"  {reason.Kind} ({reason.LimitOf ?? "-"}): {reason.Message}");
            }
        }

        Show("M1 15,000", check.Evaluate(Order("M1", 15_000m)));
        Show("M1 25,000", check.Evaluate(Order("M1", 25_000m)));
        Show("M1 25,000 approved by 李总", check.Approve(Order("M1", 25_000m), "李总"));
        Show("M1 50,000", check.Evaluate(Order("M1", 50_000m)));
        Show("M2 1,000", check.Evaluate(Order("M2", 1_000m)));
        Show("R1 1,500", check.Evaluate(Order("R1", 1_500m)));
        Show("R1 2,500", check.Evaluate(Order("R1", 2_500m)));

        archive.HoldCredit("M1", "R01", "对账差异未清", "王会计");
        archive.GrantTemporaryLimit("M2", 30_000m, today, today.PlusDays(30), "王会计");
        var now = new CreditPolicySet().For(archive.Snapshot);
        Show("M1 on hold", now.Evaluate(new CreditRequest("M1", 1m, [], today)));
        Console.WriteLine($"M2 available today {now.Evaluate(Order("M2", 0m)).AvailableCredit:N0}, temporary {now.Evaluate(Order("M2", 0m)).TemporaryLimit:N0}");

        var provision = BadDebtProvision.ByProfiles(AgingReport.Build(archive.Snapshot, items, today), archive.Snapshot);
        Console.WriteLine($"provision {provision.Total.Provision:N2}: {string.Join(", ", provision.Customers.Select(r => $"{r.Code} {r.Provision:N2}"))}");

        var run = DunningRun.Build(archive.Snapshot, items, [new Reminder("M2", 1, new LocalDate(2026, 6, 1))], today);
        foreach (var entry in run.Entries)
        {
            Console.WriteLine($"dunning {entry.CustomerCode} level {entry.Level} (due {entry.DueLevel}), {entry.OverdueAmount:N0} overdue {entry.MaxDaysOverdue} days: {string.Join(" ", entry.Documents)}");
        }

        LedgerEntry[] ledger =
        [
            new("M2", "XS-0320", new LocalDate(2026, 3, 20), 40_000m, "三月货款"),
            new("M2", "SK-0410", new LocalDate(2026, 4, 10), -40_000m, "收款"),
            new("M2", "XS-0420", new LocalDate(2026, 4, 20), 70_000m, "四月货款"),
        ];
        var statement = AccountStatement.Build(archive.Snapshot, "M2", ledger, new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30));
        Console.WriteLine($"statement M2 {statement.From:uuuu-MM-dd}..{statement.To:uuuu-MM-dd}: opening {statement.OpeningBalance:N0}");
        foreach (var line in statement.Lines)
        {
            Console.WriteLine($"  {line.Date:uuuu-MM-dd} {line.DocumentNumber} {line.Summary} debit {line.Debit:N0} credit {line.Credit:N0} balance {line.Balance:N0}");
        }

        Console.WriteLine($"  closing {statement.ClosingBalance:N0}");
        // README:end
    }

    private static void CreditSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "01001", "一级经销商")
                .AddCategory(DimensionNames.Category, "01002", "二级经销商")
                .Add(new Customer("D1", "上海华联") { CategoryCode = "01001", CreditGrade = "AA", DevelopedOn = new LocalDate(2018, 3, 1) })
                .Add(new Customer("D2", "苏州新星") { CategoryCode = "01002", CreditGrade = "B", DevelopedOn = new LocalDate(2026, 3, 1) }),
            "管理员");

        // Policies on categories, inherited down the tree; a customer's own limit, grade and terms override them.
        var policies = new CreditPolicySet(defaults: new CreditPolicy { AllowedOverdueDays = 90 })
            .With("01", new CreditPolicy { CreditLimit = 100_000m, WarningThreshold = 0.9m, MinimumGrade = "A", AutoApprovedGrades = ["AAA", "AA"] })
            .With("01002", new CreditPolicy { CreditLimit = 50_000m, WatchListMonths = 6 });
        var check = policies.For(archive.Snapshot);
        var today = new LocalDate(2026, 6, 30);
        OpenItem[] openItems =
        [
            new("D1", "XS-0601", 60_000m, new LocalDate(2026, 6, 1), new LocalDate(2026, 7, 1)),
            new("D1", "XS-0415", 25_000m, new LocalDate(2026, 4, 15), new LocalDate(2026, 5, 15)),
            new("D2", "XS-0120", 1_000m, new LocalDate(2026, 1, 20), new LocalDate(2026, 2, 20)),
        ];

        var decision = check.Evaluate(new CreditRequest("D1", 20_000m, openItems.Where(i => i.CustomerCode == "D1"), today));
        Console.WriteLine($"D1: {decision.Outcome}, exposure {decision.Exposure:N0}, limit from {decision.Policy.CreditLimit.Source}");
        foreach (var reason in decision.Reasons)
        {
            Console.WriteLine($"  {reason.Kind}: {reason.Message}");
        }

        var second = check.Evaluate(new CreditRequest("D2", 30_000m, openItems.Where(i => i.CustomerCode == "D2"), today));
        Console.WriteLine($"D2: {second.Outcome}, {string.Join(", ", second.Reasons.Select(r => r.Kind))}");

        var aging = AgingReport.Build(archive.Snapshot, openItems, today);
        Console.WriteLine($"{"",-12}{string.Join("", aging.Buckets.Labels.Select(l => $"{l,9}"))}{"balance",10}");
        foreach (var row in aging.Categories.Append(aging.Total))
        {
            Console.WriteLine($"{(row.Code + " " + row.Name).Trim(),-12}{string.Join("", row.Amounts.Select(a => $"{AgingReport.Round(a),9:N0}"))}{AgingReport.Round(row.Balance),10:N0}");
        }

        // README:end
    }

    private static void AnalysisSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "潜在客户")
                .AddCategory(DimensionNames.Category, "02", "经销商")
                .Add(new Customer("C001", "上海华联") { CategoryCode = "01" })
                .Add(new Customer("C002", "苏州新星") { CategoryCode = "02" }),
            "管理员");

        // C001 became a dealer today: its 2025 sales stay with 潜在客户 when counted as they were (历史口径).
        archive.Update("C001", c => c with { CategoryCode = "02" }, "王会计");

        // Documents come from the host's sales ledger, kept column by column; a return's amount is positive.
        var sales = SalesLedger.CreateBuilder()
            .Add("C001", new LocalDate(2025, 3, 1), "XS001", 12_000m, cost: 9_000m)
            .Add("C002", new LocalDate(2025, 4, 1), "XS002", 50_000m, cost: 41_000m)
            .Add("C002", new LocalDate(2025, 4, 9), "TH001", 5_000m, SalesKind.Return, cost: 4_100m)
            .Build();
        var (from, to) = (new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        foreach (var basis in new[] { CategoryBasis.InForce, CategoryBasis.Current })
        {
            var analysis = SalesAnalysis.Build(archive.Snapshot, sales, from, to, new AnalysisOptions { Basis = basis });
            Console.WriteLine(basis + ": " + string.Join("; ", analysis.Categories.Select(r => $"{r.Name} {r.NetSales:N0} (gross profit {(r.GrossProfit is { } profit ? $"{profit:N0}" : "none")})")));
        }

        // Portfolio metrics, computed once for a run; rules compiled with metrics read them.
        var metrics = PortfolioMetrics.Compute(sales, to);
        foreach (var m in metrics.Customers)
        {
            Console.WriteLine($"{m.CustomerCode}: rank {m.SalesRank}, share {m.SalesShare:0.00}, class {m.Abc}, RFM {m.Rfm}");
        }

        var rules = RuleSet.CompileWithMetrics([new ClassificationRule("大客户", "ABC分类 = 'A' 且 销售占比 > 0.5", RuleAction.AddTag("重点"))], archive.Snapshot);
        foreach (var suggestion in rules.Classify(archive.Snapshot, new Dictionary<string, TradingStats>(), to, metrics))
        {
            Console.WriteLine(suggestion);
        }

        // A credit scorecard is data: bins and points per field, grades by score, a suggested limit.
        var scorecard = new CreditScorecard(
            "评分卡",
            [new ScorecardCharacteristic("月均采购额", [new(null, 10_000m, 10m), new(10_000m, null, 40m)]), new ScorecardCharacteristic("RFM分值", [new(400m, null, 20m)])],
            [new(50m, "AA"), new(30m, "A"), new(0m, "C")],
            new SuggestedLimit(multipleOfMonthlySales: 3m, cap: 100_000m));
        var profile = new CustomerProfile(archive.Find("C002")!, new TradingStats { MonthlyAverage = 45_000m }, to, metrics.Of("C002"));
        Console.WriteLine(scorecard.Compile(archive.Snapshot, withMetrics: true).Score(profile));
        // README:end
    }

    private static void RulesSample()
    {
        // README:begin
        var settings = new ArchiveSettings(CodingScheme.Parse("2-2"), customFields: [new CustomFieldDefinition("类型", CustomFieldType.Text)]);
        var archive = new CustomerArchive(settings, SystemClock.Instance);
        var dealer = new Dictionary<string, CustomFieldValue> { ["类型"] = "经销商" };
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "0101", "重点经销商")
                .AddCategory(DimensionNames.Category, "0102", "一般经销商")
                .Add(new Customer("C001", "上海华联") { CategoryCode = "0102", DevelopedOn = new LocalDate(2019, 3, 1), CustomFields = dealer })
                .Add(new Customer("C002", "苏州新星") { CategoryCode = "0102", DevelopedOn = new LocalDate(2024, 9, 1), CustomFields = dealer }),
            "管理员");

        // Written by the finance team, in Chinese; checked against the archive and compiled once, to a delegate.
        var rules = RuleSet.Compile(
            [new ClassificationRule("重点经销商", "类型 = '经销商' 且 合作年限 >= 3 且 月均采购额 > 5万", RuleAction.AssignCategory("category", "0101"))],
            archive.Snapshot);

        // Trading statistics come from the host's sales ledger.
        var stats = new Dictionary<string, TradingStats>
        {
            ["C001"] = new() { MonthlyAverage = 62_000m, OrderCount = 20 },
            ["C002"] = new() { MonthlyAverage = 80_000m, OrderCount = 9 },
        };
        var asOf = new LocalDate(2025, 6, 30);
        var suggestions = rules.Classify(archive, stats, asOf);
        foreach (var suggestion in suggestions)
        {
            Console.WriteLine(suggestion);
        }

        var result = rules.Apply(archive, suggestions, "王会计"); // one atomic batch; the change log's reason is the rule's name
        Console.WriteLine($"applied: {result.Succeeded}, C001 is now in {archive.Find("C001")!.CategoryCode}");

        Console.WriteLine(rules.Explain(new CustomerProfile(archive.Find("C002")!, stats["C002"], asOf)));
        // README:end
    }

    private static void ApprovalSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2"), regionScheme: CodingScheme.Parse("2")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "0101", "重点经销商")
                .AddCategory(DimensionNames.Category, "0102", "一般经销商")
                .AddCategory(DimensionNames.Region, "01", "华东")
                .AddCategory(DimensionNames.Region, "02", "华北")
                .Add(new Customer("C001", "上海华联") { CategoryCode = "0102", RegionCode = "01" })
                .Add(new Customer("C002", "苏州新星") { CategoryCode = "0102", RegionCode = "01" })
                .Add(new Customer("C003", "杭州百货") { CategoryCode = "0102", RegionCode = "01" })
                .Add(new Customer("C004", "北京物美") { CategoryCode = "0102", RegionCode = "02" }),
            "管理员");
        var policy = new AccessPolicy(
            administrators: ["管理员"],
            roles:
            [
                new AccessRole("业务员", ["张三"], [AccessRight.EditCustomers, AccessRight.Reclassify, AccessRight.Export], scope: DataScope.Of(DimensionNames.Region, "01")),
                new AccessRole("财务主管", ["李主管"], [AccessRight.Reclassify, AccessRight.Approve, AccessRight.Export], approvesAll: true),
            ],
            requests: new RequestPolicy([AccessRight.Reclassify]));   // every reclassification goes through a request

        var upgrade = new ChangeBatch();
        foreach (var code in new[] { "C001", "C002", "C003" })
        {
            upgrade.Update(code, c => c with { CategoryCode = "0101" });
        }

        Console.WriteLine(archive.Apply(upgrade, "张三", policy).Violations[0].Error);
        var request = archive.Submit(upgrade, "张三", "年度评级调整", policy);
        foreach (var change in archive.Preview(request.Id).Changes)
        {
            Console.WriteLine($"{change.CustomerCode} {change.Field}: {change.Before} → {change.After}");
        }

        try
        {
            archive.Approve(request.Id, "张三", policy: policy);
        }
        catch (ClassificationException e)
        {
            Console.WriteLine(e.ErrorCode);                                  // four eyes
        }

        archive.Approve(request.Id, "李主管", "同意", policy);
        Console.WriteLine(archive.ApplyRequest(request.Id, "张三", policy).Succeeded);
        var seen = new AccountSet(archive) { Access = policy }.SeenBy("张三");
        Console.WriteLine($"{seen.Archive.Count} of {archive.Count} customers, partial: {seen.IsPartial}");
        // README:end
    }

    private static void AuditSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), SystemClock.Instance);
        archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "经销商")
                .AddCategory(DimensionNames.Category, "0101", "重点经销商")
                .AddCategory(DimensionNames.Category, "0102", "一般经销商")
                .Add(new Customer("C001", "上海华联商贸有限公司") { CategoryCode = "0101", DevelopedOn = new LocalDate(2018, 5, 1) })
                .Add(new Customer("C002", "上海 华联商贸公司") { CategoryCode = "0101", DevelopedOn = new LocalDate(2024, 2, 1) })
                .Add(new Customer("C003", "上海华联商贸分公司") { CategoryCode = "0101" })
                .Add(new Customer("C004", "苏州新星") { CategoryCode = "0101", CreditLimit = 30_000m, DeactivatedOn = new LocalDate(2025, 1, 1) }),
            "管理员");

        foreach (var finding in ArchiveAudit.Run(archive.Snapshot))
        {
            Console.WriteLine($"{finding.Severity} {finding.Kind}: {finding.SuggestedFix}");
        }

        // README:end
    }

    private static void FieldsSample()
    {
        // README:begin
        foreach (var field in CustomerFields.All.Take(6))
        {
            Console.WriteLine($"{field.Name,-12} {field.Label,-6} {field.Kind,-9} {string.Join(", ", field.Aliases)}");
        }

        var grade = CustomerFields.Get("信用等级");                  // by label, name or alias, ignoring case
        var customer = grade.SetValue(new Customer("C001", "上海华联"), grade.ParseValue("AA"));
        Console.WriteLine($"{grade.Name} = {grade.FormatValue(customer)}");
        Console.WriteLine(ProfileFields.Get("最后订货日期").Name);     // statistics and derived values rules read
        // README:end
    }

    private static void ProfilesSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3-3")), SystemClock.Instance);
        archive.Apply(new ChangeBatch().AddCategory("category", "01", "经销商").AddCategory("category", "01001", "华东经销商"), "系统");

        // A dealer category carries its defaults (自动带出): 月结30天, 13 % tax, salesperson 张三.
        archive.SetProfileValue("category", "01", "付款条件", PaymentTerms.Parse("月结30天"), "王会计");
        archive.SetProfileValue("category", "01", "税率", 0.13m, "王会计");
        archive.SetProfileValue("category", "01001", "专管业务员", "张三", "王会计");
        archive.Add(new Customer("D001", "华东新商贸") { CategoryCode = "01001" }, "王会计");
        foreach (var value in archive.Snapshot.EffectiveProfile("D001").Where(v => v.Source.Kind != ProfileSourceKind.Default))
        {
            Console.WriteLine(value);    // name = value (where it comes from)
        }

        // 300 dealers in one leaf, split by a rule: sales of 150,000 or more go to the key-account child.
        var batch = new ChangeBatch();
        var stats = new Dictionary<string, TradingStats>();
        for (var i = 0; i < 300; i++)
        {
            batch.Add(new Customer($"D{i + 100}", $"华东经销{i}号商贸") { CategoryCode = "01001" });
            stats[$"D{i + 100}"] = new TradingStats { Sales = i * 1_000m };
        }

        archive.Apply(batch, "王会计");
        var assigned = CategorySplit.Assign(archive.Snapshot, "category", "01001", [new("01001001", RuleCondition.Parse("sales >= 150000"))], new LocalDate(2026, 6, 30), stats);
        archive.SplitCategory("category", "01001", [new CategoryRow("01001001", "华东大客户"), new CategoryRow("01001002", "华东普通经销商")], assigned, rest: "01001002", "王会计");
        Console.WriteLine($"split: {archive.Snapshot.CustomersIn("category", "01001001", false).Count} key accounts, {archive.Snapshot.CustomersIn("category", "01001002", false).Count} others");

        // A merge that moves a customer with transactions is refused, then made with a reason.
        archive.MarkTransacted("D120", "系统");
        try
        {
            archive.MergeCategory("category", "01001002", "01001001", "王会计");
        }
        catch (ClassificationException e)
        {
            Console.WriteLine($"refused: {e.ErrorCode}");
        }

        var merge = archive.MergeCategory("category", "01001002", "01001001", "王会计", new LockOverride("经理批准合并"));
        Console.WriteLine($"merged: {merge.MovedCustomers.Count} moved, {string.Join(", ", merge.RemovedCodes)} removed; D001 pays {archive.Snapshot.EffectiveProfile("D001").Get("付款条件").Value}, due {PaymentTerms.Parse("月结30天").DueDate(new LocalDate(2026, 1, 15)):uuuu-MM-dd} for an invoice of 2026-01-15");
        // README:end
    }

    private static void ContactsSample()
    {
        // README:begin
        // T3's single columns (联系人, 电话, 邮箱; 开户银行, 银行账号) hold the default contact and account.
        var customer = new Customer("C001", "上海华联") { Contact = "李经理", Phone = "021-5555 0101", BankName = "工商银行", BankAccount = "1001" };

        // U8 keeps several: the first of each list is the default one.
        customer = customer with
        {
            Contacts = [.. customer.Contacts, new CustomerContact("王会计", email: "wang@hualian.example")],
            BankAccounts = [new CustomerBankAccount("中国银行", "6216 6101"), .. customer.BankAccounts],
        };

        Console.WriteLine($"default contact: {customer.Contact} {customer.Phone}; default bank: {customer.BankName} {customer.BankAccount}");
        Console.WriteLine(string.Join("; ", customer.Contacts));
        Console.WriteLine(CustomerFields.Get("其他联系人").FormatValue(customer));     // the others' column, as a cell
        // README:end
    }

    private static void NewcomerSample()
    {
        // README:begin
        // A rule of built-in fields, in Chinese words, unit-tested without an archive.
        var rules = RuleSet.Compile(
            [new ClassificationRule("超市大客户", "月均采购额 大于 5万 并且 客户名称 包含 '超市'", RuleAction.AddTag("大客户"))]);
        var customer = new Customer("C001", "华联超市") { CategoryCode = "0102" };
        var profile = new CustomerProfile(customer, new TradingStats { MonthlyAverage = 62_000m }, new LocalDate(2025, 6, 30));

        Console.WriteLine(rules.Rules[0].Condition);
        Console.WriteLine(rules.Matching(profile).Count);
        Console.WriteLine(rules.Rules[0].Action);
        // README:end
    }

    [Fact]
    public void NewcomerSample_RunsAndPrintsWhatTheReadmeSays()
    {
        var output = ConsoleOutput.Capture(NewcomerSample);

        Assert.Equal(ReadmeBlockAfter("The newcomer's sample prints:"), output);
    }

    [Fact]
    public void Readme_ShowsTheNewcomerSampleVerbatim() => AssertReadmeShows(nameof(NewcomerSample));

    private static void HostImporterSample()
    {
        // README:begin
        // The host's own rows (a DataTable filled from its database, say), with its own column names.
        var rows = new System.Data.DataTable();
        rows.Columns.Add("cust_code");
        rows.Columns.Add("cust_name");
        rows.Columns.Add("credit_limit", typeof(decimal));
        rows.Columns.Add("terms");
        rows.Rows.Add("C001", "上海华联超市", 80000m, "2/10,n/30");
        rows.Rows.Add("C002", "北京物美", -5m, "30 days");
        rows.Rows.Add("C003", "苏州市长安五金", DBNull.Value, "n/30");

        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2"), customersClassified: false), SystemClock.Instance);
        var columns = new Dictionary<string, CustomerField>
        {
            ["credit_limit"] = CustomerFields.Get("信用额度"),
            ["terms"] = CustomerFields.Get("paymentTerms"),
        };

        var batch = new ChangeBatch();
        foreach (System.Data.DataRow row in rows.Rows)
        {
            var builder = Customer.CreateBuilder((string)row["cust_code"], (string)row["cust_name"]);
            var good = true;
            foreach (var (column, field) in columns)
            {
                try
                {
                    // A typed value as it is; a text as a cell holds it.
                    _ = row[column] switch
                    {
                        DBNull => builder,
                        string text => builder.SetText(field, text),
                        var value => builder.Set(field, value),
                    };
                }
                catch (Exception e) when (e is ArgumentException or FormatException)
                {
                    Console.WriteLine($"{builder.Code} {field.Label}: {e.Message.Split(" (Parameter")[0]}");
                    good = false;
                }
            }

            if (good)
            {
                batch.Add(builder.Build());
            }
        }

        var result = archive.Apply(batch, "夜间同步");
        Console.WriteLine($"{result.Succeeded}: {archive.Snapshot.Count} imported");
        Console.WriteLine(archive.Find("C003")?.MnemonicCode);
        // README:end
    }

    private static void CsvSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), SystemClock.Instance);
        archive.AddCategory(DimensionNames.Category, "01", "经销商", "管理员");
        var t3Export = CustomerCsv.GB18030.GetBytes(
            "客户编码,客户名称,所属分类码,信用额度,发展日期\r\nC001,上海华联,01,100000,2018/3/1\r\nC002,苏州新星,01,十万,2024/9/1\r\n");

        var report = CustomerCsv.Import(new MemoryStream(t3Export), archive, "王会计");
        Console.WriteLine($"{report.Encoding.WebName}, {report.RowCount} rows, {report.ImportedCount} imported");
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem);
        }

        // README:end
    }

    private static void UpdateSample()
    {
        // README:begin
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-2")), SystemClock.Instance);
        archive.AddCategory(DimensionNames.Category, "01", "经销商", "管理员");
        archive.Add(new Customer("C001", "上海华联") { CategoryCode = "01", CreditLimit = 100_000m }, "管理员");
        archive.Add(new Customer("C002", "苏州新星") { CategoryCode = "01", Contact = "李经理" }, "管理员");
        var edited = Encoding.UTF8.GetBytes("客户编码,信用额度,联系人\r\nc001,150000,\r\nC002,,王经理\r\n");

        var options = new ImportOptions { Mode = ImportMode.Update };       // AddOrUpdate also adds new codes
        var report = CustomerCsv.Import(new MemoryStream(edited), archive, "王会计", options);
        Console.WriteLine($"{report.UpdatedCount} updated, {report.UnchangedCount} unchanged, {report.AddedCount} added");
        foreach (var entry in archive.ChangeLog.Skip(3))
        {
            Console.WriteLine($"{entry.CustomerCode} {entry.Field}: {entry.Before} → {entry.After}");
        }

        // README:end
    }

    // The repository root: the first folder above the test binaries that holds the solution. (Not
    // [CallerFilePath]: CI builds map source paths to /_/ for deterministic builds.)
    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CustomerClassification.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CustomerClassification.sln above {AppContext.BaseDirectory}.");
    }

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

    private static string ReadmeBlockAfter(string caption)
    {
        var readme = Readme();
        var start = readme.IndexOf("```text\n", readme.IndexOf(caption, StringComparison.Ordinal), StringComparison.Ordinal) + "```text\n".Length;
        return readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start).ReplaceLineEndings();
    }

    private static void AssertReadmeShows(string sampleName)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "CustomerClassification.Tests", "ReadmeSamples.cs"));
        var method = source.Substring(source.IndexOf($"void {sampleName}()", StringComparison.Ordinal));
        var body = Regex.Match(method, @"// README:begin\r?\n(.*?)\r?\n\s*// README:end", RegexOptions.Singleline).Groups[1].Value;
        var sample = string.Join("\n", body.Split('\n').Select(line => line.TrimEnd('\r')).Select(line => line.Length >= 8 ? line.Substring(8) : line.Trim()));

        var readme = Readme();

        Assert.False(string.IsNullOrWhiteSpace(sample));
        Assert.Contains(sample, readme, StringComparison.Ordinal);
    }
}

[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public static string Capture(Action action)
    {
        var original = Console.Out;
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        return writer.ToString();
    }
}
