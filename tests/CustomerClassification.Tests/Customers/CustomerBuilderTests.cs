using CustomerClassification.Customers;
using NodaTime;

namespace CustomerClassification.Tests.Customers;

// A builder checks each value when it is set, as the customer's property does, and builds the immutable customer once.
public class CustomerBuilderTests
{
    [Fact]
    public void Build_WithTypedValues_EqualsTheCustomerOfAnObjectInitializer()
    {
        var builder = Customer.CreateBuilder("C001", " 上海华联超市 ");
        builder.ShortName = "华联";
        builder.CategoryCode = "0101";
        builder.CreditLimit = 80000m;
        builder.DevelopedOn = new LocalDate(2020, 5, 1);
        builder.Contact = "张三";
        builder.Tags = ["重点", "华东", "重点"];
        builder.SetCodeIn("industry", "01");
        builder.SetCustomField("客户类型", "经销商");

        var expected = new Customer("C001", "上海华联超市")
        {
            ShortName = "华联",
            CategoryCode = "0101",
            CreditLimit = 80000m,
            DevelopedOn = new LocalDate(2020, 5, 1),
            Contact = "张三",
            Tags = ["华东", "重点"],
            Dimensions = new Dictionary<string, string> { ["industry"] = "01" },
            CustomFields = new Dictionary<string, CustomFieldValue> { ["客户类型"] = "经销商" },
        };

        Assert.Equal(expected, builder.Build());
        Assert.Equal("SHHLCS", builder.Build().MnemonicCode);
    }

    [Fact]
    public void Set_ByCatalogueField_TakesTheFieldsType()
    {
        var built = Customer.CreateBuilder("C001", "上海华联")
            .Set(CustomerFields.Get("信用额度"), 5000m)
            .SetText(CustomerFields.Get("paymentTerms"), "2/10,n/30")
            .SetText(CustomerFields.Get("发展日期"), "2021/3/9")
            .Build();

        Assert.Equal(5000m, built.CreditLimit);
        Assert.Equal("2/10,n/30", built.PaymentTerms?.ToString());
        Assert.Equal(new LocalDate(2021, 3, 9), built.DevelopedOn);
    }

    [Fact]
    public void Set_ABadValue_ThrowsNamingTheProperty_AndKeepsTheValueBefore()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");
        builder.CreditLimit = 10m;

        var range = Assert.Throws<ArgumentOutOfRangeException>(() => builder.CreditLimit = -1m);
        var type = Assert.Throws<ArgumentException>(() => builder.Set(CustomerFields.Get("creditLimit"), "10"));
        var email = Assert.Throws<ArgumentException>(() => builder.Email = "not an address");
        var name = Assert.Throws<ArgumentException>(() => builder.Name = "  ");

        Assert.Equal(("CreditLimit", "Email", "Name"), (range.ParamName, email.ParamName, name.ParamName));
        Assert.Contains("Decimal", type.Message, StringComparison.Ordinal);
        Assert.Equal(10m, builder.CreditLimit);
        Assert.Equal("上海华联", builder.Name);
        Assert.Throws<FormatException>(() => builder.SetText(CustomerFields.Get("creditLimit"), "lots"));
        Assert.Equal(10m, builder.Build().CreditLimit);
    }

    [Fact]
    public void Set_TheCodeOrAFieldOnlyTheArchiveSets_IsRefused()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");

        Assert.Throws<InvalidOperationException>(() => builder.Set(CustomerFields.Code, "C002"));
        Assert.Throws<InvalidOperationException>(() => builder.Set(CustomerFields.Get("hasTransactions"), true));
        Assert.Throws<ArgumentNullException>(() => builder.Set(null!, 1m));
        Assert.Throws<ArgumentException>(() => Customer.CreateBuilder("C 1", "上海华联"));
        Assert.Throws<ArgumentNullException>(() => Customer.CreateBuilder("C1", null!));
        Assert.False(builder.Build().HasTransactions);
    }

    [Fact]
    public void SetText_Empty_ClearsTheValue()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联").SetText(CustomerFields.Get("phone"), "021-1");

        builder.SetText(CustomerFields.Get("phone"), "  ");

        Assert.Null(builder.Build().Phone);
    }

    [Fact]
    public void ToBuilder_BuildsAnEqualCustomer_ThatChangesOnlyWhereSet()
    {
        var customer = new Customer("C001", "上海华联") { MnemonicCode = "HL", Phone = "021-1", CreditGrade = "A" };

        var same = customer.ToBuilder().Build();
        var renamed = customer.ToBuilder();
        renamed.Name = "北京华联";

        Assert.Equal(customer, same);
        Assert.NotSame(customer, same);
        Assert.Equal(("北京华联", "HL", "021-1"), (renamed.Build().Name, renamed.Build().MnemonicCode, renamed.Build().Phone));
        Assert.Equal("上海华联", customer.Name);
    }

    [Fact]
    public void Build_AGeneratedMnemonicCode_FollowsTheName_AGivenOneStays()
    {
        var generated = Customer.CreateBuilder("C001", "上海华联").Build().ToBuilder();
        generated.Name = "北京华联";
        var given = Customer.CreateBuilder("C002", "上海华联");
        given.MnemonicCode = "XYZ";
        given.Name = "北京华联";

        Assert.Equal("BJHL", generated.Build().MnemonicCode);
        Assert.Equal("XYZ", given.Build().MnemonicCode);
        Assert.Throws<ArgumentException>(() => given.MnemonicCode = "xyz");
    }

    [Fact]
    public void Build_Twice_GivesEqualCustomers_ThatLaterChangesLeaveAlone()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");
        builder.ShipToAddresses = ["上海市南京路1号"];
        var first = builder.Build();

        builder.ShipToAddresses = ["北京市长安街1号"];
        builder.SetCodeIn("region", "0201");

        Assert.Equal(["上海市南京路1号"], first.ShipToAddresses);
        Assert.Null(first.RegionCode);
        Assert.Equal(("0201", "北京市长安街1号"), (builder.Build().RegionCode, builder.Build().ShipToAddresses[0]));
    }

    [Fact]
    public void HasTransactions_RestoredFromStorage_IsKeptOnTheCustomer()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");
        builder.HasTransactions = true;

        Assert.True(builder.Build().HasTransactions);
    }
}
