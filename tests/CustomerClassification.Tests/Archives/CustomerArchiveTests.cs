using CustomerClassification.Archives;
using CustomerClassification.Customers;
using CustomerClassification.Tests.Customers;
using NodaTime;
using static CustomerClassification.Tests.Customers.SampleArchive;

namespace CustomerClassification.Tests.Archives;

public class CustomerArchiveTests
{
    private static ClassificationException Refused(CustomerArchive archive, Action change)
    {
        var before = archive.Snapshot;
        var e = Assert.Throws<ClassificationException>(change);
        Assert.Same(before, archive.Snapshot);
        return e;
    }

    [Fact]
    public void Check_ReportsWhatApplyWould_AndChangesNothing()
    {
        var archive = Create();
        var before = archive.Snapshot;
        var bad = new ChangeBatch().Add(Customer("C001", "上海华联")).Add(Customer("C002", "北京王府井", "01")).Remove("C404");
        var good = new ChangeBatch().Add(Customer("C001", "上海华联"));

        var violations = archive.Check(bad);

        Assert.Equal([(2, ClassificationErrorCode.CategoryNotLeaf), (3, ClassificationErrorCode.CustomerNotFound)], violations.Select(v => (v.Position!.Value, v.Error)));
        Assert.Empty(archive.Check(good));
        Assert.Same(before, archive.Snapshot);
        Assert.Equal(before.ChangeLog.Count, archive.ChangeLog.Count);
        Assert.Throws<ArgumentNullException>(() => archive.Check(null!));
    }

    [Fact]
    public void Add_StoresTheCustomerWithAGeneratedMnemonicAndRecordsIt()
    {
        var archive = Create();

        var added = archive.Add(Customer("C001", "上海华联") with { RegionCode = "3101", Dimensions = new Dictionary<string, string> { ["行业"] = "02" } }, Actor);

        Assert.Equal("SHHL", added.MnemonicCode);
        Assert.Equal(added, archive.Find("C001"));
        Assert.Single(archive);
        var entry = archive.ChangeLog[^1];
        Assert.Equal((ChangeOperation.CustomerAdded, "C001", "上海华联", Actor), (entry.Operation, entry.CustomerCode, entry.After, entry.Actor));
        Assert.Equal(archive.ChangeLog.Count, entry.Sequence);
        Assert.Equal("02", archive.Find("C001")!.CodeIn("行业"));
    }

    [Fact]
    public void Add_KeepsAMnemonicTheUserGave() =>
        Assert.Equal("HL", Create().Add(Customer("C001", "上海华联") with { MnemonicCode = "HL" }, Actor).MnemonicCode);

    [Theory]
    [InlineData("02", ClassificationErrorCode.CategoryNotLeaf)]
    [InlineData("03001", ClassificationErrorCode.CategoryNotFound)]
    public void Add_OnANonLeafOrUnknownCategory_IsRefused(string category, ClassificationErrorCode error)
    {
        var archive = Create();

        var e = Refused(archive, () => archive.Add(Customer("C001", "甲", category), Actor));

        Assert.Equal(error, e.ErrorCode);
        Assert.Equal(category, e.RelatedCode);
    }

    [Fact]
    public void Add_EveryProblemOfTheCustomer_IsReported()
    {
        var archive = Create(requireType: true);
        var customer = new Customer("C001", "甲")
        {
            RegionCode = "31",
            Dimensions = new Dictionary<string, string> { ["规模"] = "01" },
            CustomFields = new Dictionary<string, CustomFieldValue> { ["年采购额"] = "很多", ["备注"] = "x" },
            DevelopedOn = new LocalDate(2026, 5, 1),
            DeactivatedOn = new LocalDate(2026, 4, 1),
        };

        var e = Refused(archive, () => archive.Add(customer, Actor));

        Assert.Equal(
            new[]
            {
                ClassificationErrorCode.DimensionNotFound, ClassificationErrorCode.CategoryRequired, ClassificationErrorCode.CategoryNotLeaf,
                ClassificationErrorCode.CustomFieldUnknown, ClassificationErrorCode.CustomFieldTypeMismatch, ClassificationErrorCode.CustomFieldRequired,
                ClassificationErrorCode.DeactivatedBeforeDeveloped,
            },
            e.Violations.Select(v => v.Error));
        Assert.All(e.Violations, v => Assert.Equal(1, v.Position));
    }

    [Fact]
    public void Add_DuplicateCode_IsRefused()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);

        Assert.Equal(ClassificationErrorCode.DuplicateCustomerCode, Refused(archive, () => archive.Add(Customer("C001", "乙"), Actor)).ErrorCode);
    }

    [Fact]
    public void Add_WhenCustomersAreNotClassified_NeedsNoCategory()
    {
        var archive = Create(classified: false);

        Assert.Null(archive.Add(new Customer("C001", "甲"), Actor).CategoryCode);
    }

    [Fact]
    public void Add_RegionWhenRegionsAreNotUsed_IsRefused()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2"), customersClassified: false), new NodaTime.Testing.FakeClock(Start));

        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Refused(archive, () => archive.Add(new Customer("C1", "甲") { RegionCode = "31" }, Actor)).ErrorCode);
        Assert.Throws<ClassificationException>(() => archive.CategoriesOf(DimensionNames.Region));
    }

    [Fact]
    public void BadArguments_ThrowArgumentExceptionsAndChangeNothing()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        var before = archive.Snapshot;

        Assert.Throws<ArgumentNullException>(() => archive.Add(null!, Actor));
        Assert.Throws<ArgumentNullException>(() => archive.Add(Customer("C002", "乙"), null!));
        Assert.Throws<ArgumentException>(() => archive.Add(Customer("C002", "乙"), "  "));
        Assert.Throws<ArgumentNullException>(() => archive.Update(null!, c => c, Actor));
        Assert.Throws<ArgumentException>(() => archive.Update(string.Empty, c => c, Actor));
        Assert.Throws<ArgumentNullException>(() => archive.Update("C001", null!, Actor));
        Assert.Throws<ArgumentException>(() => archive.Update("C001", _ => null!, Actor));
        Assert.Throws<ArgumentException>(() => archive.Update("C001", c => c with { Name = " " }, Actor));
        Assert.Throws<ArgumentNullException>(() => archive.Merge("C001", "C002", null!, Actor));
        Assert.Throws<ArgumentException>(() => archive.Merge("C001", "C002", " ", Actor));
        Assert.Throws<ArgumentNullException>(() => archive.AddCategory(null!, "03", "x", Actor));
        Assert.Empty(archive.FindByTaxId(default));
        Assert.Throws<ArgumentNullException>(() => archive.Find(null!));
        Assert.Throws<ArgumentException>(() => archive.SearchMnemonic(string.Empty));
        Assert.Throws<ArgumentException>(() => archive.SearchMnemonic("上"));
        Assert.Throws<ArgumentNullException>(() => archive.ScopedTo(null!));
        Assert.Throws<ArgumentNullException>(() => new CustomerArchive(null!, new NodaTime.Testing.FakeClock(Start)));
        Assert.Throws<ArgumentNullException>(() => new CustomerArchive(Settings(), null!));
        Assert.Same(before, archive.Snapshot);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C 1")]
    [InlineData("客户1")]
    [InlineData("C12345678901234567890")]
    public void Customer_InvalidCode_IsRefused(string code) => Assert.Throws<ArgumentException>(() => new Customer(code, "甲"));

    [Fact]
    public void Customer_InvalidValues_AreRefusedWhenSet()
    {
        var customer = new Customer("C1", " 甲 ");

        Assert.Equal("甲", customer.Name);
        Assert.Throws<ArgumentNullException>(() => new Customer("C1", null!));
        Assert.Throws<ArgumentException>(() => customer with { Name = new string('名', 101) });
        Assert.Throws<ArgumentOutOfRangeException>(() => customer with { CreditLimit = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => customer with { DiscountRate = 1.1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => customer with { DefaultTaxRate = -0.01m });
        Assert.Throws<ArgumentException>(() => customer with { Email = "not-an-address" });
        Assert.Throws<ArgumentException>(() => customer with { MnemonicCode = "shhl" });
        Assert.Throws<ArgumentException>(() => customer with { CategoryCode = " " });
        Assert.Throws<ArgumentNullException>(() => customer with { Tags = null! });
        Assert.Equal(new[] { "VIP", "经销商" }, (customer with { Tags = [" 经销商", "VIP", "VIP", ""] }).Tags);
        Assert.Null((customer with { ShortName = "  " }).ShortName);
        Assert.Equal(customer with { Tags = ["a", "b"] }, customer with { Tags = ["b", "a"] });
    }

    [Fact]
    public void Update_RecordsEveryChangedField()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲公司") with { CreditLimit = 1000m }, Actor);
        var before = archive.ChangeLog.Count;

        archive.Update("C001", c => c with { CreditLimit = 5000m, Phone = "021-1234", CustomFields = new Dictionary<string, CustomFieldValue> { ["年采购额"] = 12m } }, "李经理");

        var entries = archive.ChangeLog.Skip(before).ToArray();
        Assert.Equal(
            new (string, string?, string?)[] { ("creditLimit", "1000", "5000"), ("phone", null, "021-1234"), ("custom:年采购额", null, "12") },
            entries.Select(e => (e.Field!, e.Before, e.After)));
        Assert.All(entries, e => Assert.Equal(("李经理", ChangeOperation.CustomerChanged), (e.Actor, e.Operation)));
    }

    [Fact]
    public void Update_NewName_RegeneratesAGeneratedMnemonic_ButKeepsAChosenOne()
    {
        var archive = Create();
        archive.Add(Customer("C001", "上海华联"), Actor);
        archive.Add(Customer("C002", "上海华联") with { MnemonicCode = "HUALIAN" }, Actor);

        Assert.Equal("BJHL", archive.Update("C001", c => c with { Name = "北京华联" }, Actor).MnemonicCode);
        Assert.Equal("HUALIAN", archive.Update("C002", c => c with { Name = "北京华联" }, Actor).MnemonicCode);
    }

    [Fact]
    public void Update_ChangingTheCode_IsRefused()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);

        Assert.Equal(ClassificationErrorCode.CustomerCodeChanged, Refused(archive, () => archive.Update("C001", c => Customer("C002", c.Name), Actor)).ErrorCode);
    }

    [Fact]
    public void Reclassifying_ACustomerWithTransactions_IsLocked_UntilOverridden()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.MarkTransacted("C001", "系统");

        var e = Refused(archive, () => archive.Update("C001", c => c with { CategoryCode = "01002" }, Actor));
        Assert.Equal(ClassificationErrorCode.ClassificationLocked, e.ErrorCode);

        var moved = archive.Update("C001", c => c with { CategoryCode = "01002" }, Actor, new LockOverride("客户迁往江苏"));

        Assert.Equal("01002", moved.CategoryCode);
        Assert.True(moved.HasTransactions);
        var entry = archive.ChangeLog[^1];
        Assert.Equal((ChangeOperation.CustomerReclassified, "01001", "01002", "客户迁往江苏"), (entry.Operation, entry.Before, entry.After, entry.Reason));
    }

    [Fact]
    public void Update_OfALockedCustomer_ReportsTheLockAndEveryOtherProblem()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.MarkTransacted("C001", Actor);

        var e = Refused(archive, () => archive.Update("C001", c => c with { CategoryCode = "02", CustomFields = new Dictionary<string, CustomFieldValue> { ["备注"] = "x" } }, Actor));

        Assert.Equal(
            new[] { ClassificationErrorCode.CategoryNotLeaf, ClassificationErrorCode.CustomFieldUnknown, ClassificationErrorCode.ClassificationLocked },
            e.Violations.Select(v => v.Error).Order());
    }

    [Fact]
    public void Update_OfOtherFields_IsAllowedForACustomerWithTransactions()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.MarkTransacted("C001", Actor);

        Assert.Equal("13800000000", archive.Update("C001", c => c with { Phone = "13800000000" }, Actor).Phone);
    }

    [Fact]
    public void Deactivate_And_Reactivate_FollowTheirRules()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲") with { DevelopedOn = new LocalDate(2020, 1, 1) }, Actor);

        Assert.Equal(ClassificationErrorCode.DeactivatedBeforeDeveloped, Refused(archive, () => archive.Deactivate("C001", new LocalDate(2019, 1, 1), Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CustomerNotDeactivated, Refused(archive, () => archive.Reactivate("C001", Actor)).ErrorCode);
        var deactivated = archive.Deactivate("C001", new LocalDate(2026, 6, 30), Actor);
        Assert.True(deactivated.IsDeactivatedOn(new LocalDate(2026, 6, 30)));
        Assert.False(deactivated.IsDeactivatedOn(new LocalDate(2026, 6, 29)));
        Assert.Equal(ClassificationErrorCode.CustomerAlreadyDeactivated, Refused(archive, () => archive.Deactivate("C001", new LocalDate(2026, 7, 1), Actor)).ErrorCode);
        Assert.Null(archive.Reactivate("C001", Actor).DeactivatedOn);
        Assert.Equal(ClassificationErrorCode.CustomerNotFound, Refused(archive, () => archive.Deactivate("C999", new LocalDate(2026, 7, 1), Actor)).ErrorCode);
    }

    [Fact]
    public void Remove_ACustomerWithTransactions_IsRefused()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.Add(Customer("C002", "乙"), Actor);
        archive.MarkTransacted("C001", Actor);

        Assert.Equal(ClassificationErrorCode.CustomerHasTransactions, Refused(archive, () => archive.Remove("C001", Actor)).ErrorCode);
        Assert.Equal("乙", archive.Remove("C002", Actor).Name);
        Assert.Null(archive.Find("C002"));
        Assert.Empty(archive.SearchMnemonic("Y"));
    }

    [Fact]
    public void Merge_MovesTransactionsTagsAddressesContactsAndAccounts_AndRemovesTheMergedCustomer()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲") with { Tags = ["经销商"], ShipToAddresses = ["上海仓"], Contact = "张三", BankAccounts = [new("工商银行", "1001")] }, Actor);
        archive.Add(Customer("C002", "甲分号") with { Tags = ["VIP"], ShipToAddresses = ["上海仓", "苏州仓"], Contacts = [new("李四", "010-1"), new("张三")], BankName = "工商银行", BankAccount = "1001" }, Actor);
        archive.MarkTransacted("C002", Actor);

        var result = archive.Merge("C002", "C001", "重复建档", Actor);

        Assert.Null(archive.Find("C002"));
        Assert.Equal("C002", result.Removed.Code);
        Assert.True(result.Kept.HasTransactions);
        Assert.Equal(new[] { "VIP", "经销商" }, result.Kept.Tags);
        Assert.Equal(new[] { "上海仓", "苏州仓" }, result.Kept.ShipToAddresses);
        Assert.Equal(["张三", "李四|010-1"], result.Kept.Contacts.Select(c => c.ToString()));
        Assert.Equal(["工商银行|1001"], result.Kept.BankAccounts.Select(c => c.ToString()));
        Assert.Equal(result.Kept, archive.Find("C001"));
        Assert.All(result.Entries, e => Assert.Equal("重复建档", e.Reason));
        Assert.Equal(ChangeOperation.CustomerMerged, result.Entries[0].Operation);
    }

    [Fact]
    public void Merge_IntoItselfMissingOrDeactivated_IsRefused()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.Add(Customer("C002", "乙"), Actor);
        archive.Deactivate("C002", new LocalDate(2026, 1, 1), Actor);

        Assert.Equal(ClassificationErrorCode.MergeIntoItself, Refused(archive, () => archive.Merge("C001", "C001", "x", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CustomerNotFound, Refused(archive, () => archive.Merge("C009", "C001", "x", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.MergeTargetDeactivated, Refused(archive, () => archive.Merge("C001", "C002", "x", Actor)).ErrorCode);
    }

    [Fact]
    public void Categories_WithCustomers_GetNoChildrenAndAreNotRemoved()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);

        var e = Refused(archive, () => archive.AddCategory(DimensionNames.Category, "01001001", "浦东", Actor));
        Assert.Equal(ClassificationErrorCode.CodeDoesNotFitScheme, e.ErrorCode);
        archive.AddCategory(DimensionNames.Category, "03", "华南", Actor);
        Assert.Equal(ClassificationErrorCode.CategoryInUse, Refused(archive, () => archive.RemoveCategory(DimensionNames.Category, "01001", Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.CategoryHasChildren, Refused(archive, () => archive.RemoveCategory(DimensionNames.Category, "01", Actor)).ErrorCode);
        Assert.Equal("华南区", archive.RenameCategory(DimensionNames.Category, "03", "华南区", Actor).Name);
        Assert.Equal("华南区", archive.RemoveCategory(DimensionNames.Category, "03", Actor).Name);
        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Refused(archive, () => archive.AddCategory("规模", "01", "大", Actor)).ErrorCode);
    }

    [Fact]
    public void AddCategory_UnderALeafWithCustomers_IsRefused()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲") with { Dimensions = new Dictionary<string, string> { ["行业"] = "01" } }, Actor);
        var deeper = new CustomerArchive(
            new ArchiveSettings(CustomerClassification.Coding.CodingScheme.Parse("2-2"), customersClassified: false),
            new NodaTime.Testing.FakeClock(Start));
        deeper.AddCategory(DimensionNames.Category, "01", "华东", Actor);
        deeper.Add(new Customer("C1", "甲") { CategoryCode = "01" }, Actor);

        var e = Refused(deeper, () => deeper.AddCategory(DimensionNames.Category, "0101", "上海", Actor));

        Assert.Equal((ClassificationErrorCode.CategoryInUse, "0101", "01"), (e.ErrorCode, e.Code, e.RelatedCode));
    }

    [Fact]
    public void CategoriesOf_IsATreeThatLaterChangesLeaveAlone()
    {
        var archive = Create();
        var tree = archive.CategoriesOf(DimensionNames.Category);

        var changed = tree.ToBuilder();
        changed.Add("03", "华南");
        archive.AddCategory(DimensionNames.Category, "04", "西南", "管理员");

        Assert.Equal(5, tree.Count);
        Assert.Null(tree.Find("03"));
        Assert.Equal(6, changed.Count);
        Assert.Null(archive.CategoriesOf(DimensionNames.Category).Find("03"));
        Assert.NotNull(archive.CategoriesOf(DimensionNames.Category).Find("04"));
    }

    [Fact]
    public void MoveCustomers_MovesAllOrNone()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        archive.Add(Customer("C002", "乙"), Actor);
        archive.MarkTransacted("C002", Actor);

        var e = Refused(archive, () => archive.MoveCustomers(DimensionNames.Category, "01001", "01002", Actor));
        Assert.Equal((ClassificationErrorCode.ClassificationLocked, "C002"), (e.ErrorCode, e.Code));
        Assert.Equal(ClassificationErrorCode.CategoryNotLeaf, Refused(archive, () => archive.MoveCustomers(DimensionNames.Category, "01001", "02", Actor, new LockOverride("x"))).ErrorCode);

        var moved = archive.MoveCustomers(DimensionNames.Category, "01001", "01002", Actor, new LockOverride("上海并入江苏"));

        Assert.Equal(new[] { "C001", "C002" }, moved.Select(c => c.Code));
        Assert.Empty(archive.CustomersIn(DimensionNames.Category, "01001", includeDescendants: false));
        Assert.Equal(2, archive.CustomersIn(DimensionNames.Category, "01002", includeDescendants: false).Count);
    }

    [Fact]
    public void CustomersIn_ASubtree_CollectsItsCategoriesInPreOrder()
    {
        var archive = Create();
        archive.Add(Customer("C003", "丙", "01002"), Actor);
        archive.Add(Customer("C001", "甲", "01001"), Actor);
        archive.Add(Customer("C002", "乙", "02001"), Actor);

        Assert.Equal(new[] { "C001", "C003" }, archive.CustomersIn(DimensionNames.Category, "01", includeDescendants: true).Select(c => c.Code));
        Assert.Empty(archive.CustomersIn(DimensionNames.Category, "01", includeDescendants: false));
        Assert.Equal(new[] { "C002" }, archive.CustomersIn(DimensionNames.Category, "02001", includeDescendants: false).Select(c => c.Code));
        Assert.Equal(ClassificationErrorCode.CategoryNotFound, Assert.Throws<ClassificationException>(() => archive.CustomersIn(DimensionNames.Category, "09", true)).ErrorCode);
        Assert.Equal(new[] { "C001", "C002", "C003" }, archive.Select(c => c.Code));
    }

    [Fact]
    public void SearchMnemonic_FindsByPrefixInMnemonicOrder()
    {
        var archive = Create();
        archive.Add(Customer("C1", "上海华联"), Actor);
        archive.Add(Customer("C2", "上海汇丰"), Actor);
        archive.Add(Customer("C3", "苏宁"), Actor);
        archive.Add(Customer("C4", "北京华联"), Actor);
        archive.Add(Customer("C5", "S"), Actor);

        Assert.Equal(new[] { "C5", "C2", "C1", "C3" }, archive.SearchMnemonic("s").Select(c => c.Code));
        Assert.Equal(new[] { "C2", "C1" }, archive.SearchMnemonic("SH").Select(c => c.Code));
        Assert.Equal(new[] { "C1" }, archive.SearchMnemonic("SHHL").Select(c => c.Code));
        Assert.Empty(archive.SearchMnemonic("SHHLX"));
    }

    [Fact]
    public void SearchIndexes_KeptUpToDateOrBuiltWhenFirstSearched_AgreeAfterEveryChange()
    {
        // One archive is searched after every change (its indexes are then kept up to date by each change), the other
        // only once at the end of the same changes (its indexes are built from the customers then).
        var taxId = TaxId.Parse("9144030071526726XG");
        var steps = new Action<CustomerArchive>[]
        {
            a => a.Add(Customer("C3", "上海华联") with { TaxId = taxId }, Actor),
            a => a.Add(Customer("C1", "上海汇丰") with { TaxId = taxId }, Actor),
            a => a.Update("C3", c => c with { Name = "北京华联", TaxId = null }, Actor),
            a => a.Add(Customer("C2", "苏宁") with { TaxId = taxId }, Actor),
            a => a.Remove("C1", Actor),
        };
        static string Found(CustomerArchive a, TaxId taxId) =>
            string.Join(" ", a.SearchMnemonic("S").Concat(a.SearchMnemonic("BJ")).Concat(a.FindByTaxId(taxId)).Select(c => c.Code + ":" + c.Name));

        var searched = Create();
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i](searched);
            var once = Create();
            foreach (var step in steps.Take(i + 1))
            {
                step(once);
            }

            Assert.Equal(Found(once, taxId), Found(searched, taxId));
        }

        Assert.Equal("C2:苏宁 C3:北京华联 C2:苏宁", Found(searched, taxId));
    }

    [Fact]
    public void FindByTaxId_FindsDuplicatesToo()
    {
        var archive = Create();
        var taxId = TaxId.Parse("9144030071526726XG");
        archive.Add(Customer("C1", "腾讯") with { TaxId = taxId }, Actor);
        archive.Add(Customer("C2", "腾讯科技") with { TaxId = taxId }, Actor);

        Assert.Equal(new[] { "C1", "C2" }, archive.FindByTaxId(taxId).Select(c => c.Code));
        archive.Update("C2", c => c with { TaxId = null }, Actor);
        Assert.Equal(new[] { "C1" }, archive.FindByTaxId(taxId).Select(c => c.Code));
    }

    [Fact]
    public void Apply_ABatchWithViolations_AppliesNothingAndReportsEveryOne()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲"), Actor);
        var before = archive.Snapshot;
        var batch = new ChangeBatch()
            .Add(Customer("C002", "乙"))
            .Add(Customer("C001", "重复"))
            .Update("C002", c => c with { CategoryCode = "02" })
            .Remove("C404")
            .Deactivate("C002", new LocalDate(2026, 1, 1));

        var result = archive.Apply(batch, Actor);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Entries);
        Assert.Equal(
            new (int?, ClassificationErrorCode)[] { (2, ClassificationErrorCode.DuplicateCustomerCode), (3, ClassificationErrorCode.CategoryNotLeaf), (4, ClassificationErrorCode.CustomerNotFound) },
            result.Violations.Select(v => (v.Position, v.Error)));
        Assert.Same(before, archive.Snapshot);
        Assert.Null(archive.Find("C002"));
    }

    [Fact]
    public void Apply_AValidBatch_AppliesAllAndReturnsItsEntries()
    {
        var archive = Create();
        var before = archive.ChangeLog.Count;
        var batch = new ChangeBatch()
            .AddCategory(DimensionNames.Category, "03", "华南")
            .AddCategory(DimensionNames.Category, "03001", "广州")
            .Add(Customer("C002", "乙", "03001"))
            .MarkTransacted("C002");

        var result = archive.Apply(batch, Actor);

        Assert.True(result.Succeeded);
        Assert.Equal(4, result.Entries.Count);
        Assert.Equal(Enumerable.Range(before + 1, 4).Select(i => (long)i), result.Entries.Select(e => e.Sequence));
        Assert.True(archive.Find("C002")!.HasTransactions);
        Assert.True(archive.Apply(new ChangeBatch(), Actor).Succeeded);
    }

    [Fact]
    public void ChangeLog_CanBeQueriedByCustomerCategoryAndTime()
    {
        var clock = new NodaTime.Testing.FakeClock(Start);
        var archive = Create(clock: clock);
        clock.AdvanceHours(1);
        archive.Add(Customer("C001", "甲"), Actor);
        clock.AdvanceHours(1);
        archive.Update("C001", c => c with { CategoryCode = "01002" }, Actor);
        archive.Add(Customer("C002", "乙"), Actor);

        var log = archive.ChangeLog;
        Assert.Equal(new[] { ChangeOperation.CustomerAdded, ChangeOperation.CustomerReclassified }, log.ForCustomer("C001").Select(e => e.Operation));
        Assert.Equal(new[] { ChangeOperation.CategoryAdded, ChangeOperation.CustomerReclassified }, log.ForCategory(DimensionNames.Category, "01001").Select(e => e.Operation));
        Assert.Equal(9, log.Between(Start, Start + Duration.FromHours(1)).Count);
        Assert.Equal(2, log.Between(Start + Duration.FromHours(2), Start + Duration.FromHours(3)).Count);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Throws<ArgumentException>(() => log.Between(Start, Start - Duration.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => log[log.Count]);
    }

    [Fact]
    public void ChangeLog_ReadsBackAcrossItsStorageChunks()
    {
        var archive = Create();
        var batch = new ChangeBatch();
        for (var i = 0; i < 9_000; i++)
        {
            batch.Add(Customer($"C{i:0000}", "客户"));
        }

        var before = archive.Snapshot.ChangeLog;
        Assert.True(archive.Apply(batch, Actor).Succeeded);
        archive.Update("C8999", c => c with { Phone = "1" }, Actor);

        var log = archive.ChangeLog;
        Assert.Equal(9 + 9_000 + 1, log.Count);
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal("C4096", log[9 + 4096].CustomerCode);
        Assert.Equal(2, log.ForCustomer("C8999").Count);
        Assert.Equal(9, before.Count);
        Assert.Equal(9_000, archive.CustomersIn(DimensionNames.Category, "01", includeDescendants: true).Count);
    }

    [Fact]
    public void ScopedArchive_ShowsAndChangesOnlyItsSubtrees()
    {
        var archive = Create();
        archive.Add(Customer("C001", "甲", "01001"), Actor);
        archive.Add(Customer("C002", "乙", "02001"), Actor);
        var east = archive.ScopedTo(DataScope.Of(DimensionNames.Category, "01"));

        Assert.Equal(new[] { "C001" }, east.Select(c => c.Code));
        Assert.Null(east.Find("C002"));
        Assert.Empty(east.CustomersIn(DimensionNames.Category, "02", includeDescendants: true));
        Assert.Equal(ClassificationErrorCode.OutsideDataScope, Refused(archive, () => east.Update("C002", c => c with { Phone = "1" }, Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.OutsideDataScope, Refused(archive, () => east.Update("C001", c => c with { CategoryCode = "02001" }, Actor)).ErrorCode);
        Assert.Equal(ClassificationErrorCode.OutsideDataScope, Refused(archive, () => east.Add(Customer("C003", "丙", "02001"), Actor)).ErrorCode);
        var batch = east.Apply(new ChangeBatch().AddCategory(DimensionNames.Category, "04", "西南").AddCategory(DimensionNames.Category, "01003", "浙江"), Actor);
        Assert.Equal(new[] { ClassificationErrorCode.OutsideDataScope }, batch.Violations.Select(v => v.Error));
        Assert.Equal("丁", east.Add(Customer("C004", "丁", "01002"), Actor).Name);
        Assert.Equal(3, archive.Count);
    }

    [Fact]
    public async Task Readers_NeverSeeHalfABatch()
    {
        var archive = Create();
        var stop = false;
        var torn = 0;
        var reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                var snapshot = archive.Snapshot;
                var codes = snapshot.Select(c => c.Code).ToHashSet();
                if (codes.Count % 2 != 0 || codes.Any(c => c.StartsWith('A') && !codes.Contains(string.Concat("B", c.AsSpan(1)))))
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        SpinWait.SpinUntil(() => Volatile.Read(ref reads) > 0, TimeSpan.FromSeconds(10));
        for (var i = 0; i < 300; i++)
        {
            var batch = new ChangeBatch().Add(Customer($"A{i}", "甲")).Add(Customer($"B{i}", "乙"));
            Assert.True(archive.Apply(batch, Actor).Succeeded);
        }

        Volatile.Write(ref stop, true);
        await Task.WhenAll(readers);
        Assert.Equal(0, torn);
        Assert.True(reads > 0);
        Assert.Equal(600, archive.Count);
    }
}
