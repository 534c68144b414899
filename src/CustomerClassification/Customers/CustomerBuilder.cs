using System.Collections.Generic;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// Builds a <see cref="Customer"/> value by value, for readers, importers and hosts that fill a customer from a file,
/// a data reader or their own rows. Each value is checked when it is set, with the rule and the exception of the
/// customer's property of the same name, so a bad cell is reported where it stands; <see cref="Build"/> makes the
/// immutable customer once, without copying it per value. A builder is not thread-safe; it can build any number of
/// customers, each with the values it holds at the time.
/// </summary>
/// <example>
/// <code>
/// var customer = Customer.CreateBuilder("C001", "上海华联超市")
///     .Set(CustomerFields.Get("信用额度"), 80000m)
///     .Set(CustomerFields.Get("category"), "0101")
///     .Build();
/// </code>
/// </example>
public sealed class CustomerBuilder
{
    private string _name;
    private string? _mnemonicCode;
    private string? _categoryCode;
    private string? _regionCode;
    private LocalDate? _developedOn;
    private LocalDate? _deactivatedOn;
    private string? _creditGrade;
    private decimal? _creditLimit;
    private string? _shortName;
    private int? _creditPeriodDays;
    private string? _creditHoldCode;
    private string? _creditHoldText;
    private decimal? _temporaryLimit;
    private string? _parentCode;
    private string? _invoiceToCode;
    private decimal? _discountRate;
    private decimal? _defaultTaxRate;
    private string? _settlementMethod;
    private string? _contact;
    private string? _phone;
    private string? _email;
    private string? _address;
    private string? _bankName;
    private string? _bankAccount;

    // The mnemonic code generated for a name, kept so that a customer rebuilt under the same name does not make it again.
    private (string Name, string? Code)? _generated;

    /// <summary>Starts a new customer with a code and a name (see also <see cref="Customer.CreateBuilder"/>).</summary>
    /// <param name="code">The code: 1 to <see cref="Customer.MaxCodeLength"/> ASCII letters and digits (客户编码).</param>
    /// <param name="name">The name (客户名称): trimmed, not blank, at most <see cref="Customer.MaxTextLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code or the name is not valid.</exception>
    public CustomerBuilder(string code, string name)
    {
        Code = Customer.ValidCode(code);
        _name = Customer.CheckName(name);
    }

    // Holds a customer's values as they are (they were checked when it was made).
    internal CustomerBuilder(Customer customer)
    {
        Code = customer.Code;
        _name = customer.Name;
        _mnemonicCode = customer.MnemonicCodeGiven ? customer.MnemonicCode : null;
        _generated = customer.MnemonicCodeGiven ? null : (customer.Name, customer.MnemonicCode);
        TaxId = customer.TaxId;
        _categoryCode = customer.CategoryCode;
        _regionCode = customer.RegionCode;
        DimensionMap = (ValueMap<string>)customer.Dimensions;
        _developedOn = customer.DevelopedOn;
        _deactivatedOn = customer.DeactivatedOn;
        _creditGrade = customer.CreditGrade;
        _creditLimit = customer.CreditLimit;
        PaymentTerms = customer.PaymentTerms;
        _shortName = customer.ShortName;
        _discountRate = customer.DiscountRate;
        CreditControlled = customer.CreditControlled;
        _creditPeriodDays = customer.CreditPeriodDays;
        _creditHoldCode = customer.CreditHoldCode;
        _creditHoldText = customer.CreditHoldText;
        _temporaryLimit = customer.TemporaryLimit;
        TemporaryLimitFrom = customer.TemporaryLimitFrom;
        TemporaryLimitTo = customer.TemporaryLimitTo;
        _parentCode = customer.ParentCode;
        _invoiceToCode = customer.InvoiceToCode;
        _defaultTaxRate = customer.DefaultTaxRate;
        _settlementMethod = customer.SettlementMethod;
        _contact = customer.Contact;
        _phone = customer.Phone;
        _email = customer.Email;
        _address = customer.Address;
        ShipToList = (ValueList)customer.ShipToAddresses;
        _bankName = customer.BankName;
        _bankAccount = customer.BankAccount;
        OtherContactList = (ValueList)customer.OtherContacts;
        OtherBankAccountList = (ValueList)customer.OtherBankAccounts;
        TagList = (ValueList)customer.Tags;
        CustomFieldMap = (ValueMap<CustomFieldValue>)customer.CustomFields;
        HasTransactions = customer.HasTransactions;
    }

    /// <summary>Gets the code (客户编码), given when the builder was made; it never changes.</summary>
    public string Code { get; private set; }

    /// <inheritdoc cref="Customer.Name"/>
    public string Name { get => _name; set => _name = Customer.CheckName(value); }

    /// <summary>Gets or sets the mnemonic code (助记码) given for the customer, or null to have it generated from the name when built.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not 1 to 40 upper-case ASCII letters and digits.</exception>
    public string? MnemonicCode
    {
        get => _mnemonicCode;
        set
        {
            Customer.CheckMnemonicCode(value);
            _mnemonicCode = value;
        }
    }

    /// <inheritdoc cref="Customer.TaxId"/>
    public TaxId? TaxId { get; set; }

    /// <inheritdoc cref="Customer.CategoryCode"/>
    /// <exception cref="ArgumentException">Set to a blank code.</exception>
    public string? CategoryCode { get => _categoryCode; set => _categoryCode = Customer.OptionalCode(value, nameof(CategoryCode)); }

    /// <inheritdoc cref="Customer.RegionCode"/>
    /// <exception cref="ArgumentException">Set to a blank code.</exception>
    public string? RegionCode { get => _regionCode; set => _regionCode = Customer.OptionalCode(value, nameof(RegionCode)); }

    /// <inheritdoc cref="Customer.Dimensions"/>
    public IReadOnlyDictionary<string, string> Dimensions { get => DimensionMap; set => DimensionMap = Customer.CheckDimensions(value); }

    /// <inheritdoc cref="Customer.DevelopedOn"/>
    public LocalDate? DevelopedOn { get => _developedOn; set => _developedOn = Money.Day(value, nameof(DevelopedOn)); }

    /// <inheritdoc cref="Customer.DeactivatedOn"/>
    public LocalDate? DeactivatedOn { get => _deactivatedOn; set => _deactivatedOn = Money.Day(value, nameof(DeactivatedOn)); }

    /// <inheritdoc cref="Customer.CreditGrade"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? CreditGrade { get => _creditGrade; set => _creditGrade = Customer.OptionalText(value, nameof(CreditGrade)); }

    /// <inheritdoc cref="Customer.CreditLimit"/>
    public decimal? CreditLimit { get => _creditLimit; set => _creditLimit = Money.Limit(value, nameof(CreditLimit)); }

    /// <inheritdoc cref="Customer.CreditControlled"/>
    public bool? CreditControlled { get; set; }

    /// <inheritdoc cref="Customer.CreditPeriodDays"/>
    public int? CreditPeriodDays { get => _creditPeriodDays; set => _creditPeriodDays = Customer.Days(value, nameof(CreditPeriodDays)); }

    /// <inheritdoc cref="Customer.CreditHoldCode"/>
    public string? CreditHoldCode { get => _creditHoldCode; set => _creditHoldCode = Customer.OptionalText(value, nameof(CreditHoldCode)); }

    /// <inheritdoc cref="Customer.CreditHoldText"/>
    public string? CreditHoldText { get => _creditHoldText; set => _creditHoldText = Customer.OptionalText(value, nameof(CreditHoldText)); }

    /// <inheritdoc cref="Customer.TemporaryLimit"/>
    public decimal? TemporaryLimit { get => _temporaryLimit; set => _temporaryLimit = Money.Limit(value, nameof(TemporaryLimit)); }

    /// <inheritdoc cref="Customer.TemporaryLimitFrom"/>
    public LocalDate? TemporaryLimitFrom { get; set; }

    /// <inheritdoc cref="Customer.TemporaryLimitTo"/>
    public LocalDate? TemporaryLimitTo { get; set; }

    /// <inheritdoc cref="Customer.ParentCode"/>
    public string? ParentCode { get => _parentCode; set => _parentCode = Customer.OptionalCustomerCode(value, nameof(ParentCode)); }

    /// <inheritdoc cref="Customer.InvoiceToCode"/>
    public string? InvoiceToCode { get => _invoiceToCode; set => _invoiceToCode = Customer.OptionalCustomerCode(value, nameof(InvoiceToCode)); }

    /// <inheritdoc cref="Customer.PaymentTerms"/>
    public PaymentTerms? PaymentTerms { get; set; }

    /// <inheritdoc cref="Customer.ShortName"/>
    public string? ShortName { get => _shortName; set => _shortName = Customer.OptionalText(value, nameof(ShortName)); }

    /// <inheritdoc cref="Customer.DiscountRate"/>
    public decimal? DiscountRate { get => _discountRate; set => _discountRate = Customer.Rate(value, nameof(DiscountRate)); }

    /// <inheritdoc cref="Customer.DefaultTaxRate"/>
    public decimal? DefaultTaxRate { get => _defaultTaxRate; set => _defaultTaxRate = Customer.Rate(value, nameof(DefaultTaxRate)); }

    /// <inheritdoc cref="Customer.SettlementMethod"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? SettlementMethod { get => _settlementMethod; set => _settlementMethod = Customer.OptionalText(value, nameof(SettlementMethod)); }

    /// <inheritdoc cref="Customer.Contact"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? Contact { get => _contact; set => _contact = Customer.OptionalText(value, nameof(Contact)); }

    /// <inheritdoc cref="Customer.Phone"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? Phone { get => _phone; set => _phone = Customer.OptionalText(value, nameof(Phone)); }

    /// <inheritdoc cref="Customer.Email"/>
    public string? Email { get => _email; set => _email = Customer.CheckEmail(value); }

    /// <inheritdoc cref="Customer.Address"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? Address { get => _address; set => _address = Customer.OptionalText(value, nameof(Address)); }

    /// <inheritdoc cref="Customer.ShipToAddresses"/>
    public IReadOnlyList<string> ShipToAddresses { get => ShipToList; set => ShipToList = Customer.CheckAddresses(value); }

    /// <inheritdoc cref="Customer.BankName"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? BankName { get => _bankName; set => _bankName = Customer.OptionalText(value, nameof(BankName)); }

    /// <inheritdoc cref="Customer.BankAccount"/>
    /// <exception cref="ArgumentException">Set to a text that is too long or not plain.</exception>
    public string? BankAccount { get => _bankAccount; set => _bankAccount = Customer.OptionalText(value, nameof(BankAccount)); }

    /// <inheritdoc cref="Customer.Contacts"/>
    public IReadOnlyList<CustomerContact> Contacts
    {
        get => Customer.ContactsOf(_contact, _phone, _email, OtherContactList);
        set
        {
            var (first, others) = Customer.Split(value, nameof(Contacts), CustomerContact.Parse);
            (_contact, _phone, _email, OtherContactList) = (first?.Name, first?.Phone, first?.Email, others);
        }
    }

    /// <inheritdoc cref="Customer.BankAccounts"/>
    public IReadOnlyList<CustomerBankAccount> BankAccounts
    {
        get => Customer.BankAccountsOf(_bankName, _bankAccount, OtherBankAccountList);
        set
        {
            var (first, others) = Customer.Split(value, nameof(BankAccounts), CustomerBankAccount.Parse);
            (_bankName, _bankAccount, OtherBankAccountList) = (first?.BankName, first?.AccountNumber, others);
        }
    }

    /// <inheritdoc cref="Customer.Tags"/>
    public IReadOnlyCollection<string> Tags { get => TagList; set => TagList = Customer.CheckTags(value); }

    /// <inheritdoc cref="Customer.CustomFields"/>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get => CustomFieldMap; set => CustomFieldMap = ValueMap<CustomFieldValue>.Of(Guard.Against.Null(value, nameof(CustomFields))); }

    /// <summary>
    /// Gets or sets whether the customer has transactions (已有业务). For restoring a customer from the host's own storage:
    /// an archive's customer gets it through <see cref="Archives.CustomerArchive.MarkTransacted"/>, and an update keeps the archive's value.
    /// </summary>
    public bool HasTransactions { get; set; }

    internal ValueMap<string> DimensionMap { get; private set; } = ValueMap<string>.Empty;

    internal ValueList ShipToList { get; private set; } = ValueList.Empty;

    internal ValueList TagList { get; private set; } = ValueList.Empty;

    internal ValueList OtherContactList { get; private set; } = ValueList.Empty;

    internal ValueList OtherBankAccountList { get; private set; } = ValueList.Empty;

    internal ValueMap<CustomFieldValue> CustomFieldMap { get; private set; } = ValueMap<CustomFieldValue>.Empty;

    /// <summary>
    /// Sets a catalogue field to a value of the type <see cref="CustomerField.GetValue"/> returns, with the same checks
    /// as <see cref="CustomerField.SetValue"/>.
    /// </summary>
    /// <param name="field">The field, from <see cref="CustomerFields"/>.</param>
    /// <param name="value">The value, or null to clear it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null, or a value the field always has is null.</exception>
    /// <exception cref="ArgumentException">The value has the wrong type or breaks the customer's rules (too long, out of range, …).</exception>
    /// <exception cref="InvalidOperationException">The field is the code, or one only the archive sets (<c>hasTransactions</c>: use <see cref="HasTransactions"/>).</exception>
    public CustomerBuilder Set(CustomerField field, object? value)
    {
        Guard.Against.Null(field);
        field.Assign(this, field.Checked(value));
        return this;
    }

    /// <summary>Sets a catalogue field from its text, as a spreadsheet cell holds it (see <see cref="CustomerField.ParseValue"/>); an empty text clears it.</summary>
    /// <param name="field">The field, from <see cref="CustomerFields"/>.</param>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="text"/> is empty for a field that always has a value.</exception>
    /// <exception cref="FormatException">The text is not a value of the field's kind.</exception>
    /// <exception cref="ArgumentException">The value breaks the customer's rules.</exception>
    /// <exception cref="InvalidOperationException">The field is the code, or one only the archive sets.</exception>
    public CustomerBuilder SetText(CustomerField field, string text)
    {
        Guard.Against.Null(field);
        Guard.Against.Null(text);
        return Set(field, text.Trim().Length == 0 ? null : field.ParseValue(text));
    }

    /// <summary>Sets the customer's code in a dimension: <see cref="CategoryCode"/>, <see cref="RegionCode"/> or an entry of <see cref="Dimensions"/>.</summary>
    /// <param name="dimension">The dimension's name (<c>category</c>, <c>region</c> or one the archive's settings declare).</param>
    /// <param name="code">The leaf code, or null to leave the dimension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    public CustomerBuilder SetCodeIn(string dimension, string? code)
    {
        switch (dimension = DimensionNames.Canonical(dimension))
        {
            case DimensionNames.Category:
                CategoryCode = code;
                break;
            case DimensionNames.Region:
                RegionCode = code;
                break;
            default:
                DimensionMap = Customer.OptionalCode(code, nameof(Dimensions)) is { } trimmed ? DimensionMap.With(dimension, trimmed) : DimensionMap.Without(dimension);
                break;
        }

        return this;
    }

    /// <summary>Sets a custom field's value (自定义项), or clears it with null; the archive checks it against the field's definition.</summary>
    /// <param name="name">The custom field's name.</param>
    /// <param name="value">The value, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CustomerBuilder SetCustomField(string name, CustomFieldValue? value)
    {
        Guard.Against.Null(name);
        CustomFieldMap = value is { } given ? CustomFieldMap.With(name, given) : CustomFieldMap.Without(name);
        return this;
    }

    /// <summary>Makes the customer of the values set so far; the builder keeps them and can go on to build another.</summary>
    /// <returns>The immutable customer.</returns>
    public Customer Build() => Customer.Built(this);

    /// <summary>The mnemonic code the name gives, made once per name.</summary>
    internal string? GeneratedMnemonicCode()
    {
        if (_generated is not { } generated || !string.Equals(generated.Name, _name, StringComparison.Ordinal))
        {
            generated = (_name, Customers.MnemonicCode.FromName(_name) is { Length: > 0 } code ? code : null);
            _generated = generated;
        }

        return generated.Code;
    }

    /// <summary>
    /// Starts the next customer of a reader on this builder, every value cleared: a million customers read make one
    /// builder, not a million (each would be garbage the collector has to step over while the customers survive).
    /// </summary>
    internal CustomerBuilder Restart(string code, string name)
    {
        Code = Customer.ValidCode(code);
        _name = Customer.CheckName(name);
        _mnemonicCode = _categoryCode = _regionCode = _creditGrade = _shortName = _settlementMethod = _contact = _phone = _email = _address = _bankName = _bankAccount = _creditHoldCode = _creditHoldText = _parentCode = _invoiceToCode = null;
        _creditPeriodDays = null;
        _temporaryLimit = null;
        TemporaryLimitFrom = TemporaryLimitTo = null;
        _developedOn = _deactivatedOn = null;
        _creditLimit = _discountRate = _defaultTaxRate = null;
        _generated = null;
        TaxId = null;
        PaymentTerms = null;
        CreditControlled = null;
        HasTransactions = false;
        DimensionMap = ValueMap<string>.Empty;
        ShipToList = TagList = OtherContactList = OtherBankAccountList = ValueList.Empty;
        CustomFieldMap = ValueMap<CustomFieldValue>.Empty;
        return this;
    }

    /// <summary>Sets the contacts after the default one from their text form (the catalogue's <c>otherContacts</c>).</summary>
    /// <exception cref="ArgumentException">A text is not a contact.</exception>
    internal void SetOtherContacts(IEnumerable<string> texts) => OtherContactList = Customer.CheckItems(texts, CustomerContact.Parse, "otherContacts");

    /// <summary>Sets the bank accounts after the default one from their text form (the catalogue's <c>otherBankAccounts</c>).</summary>
    /// <exception cref="ArgumentException">A text is not a bank account.</exception>
    internal void SetOtherBankAccounts(IEnumerable<string> texts) => OtherBankAccountList = Customer.CheckItems(texts, CustomerBankAccount.Parse, "otherBankAccounts");

    /// <summary>Sets a value already of the field's type without the catalogue's refusal of fields only the archive sets: for readers restoring a snapshot (<c>hasTransactions</c>).</summary>
    internal void Restore(CustomerField field, object? value) => field.Assign(this, value);
}
