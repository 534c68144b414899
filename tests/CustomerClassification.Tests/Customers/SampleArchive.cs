using CustomerClassification.Archives;
using CustomerClassification.Coding;
using CustomerClassification.Customers;
using NodaTime;
using NodaTime.Testing;

namespace CustomerClassification.Tests.Customers;

/// <summary>A small archive: 客户分类 2-3, 地区分类 2-2, a 行业 dimension and two custom fields.</summary>
internal static class SampleArchive
{
    public const string Actor = "张会计";

    public static readonly Instant Start = Instant.FromUtc(2026, 1, 5, 9, 0);

    public static ArchiveSettings Settings(bool classified = true, bool requireType = false) => new(
        CodingScheme.Parse("2-3"),
        customersClassified: classified,
        regionScheme: CodingScheme.Parse("2-2"),
        dimensions: [new DimensionDefinition("行业", CodingScheme.Parse("2"))],
        customFields: [new CustomFieldDefinition("客户类型", CustomFieldType.Text, requireType), new CustomFieldDefinition("年采购额", CustomFieldType.Number)]);

    // 01 华东 (01001 上海, 01002 江苏), 02 华北 (02001 北京); regions 31 上海市 (3101 浦东); 行业 01 制造业, 02 零售业.
    public static CustomerArchive Create(bool classified = true, FakeClock? clock = null, bool requireType = false)
    {
        var archive = new CustomerArchive(Settings(classified, requireType), clock ?? new FakeClock(Start, Duration.FromSeconds(1)));
        var batch = new ChangeBatch()
            .AddCategory(DimensionNames.Category, "01", "华东")
            .AddCategory(DimensionNames.Category, "01001", "上海")
            .AddCategory(DimensionNames.Category, "01002", "江苏")
            .AddCategory(DimensionNames.Category, "02", "华北")
            .AddCategory(DimensionNames.Category, "02001", "北京")
            .AddCategory(DimensionNames.Region, "31", "上海市")
            .AddCategory(DimensionNames.Region, "3101", "浦东")
            .AddCategory("行业", "01", "制造业")
            .AddCategory("行业", "02", "零售业");
        Assert.True(archive.Apply(batch, "系统").Succeeded);
        return archive;
    }

    public static Customer Customer(string code, string name, string category = "01001") =>
        new(code, name) { CategoryCode = category };
}
