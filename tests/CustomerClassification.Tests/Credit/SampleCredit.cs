using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Credit;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Credit;

/// <summary>A small account set for credit: 01 经销商 (01001 一级, 01002 二级), 02 零售 (02001 大客户), 03 其他 (03001).</summary>
internal static class SampleCredit
{
    public static readonly LocalDate Today = new(2026, 6, 30);

    public static CustomerArchive Archive()
    {
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2-3")), new FakeClock(Instant.FromUtc(2026, 6, 30, 0, 0)));
        var batch = new ChangeBatch()
            .AddCategory(DimensionNames.Category, "01", "经销商")
            .AddCategory(DimensionNames.Category, "01001", "一级经销商")
            .AddCategory(DimensionNames.Category, "01002", "二级经销商")
            .AddCategory(DimensionNames.Category, "02", "零售")
            .AddCategory(DimensionNames.Category, "02001", "大客户")
            .AddCategory(DimensionNames.Category, "03", "其他")
            .AddCategory(DimensionNames.Category, "03001", "散户")
            .Add(new Customer("D1", "上海华联") { CategoryCode = "01001", CreditGrade = "AA", DevelopedOn = new LocalDate(2018, 3, 1) })
            .Add(new Customer("D2", "苏州新星") { CategoryCode = "01002", CreditGrade = "B", DevelopedOn = new LocalDate(2026, 3, 1) })
            .Add(new Customer("R1", "北京大卖场") { CategoryCode = "02001", CreditGrade = "A", CreditLimit = 30_000m, DevelopedOn = new LocalDate(2020, 1, 1) })
            .Add(new Customer("X1", "零星客户") { CategoryCode = "03001" });
        Assert.True(archive.Apply(batch, "test").Succeeded);
        return archive;
    }

    public static CreditPolicySet Policies() =>
        new CreditPolicySet(defaults: new CreditPolicy { AllowedOverdueDays = 90 })
            .With("01", new CreditPolicy { CreditLimit = 100_000m, WarningThreshold = 0.9m, MinimumGrade = "A", AutoApprovedGrades = ["AAA", "AA"] })
            .With("01002", new CreditPolicy { CreditLimit = 50_000m, WatchListMonths = 6, PaymentTerms = PaymentTerms.Parse("2/10,n/30") })
            .With("02", new CreditPolicy { CreditLimit = 20_000m, BlockOverLimit = false });

    public static OpenItem Item(string customer, decimal amount, int daysOverdue, string number = "INV") =>
        new(customer, number, amount, Today.PlusDays(-daysOverdue - 30), Today.PlusDays(-daysOverdue));
}
