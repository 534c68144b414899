using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Archives;

[EnglishMessages]
public class CategoryHistoryTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // C1 joins 01 (潜在客户) on 2026-01-10, moves to 02 at 2026-03-14 20:00 UTC (03-15 04:00 in Shanghai), then to 03 on 05-01.
    internal static ArchiveSnapshot Moved()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 10, 2, 0));
        var archive = new CustomerArchive(new ArchiveSettings(CodingScheme.Parse("2")), clock);
        Assert.True(archive.Apply(
            new ChangeBatch()
                .AddCategory(DimensionNames.Category, "01", "潜在客户")
                .AddCategory(DimensionNames.Category, "02", "经销商")
                .AddCategory(DimensionNames.Category, "03", "零售")
                .Add(new Customer("C1", "甲") { CategoryCode = "01" })
                .Add(new Customer("C2", "乙") { CategoryCode = "01" })
                .Add(new Customer("C3", "丙") { CategoryCode = "02" }),
            "t").Succeeded);
        clock.Reset(Instant.FromUtc(2026, 3, 14, 20, 0));
        archive.Update("C1", c => c with { CategoryCode = "02" }, "t");
        clock.Reset(Instant.FromUtc(2026, 5, 1, 4, 0));
        archive.Update("C1", c => c with { CategoryCode = "03" }, "t");
        clock.Reset(Instant.FromUtc(2026, 6, 1, 4, 0));
        archive.Add(new Customer("C4", "丁") { CategoryCode = "01" }, "t");
        return archive.Snapshot;
    }

    [Theory]
    [InlineData("2025-06-01", "01")]
    [InlineData("2026-03-14", "01")]
    [InlineData("2026-03-15", "02")]
    [InlineData("2026-04-30", "02")]
    [InlineData("2026-05-01", "03")]
    [InlineData("2027-01-01", "03")]
    public void CategoryOn_AnswersFromTheLog_InTheZonesCalendar(string day, string expected)
    {
        var history = CategoryHistory.Of(Moved(), "客户分类", Shanghai);

        Assert.Equal(expected, history.CategoryOn("C1", NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value));
        Assert.Equal("01", history.CategoryOn("C2", NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value));
        Assert.Equal(1, history.ReclassifiedCustomers);
        Assert.Equal(DimensionNames.Category, history.Dimension);
    }

    [Fact]
    public void CategoryOn_InUtc_CountsTheChangeFromTheDayBefore()
    {
        var snapshot = Moved();

        Assert.Equal("02", snapshot.CategoryOn("C1", DimensionNames.Category, new LocalDate(2026, 3, 14), DateTimeZone.Utc));
        Assert.Equal("01", snapshot.CategoryOn("C1", DimensionNames.Category, new LocalDate(2026, 3, 14), Shanghai));
    }

    [Fact]
    public void CategoryOn_UnknownCustomerOrDimension()
    {
        var snapshot = Moved();

        Assert.Null(snapshot.CategoryOn("NOBODY", DimensionNames.Category, new LocalDate(2026, 1, 1), Shanghai));
        Assert.Equal(ClassificationErrorCode.DimensionNotFound, Assert.Throws<ClassificationException>(() => CategoryHistory.Of(snapshot, "行业", Shanghai)).ErrorCode);
        Assert.Throws<ArgumentNullException>(() => CategoryHistory.Of(snapshot, DimensionNames.Category, null!));
        Assert.Throws<ArgumentNullException>(() => CategoryHistory.Of(snapshot, DimensionNames.Category, Shanghai).CategoryOn((string)null!, new LocalDate(2026, 1, 1)));
    }
}
