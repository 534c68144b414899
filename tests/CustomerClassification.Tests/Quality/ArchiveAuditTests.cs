using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Quality;
using CustomerClassification.Tests.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Quality;

[EnglishMessages]
public class ArchiveAuditTests
{
    private static CustomerArchive Archive(params Customer[] customers)
    {
        var archive = SampleArchive.Create();
        var batch = new ChangeBatch();
        foreach (var customer in customers)
        {
            batch.Add(customer);
        }

        Assert.True(archive.Apply(batch, SampleArchive.Actor).Succeeded);
        return archive;
    }

    // The sample's leaves hold a customer or two: these tests are about the other findings (the tree's own have their tests below).
    private static AuditFinding[] Audit(ArchiveSnapshot archive, IReadOnlyDictionary<string, decimal>? openBalances = null) =>
        [.. ArchiveAudit.Run(archive, openBalances).Where(f => f.Kind != AuditFindingKind.SingleCustomerLeaf)];

    private static Customer Customer(string code, string name) => SampleArchive.Customer(code, name) with { RegionCode = "3101", Dimensions = new Dictionary<string, string> { ["行业"] = "01" } };

    private static Customer Filler => Customer("F1", "填充客户") with { CategoryCode = "01002" };

    private static Customer Filler2 => Customer("F2", "填充客户二") with { CategoryCode = "02001", Dimensions = new Dictionary<string, string> { ["行业"] = "02" } };

    [Theory]
    [InlineData("上海华联商贸有限公司", "上海华联商贸")]
    [InlineData("上海 华联商贸公司", "上海华联商贸")]
    [InlineData("上海华联商贸（有限公司）", "上海华联商贸")]
    [InlineData("上海华联商贸股份有限公司", "上海华联商贸")]
    [InlineData("上海华联商贸有限责任公司", "上海华联商贸")]
    [InlineData("上海华联商贸分公司", "上海华联商贸分")]
    [InlineData("ＡＢＣ　Trading, Ltd.", "ABCTRADINGLTD")]
    [InlineData("公司", "公司")]
    [InlineData("xyz café", "XYZCAFÉ")]
    [InlineData("ÀÉ Ωmega", "ÀÉΩMEGA")]
    [InlineData("  ", "")]
    public void NormalizedName_FoldsWidthAndDropsCompanyForms(string name, string expected) =>
        Assert.Equal(expected, ArchiveAudit.NormalizedName(name));

    [Fact]
    public void Run_CleanArchive_FindsNothing() =>
        Assert.Empty(Audit(Archive(Customer("C1", "上海华联") with { DevelopedOn = new LocalDate(2020, 1, 1) }, Filler, Filler2).Snapshot));

    [Fact]
    public void Run_SameTaxId_SuggestsMergingIntoTheCustomerWithTransactions()
    {
        var taxId = TaxId.Parse("91350100M000100Y43");
        var archive = Archive(
            Customer("C1", "上海华联") with { TaxId = taxId, DevelopedOn = new LocalDate(2018, 1, 1) },
            Customer("C2", "华联超市") with { TaxId = taxId, DevelopedOn = new LocalDate(2020, 1, 1) },
            Filler,
            Filler2);
        archive.MarkTransacted("C2", SampleArchive.Actor);

        var finding = Assert.Single(Audit(archive.Snapshot));

        Assert.Equal((AuditFindingKind.DuplicateTaxId, AuditSeverity.Error), (finding.Kind, finding.Severity));
        Assert.Equal(new[] { "C2", "C1" }, finding.Customers);
        Assert.Equal("Merge C1 上海华联 into C2 华联超市 (kept: it has transactions).", finding.SuggestedFix);
    }

    [Fact]
    public void Run_SameNormalisedName_IsAProbableDuplicate_ButABranchIsNot()
    {
        var archive = Archive(
            Customer("C3", "上海华联商贸有限公司") with { DevelopedOn = new LocalDate(2019, 1, 1) },
            Customer("C1", "上海 华联商贸公司") with { DevelopedOn = new LocalDate(2021, 1, 1) },
            Customer("C2", "上海华联商贸分公司"),
            Filler,
            Filler2);

        var finding = Assert.Single(Audit(archive.Snapshot));

        Assert.Equal(AuditFindingKind.ProbableDuplicateName, finding.Kind);
        Assert.Equal(new[] { "C3", "C1" }, finding.Customers);
        Assert.Equal("Merge C1 上海 华联商贸公司 into C3 上海华联商贸有限公司 (kept: the oldest active customer).", finding.SuggestedFix);
    }

    [Fact]
    public void Run_SameNameButDifferent18CharacterTaxIds_IsNeverAMerge()
    {
        var archive = Archive(
            Customer("C1", "华联商贸有限公司") with { TaxId = TaxId.Parse("91350100M000100Y43"), DevelopedOn = new LocalDate(2019, 1, 1) },
            Customer("C2", "华联商贸公司") with { TaxId = TaxId.Parse("914403001922038216"), DevelopedOn = new LocalDate(2020, 1, 1) },
            Customer("C3", "华联商贸") with { DevelopedOn = new LocalDate(2021, 1, 1) },
            Filler,
            Filler2);

        var finding = Assert.Single(Audit(archive.Snapshot));

        Assert.Equal((AuditFindingKind.SameNameDistinctTaxIds, AuditSeverity.Information), (finding.Kind, finding.Severity));
        Assert.Equal(["C1", "C2", "C3"], finding.Customers);
        Assert.Equal("3 customers share the normalised name '华联商贸': C1 华联商贸有限公司, C2 华联商贸公司, C3 华联商贸, with 2 different tax ids: different legal entities.", finding.Message);
        Assert.DoesNotContain("Merge", finding.SuggestedFix, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DeactivatedCustomers_WithLimitOrBalance_AreFound()
    {
        var archive = Archive(
            Customer("C1", "甲公司") with { CreditLimit = 50_000m, DevelopedOn = new LocalDate(2019, 1, 1), DeactivatedOn = new LocalDate(2025, 1, 1) },
            Customer("C2", "乙公司") with { DevelopedOn = new LocalDate(2019, 1, 1), DeactivatedOn = new LocalDate(2025, 1, 1) },
            Customer("C3", "丙公司") with { CreditLimit = 50_000m },
            Filler,
            Filler2);
        var balances = new Dictionary<string, decimal> { ["C2"] = 1_200m, ["C3"] = 5_000m };

        var findings = Audit(archive.Snapshot, balances);

        Assert.Equal(
            new[] { (AuditFindingKind.DeactivatedWithCreditLimit, "C1"), (AuditFindingKind.DeactivatedWithOpenBalance, "C2") },
            findings.Select(f => (f.Kind, f.Customers[0])));
        Assert.Single(Audit(archive.Snapshot));
    }

    [Fact]
    public void Run_LegacyTaxIdsAndMismatchedMnemonics_AreReported()
    {
        var archive = Archive(
            Customer("C1", "上海华联") with { TaxId = TaxId.Parse("310101123456789") },
            Customer("C2", "北京王府井") with { MnemonicCode = "WFJ" },
            Customer("C3", "北京东单") with { MnemonicCode = "BJDD" },
            Filler,
            Filler2);

        var findings = Audit(archive.Snapshot);

        Assert.Equal(new[] { AuditFindingKind.LegacyTaxId, AuditFindingKind.MnemonicMismatch }, findings.Select(f => f.Kind));
        Assert.Contains("BJWFJ", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyLeafCategories_AreReportedPerDimension()
    {
        var findings = Audit(Archive(Customer("C1", "上海华联")).Snapshot);

        Assert.Equal(
            new[] { "category:01002", "category:02001", "行业:02" },
            findings.Select(f => f.Dimension + ":" + f.CategoryCode));
        Assert.All(findings, f => Assert.Equal((AuditFindingKind.EmptyLeafCategory, AuditSeverity.Information), (f.Kind, f.Severity)));
    }

    [Fact]
    public void Run_KeepsAnActiveCustomer_OverADeactivatedOne_AndOrdersFindingsByTheirFirstCustomer()
    {
        var archive = Archive(
            Customer("B1", "苏州新星贸易有限公司") with { DevelopedOn = new LocalDate(2010, 1, 1), DeactivatedOn = new LocalDate(2020, 1, 1) },
            Customer("B2", "苏州新星贸易公司") with { DevelopedOn = new LocalDate(2021, 1, 1) },
            Customer("A2", "上海华联商贸公司") with { DevelopedOn = new LocalDate(2019, 1, 1) },
            Customer("A3", "上海华联商贸有限公司") with { DevelopedOn = new LocalDate(2020, 1, 1) },
            Filler,
            Filler2);

        var findings = Audit(archive.Snapshot).Where(f => f.Kind == AuditFindingKind.ProbableDuplicateName).ToArray();

        Assert.Equal(["A2", "B2"], findings.Select(f => f.Customers[0]).ToArray());
        Assert.Equal(["B2", "B1"], findings[1].Customers.ToArray());
    }

    [Fact]
    public void Run_KeepsTheEarlierDevelopedCustomer_ThenTheLowerCode()
    {
        // B1 and C1 share a name (same day: the lower code is kept), met before A1 and D1 do (A1 developed first is kept);
        // findings come in the order of their kept customers, not in the order their groups were met.
        var archive = Archive(
            Customer("A1", "杭州联华商贸有限公司") with { DevelopedOn = new LocalDate(2010, 1, 1) },
            Customer("D1", "杭州联华商贸公司") with { DevelopedOn = new LocalDate(2024, 1, 1) },
            Customer("C1", "宁波一百贸易公司") with { DevelopedOn = new LocalDate(2015, 1, 1) },
            Customer("B1", "宁波一百贸易有限公司") with { DevelopedOn = new LocalDate(2015, 1, 1) },
            Filler,
            Filler2);

        var findings = Audit(archive.Snapshot).Where(f => f.Kind == AuditFindingKind.ProbableDuplicateName).ToArray();

        Assert.Equal([["A1", "D1"], ["B1", "C1"]], findings.Select(f => f.Customers.ToArray()).ToArray());
    }

    [Fact]
    public void Run_NamesWithoutLettersOrHanzi_AreNeitherDuplicatesNorMismatchedMnemonics()
    {
        // Names of signs only normalise to nothing and give no mnemonic code: nothing to compare them by.
        var archive = Archive(Customer("S1", "（—）") with { MnemonicCode = "AB" }, Customer("S2", "（·）"), Filler, Filler2);

        var findings = Audit(archive.Snapshot);

        Assert.Equal((string.Empty, string.Empty), (ArchiveAudit.NormalizedName("（—）"), MnemonicCode.FromName("（—）")));
        Assert.DoesNotContain(findings, f => f.Kind is AuditFindingKind.ProbableDuplicateName or AuditFindingKind.MnemonicMismatch);
    }

    [Fact]
    public void Limits_TakeOneOrMore()
    {
        Assert.Equal((1, 2), (new AuditLimits { MaxChildren = 1 }.MaxChildren, new AuditLimits { MaxChildren = 2 }.MaxChildren));
        Assert.Equal((1, 3, (int?)null), (new AuditLimits { MaxDepth = 1 }.MaxDepth, new AuditLimits { MaxDepth = 3 }.MaxDepth, new AuditLimits { MaxDepth = null }.MaxDepth));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AuditLimits { MaxChildren = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AuditLimits { MaxDepth = 0 });
    }

    [Fact]
    public void Run_NamesTheFirstTenUnknownBalanceCodes_InOrder()
    {
        var balances = Enumerable.Range(1, 12).ToDictionary(i => $"X{i:00}", _ => 1m);

        var message = Assert.Throws<ArgumentException>(() => Audit(Archive(Filler).Snapshot, balances)).Message;

        Assert.Contains(string.Join(", ", Enumerable.Range(1, 10).Select(i => $"X{i:00}")), message, StringComparison.Ordinal);
        Assert.DoesNotContain("X11", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_AreEqual_OnlyWhenEveryValueIs()
    {
        static AuditFinding Finding(AuditFindingKind kind = AuditFindingKind.EmptyLeafCategory, AuditSeverity severity = AuditSeverity.Information, string customer = "C1", string message = "m", string fix = "f") =>
            new(kind, severity, [customer], message, fix) { Dimension = "category", CategoryCode = "01" };

        var finding = Finding();

        Assert.Equal(finding, Finding());
        Assert.Equal(finding.GetHashCode(), Finding().GetHashCode());
        Assert.NotEqual(finding, Finding(kind: AuditFindingKind.ProbableDuplicateName));
        Assert.NotEqual(finding, Finding(severity: AuditSeverity.Warning));
        Assert.NotEqual(finding, Finding(customer: "C2"));
        Assert.NotEqual(finding, Finding(message: "n"));
        Assert.NotEqual(finding, Finding(fix: "g"));
        Assert.NotEqual(finding, finding with { Dimension = "region" });
        Assert.NotEqual(finding, finding with { CategoryCode = "02" });
        Assert.False(finding.Equals(null));
        Assert.Equal("Information EmptyLeafCategory: m f", finding.ToString());
    }

    [Fact]
    public void Run_RejectsBadInput()
    {
        var archive = Archive(Filler);

        Assert.Throws<ArgumentNullException>(() => Audit(null!));
        Assert.Contains("X9", Assert.Throws<ArgumentException>(() => Audit(archive.Snapshot, new Dictionary<string, decimal> { ["X9"] = 1m })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ArchiveAudit.NormalizedName(null!));
    }

    [Fact]
    public void CategoryFindings_DisabledUnclassifiedRequiredNamesAndShape()
    {
        var archive = Archive(
            Customer("C1", "上海华联") with { DevelopedOn = new LocalDate(2020, 1, 1) },
            Customer("C2", "上海一百") with { RegionCode = null, Phone = "021-1" },
            Filler,
            Filler2);
        archive.SetProfileValue(DimensionNames.Category, "01", "requiredFields", new[] { "phone", "salesperson", "客户类型", "nosuchfield" }, SampleArchive.Actor);
        archive.SetProfileValue(DimensionNames.Category, "01001", "salesperson", "张三", SampleArchive.Actor);
        archive.DisableCategory(DimensionNames.Category, "02001", SampleArchive.Actor);
        archive.AddCategory(DimensionNames.Category, "03", "华北", SampleArchive.Actor);
        archive.RenameCategory(DimensionNames.Category, "03", "华东", SampleArchive.Actor);

        var findings = ArchiveAudit.RunWith(archive.Snapshot, new AuditLimits { MaxDepth = 1, MaxChildren = 1 });

        string[] Of(AuditFindingKind kind) => [.. findings.Where(f => f.Kind == kind).Select(f => f.Customers.Count > 0 ? f.Customers[0] + ":" + f.Message : f.CategoryCode!)];
        Assert.Equal(["F2"], Of(AuditFindingKind.CustomerInDisabledCategory).Select(f => f[..2]));
        Assert.Equal(["C2"], Of(AuditFindingKind.Unclassified).Select(f => f[..2]));
        Assert.Equal(DimensionNames.Region, findings.Single(f => f.Kind == AuditFindingKind.Unclassified).Dimension);
        Assert.All(findings.Where(f => f.Kind == AuditFindingKind.MissingRequiredValue), f => Assert.Equal((DimensionNames.Category, "01"), (f.Dimension, f.CategoryCode)));
        Assert.Equal(6, Of(AuditFindingKind.MissingRequiredValue).Length);
        Assert.Contains(Of(AuditFindingKind.MissingRequiredValue), f => f.StartsWith("F1", StringComparison.Ordinal) && f.Contains("salesperson", StringComparison.Ordinal));
        Assert.Equal(["01"], Of(AuditFindingKind.DuplicateCategoryName));
        Assert.Equal(["01001", "01002", "02001", "3101"], Of(AuditFindingKind.CategoryTooDeep));
        Assert.Equal(["01"], Of(AuditFindingKind.CategoryTooBroad));
        Assert.Contains("01002", Of(AuditFindingKind.SingleCustomerLeaf));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AuditLimits { MaxChildren = 0 });
    }
}
