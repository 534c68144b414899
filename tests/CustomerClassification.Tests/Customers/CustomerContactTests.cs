using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Customers;

// A customer keeps several contacts and bank accounts as U8 does: the first is the default, the one T3's single columns hold.
[EnglishMessages]
public class CustomerContactTests
{
    [Fact]
    public void Parse_ReadsNamePhoneAndEmail_AndToStringWritesThemBack()
    {
        var contact = CustomerContact.Parse(" 李四 | 010-88886666 | li@example.com ").Value;

        Assert.Equal(("李四", "010-88886666", "li@example.com"), (contact.Name, contact.Phone, contact.Email));
        Assert.Equal("李四|010-88886666|li@example.com", contact.ToString());
        Assert.Equal("|13800138000", new CustomerContact(null, "13800138000").ToString());
        Assert.Equal(new CustomerContact(null, "13800138000"), CustomerContact.Parse("｜13800138000").Value);
    }

    [Theory]
    [InlineData("", "needs a name, a phone or an e-mail address")]
    [InlineData(" | | ", "needs a name, a phone or an e-mail address")]
    [InlineData("a|b|c@d.e|f", "more than 3 parts")]
    [InlineData("张三||not an address", "not an e-mail address")]
    [InlineData("张三\u0007", "control character")]
    public void Parse_OfWhatIsNoContact_SaysWhy(string text, string why)
    {
        var parsed = CustomerContact.Parse(text);

        Assert.False(parsed.Success);
        Assert.Contains(why, parsed.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("张三,李四")]
    [InlineData("张三；李四")]
    [InlineData("张三|李四")]
    public void New_WithAListSeparatorInAPart_Throws(string name)
    {
        var thrown = Assert.Throws<ArgumentException>(() => new CustomerContact(name));

        Assert.Contains("separate the parts and items of a list", thrown.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CustomerContact(null, null, null));
        Assert.Throws<ArgumentException>(() => new CustomerBankAccount(" ", null));
    }

    [ScaledProperty(Arbitrary = [typeof(ListItemGenerators)], MaxTest = 500)]
    public bool Parse_AcceptsExactlyWhatTheConstructorAccepts_AndReadsBackItsText(string?[] parts)
    {
        var text = string.Join("|", parts.Select(p => p ?? string.Empty));
        var parsed = CustomerContact.Parse(text);
        CustomerContact? made;
        try
        {
            made = new CustomerContact(parts[0], parts[1], parts[2]);
        }
        catch (ArgumentException)
        {
            made = null;
        }

        var account = CustomerBankAccount.Parse(string.Join("|", parts.Take(2).Select(p => p ?? string.Empty)));
        return made is null
            ? !parsed.Success
            : parsed.Success && parsed.Value.Equals(made) && CustomerContact.Parse(made.ToString()).Value.Equals(made) && parsed.Value.GetHashCode() == made.GetHashCode()
                && account.Success == !(string.IsNullOrWhiteSpace(parts[0]) && string.IsNullOrWhiteSpace(parts[1])) && (!account.Success || CustomerBankAccount.Parse(account.Value.ToString()).Value.Equals(account.Value));
    }

    [Fact]
    public void Contacts_StartWithTheDefault_WhichT3sSingleColumnsHold()
    {
        var customer = new Customer("C001", "上海华联") { Contact = "张三", Phone = "021-1" };

        var changed = customer with { Contacts = [new CustomerContact("李四", "010-2", "li@example.com"), .. customer.Contacts] };

        Assert.Equal([new CustomerContact("张三", "021-1")], customer.Contacts);
        Assert.Equal(("李四", "010-2", "li@example.com"), (changed.Contact, changed.Phone, changed.Email));
        Assert.Equal(["李四|010-2|li@example.com", "张三|021-1"], changed.Contacts.Select(c => c.ToString()));
        Assert.Equal(customer, changed with { Contacts = changed.Contacts.Reverse().Take(1).ToArray() });
        Assert.Empty(new Customer("C002", "无联系人").Contacts);
    }

    [Fact]
    public void BankAccounts_StartWithTheDefault_AndTheOthersAreAColumnOfTheirOwn()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");
        builder.BankName = "中国工商银行";
        builder.BankAccount = "6222020200001234567";
        builder.SetText(CustomerFields.Get("其他银行账户"), "中国银行|6216610100001234; |6228480000001111");

        var customer = builder.Build();

        Assert.Equal(["中国工商银行|6222020200001234567", "中国银行|6216610100001234", "|6228480000001111"], customer.BankAccounts.Select(a => a.ToString()));
        Assert.Equal(["中国银行|6216610100001234", "|6228480000001111"], (IEnumerable<string>)CustomerFields.Get("otherBankAccounts").GetValue(customer)!);
        Assert.Equal(customer, customer.ToBuilder().Build());
    }

    [Fact]
    public void SetText_OfAContactThatIsNone_ThrowsNamingIt_AndKeepsTheContactsBefore()
    {
        var builder = Customer.CreateBuilder("C001", "上海华联");
        builder.Contacts = [new CustomerContact("张三"), new CustomerContact("李四")];

        var thrown = Assert.Throws<ArgumentException>(() => builder.SetText(CustomerFields.Get("otherContacts"), "王五; a|b|c@d.e|f"));

        Assert.Contains("more than 3 parts", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(["张三", "李四"], builder.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void Contacts_SetWithADefaultThatHoldsASeparator_CannotMoveItAmongTheOthers()
    {
        // T3's single column 联系人 may hold "张三,李四"; it stays the default, but cannot become one of the others.
        var customer = new Customer("C001", "上海华联") { Contact = "张三,李四" };

        Assert.Equal("张三,李四", customer.Contacts[0].Name);
        Assert.Throws<ArgumentException>(() => customer with { Contacts = [new CustomerContact("王五"), customer.Contacts[0]] });
        Assert.Throws<ArgumentNullException>(() => customer with { Contacts = [null!] });
    }
}
