using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CustomerClassification.Coding;
using NodaTime;

namespace CustomerClassification.Customers;

/// <summary>
/// A customer record (客户档案). Immutable: make a changed copy with <c>with { … }</c> and hand it to
/// <see cref="Archives.CustomerArchive.Update"/>, which checks it against the archive's rules. The code never
/// changes. Every property checks its own value when set and throws the <see cref="ArgumentException"/>
/// family for a bad one; rules that need the archive (unique code, leaf categories, custom-field
/// definitions) are checked by the archive. Two customers are equal when every value is equal.
/// </summary>
public sealed record Customer
{
    /// <summary>The longest a customer code may be.</summary>
    public const int MaxCodeLength = 20;

    /// <summary>The longest a name, short name or other text field may be, in UTF-16 characters.</summary>
    public const int MaxTextLength = 100;

    private readonly string _name = string.Empty;
    private readonly string? _mnemonicCode;
    private readonly bool _mnemonicCodeGiven;
    private readonly string? _categoryCode;
    private readonly string? _regionCode;
    private readonly ValueMap<string> _dimensions = ValueMap<string>.Empty;
    private LocalDate? _developedOn;
    private LocalDate? _deactivatedOn;
    private readonly decimal? _creditLimit;
    private readonly string? _creditGrade;

    // Contact, bank and trading details that most customers leave empty: kept apart, so that an empty set costs one null reference.
    private Details? _details;
    private readonly ValueList _tags = ValueList.Empty;

    private readonly ValueMap<CustomFieldValue> _customFields = ValueMap<CustomFieldValue>.Empty;

    /// <summary>Creates a customer with a code and a name; set the other values with an object initializer.</summary>
    /// <param name="code">The code: 1 to <see cref="MaxCodeLength"/> ASCII letters and digits (客户编码).</param>
    /// <param name="name">The name (客户名称): trimmed, not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code or the name is not valid.</exception>
    public Customer(string code, string name)
    {
        Code = ValidCode(code);
        Name = name;
    }

    // From a builder whose values are checked already (each when it was set): nothing is checked or copied twice.
    private Customer(CustomerBuilder builder)
    {
        Code = builder.Code;
        _name = builder.Name;
        _mnemonicCodeGiven = builder.MnemonicCode is not null;
        _mnemonicCode = builder.MnemonicCode ?? builder.GeneratedMnemonicCode();
        TaxId = builder.TaxId;
        _categoryCode = builder.CategoryCode;
        _regionCode = builder.RegionCode;
        _dimensions = builder.DimensionMap;
        _developedOn = builder.DevelopedOn;
        _deactivatedOn = builder.DeactivatedOn;
        _creditGrade = builder.CreditGrade;
        _creditLimit = builder.CreditLimit;
        PaymentTerms = builder.PaymentTerms;
        _tags = builder.TagList;
        _customFields = builder.CustomFieldMap;
        HasTransactions = builder.HasTransactions;
        // Most customers have no details: they then cost no object.
        if (builder.ShortName is null && builder.CreditControlled is null && builder.CreditPeriodDays is null && builder.CreditHoldCode is null && builder.CreditHoldText is null
            && builder.TemporaryLimit is null && builder.TemporaryLimitFrom is null && builder.TemporaryLimitTo is null && builder.ParentCode is null && builder.InvoiceToCode is null && builder.DiscountRate is null && builder.DefaultTaxRate is null && builder.SettlementMethod is null && builder.Contact is null
            && builder.Phone is null && builder.Email is null && builder.Address is null && builder.ShipToList.Count == 0 && builder.BankName is null && builder.BankAccount is null && builder.OtherContactList.Count == 0
            && builder.OtherBankAccountList.Count == 0)
        {
            return;
        }

        var details = new Details
        {
            ShortName = builder.ShortName,
            CreditControlled = builder.CreditControlled,
            CreditPeriodDays = builder.CreditPeriodDays,
            CreditHoldCode = builder.CreditHoldCode,
            CreditHoldText = builder.CreditHoldText,
            TemporaryLimit = builder.TemporaryLimit,
            TemporaryLimitFrom = builder.TemporaryLimitFrom,
            TemporaryLimitTo = builder.TemporaryLimitTo,
            ParentCode = builder.ParentCode,
            InvoiceToCode = builder.InvoiceToCode,
            DiscountRate = builder.DiscountRate,
            DefaultTaxRate = builder.DefaultTaxRate,
            SettlementMethod = builder.SettlementMethod,
            Contact = builder.Contact,
            Phone = builder.Phone,
            Email = builder.Email,
            Address = builder.Address,
            ShipToAddresses = builder.ShipToList,
            BankName = builder.BankName,
            BankAccount = builder.BankAccount,
            OtherContacts = builder.OtherContactList,
            OtherBankAccounts = builder.OtherBankAccountList,
        };
        _details = details;
    }

    /// <summary>Starts a new customer with a code and a name; set its other values on the builder, then <see cref="CustomerBuilder.Build"/> it.</summary>
    /// <param name="code">The code: 1 to <see cref="MaxCodeLength"/> ASCII letters and digits (客户编码).</param>
    /// <param name="name">The name (客户名称): trimmed, not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <returns>A builder holding the code and the name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code or the name is not valid.</exception>
    public static CustomerBuilder CreateBuilder(string code, string name) => new(code, name);

    /// <summary>Starts a builder holding this customer's values (its code too, which never changes), to make a changed customer from.</summary>
    /// <returns>A builder that builds a customer equal to this one until a value is changed.</returns>
    public CustomerBuilder ToBuilder() => new(this);

    internal static Customer Built(CustomerBuilder builder) => new(builder);

    /// <summary>Gets the code (客户编码), unique in the archive; it never changes.</summary>
    public string Code { get; }

    /// <summary>Gets the name (客户名称): trimmed, not blank, at most <see cref="MaxTextLength"/> characters.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a blank or too long name.</exception>
    public string Name
    {
        get => _name;
        init
        {
            _name = CheckName(value);
            if (!_mnemonicCodeGiven)
            {
                _mnemonicCode = Generated(_name);
            }
        }
    }

    /// <summary>Gets the short name (客户简称), or null; trimmed, blank becomes null.</summary>
    /// <exception cref="ArgumentException">Set to a text longer than <see cref="MaxTextLength"/>.</exception>
    public string? ShortName { get => _details?.ShortName; init => SetDetail(OptionalText(value, nameof(ShortName)), static (d, v) => d.ShortName = v); }

    /// <summary>
    /// Gets the mnemonic code (助记码). Unless one is given, it is generated from the name
    /// (<see cref="Customers.MnemonicCode.FromName"/>) and follows the name when the name changes; a given one
    /// stays. Null only when nothing in the name has an initial and none is given. Setting null goes back to
    /// the generated code. Equality also tells a given code from a generated one.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a value that is not 1 to 40 upper-case ASCII letters and digits.</exception>
    public string? MnemonicCode
    {
        get => _mnemonicCode;
        init
        {
            CheckMnemonicCode(value);
            _mnemonicCodeGiven = value is not null;
            _mnemonicCode = value ?? Generated(_name);
        }
    }

    /// <summary>Gets the tax id (税号), or null.</summary>
    public TaxId? TaxId { get; init; }

    /// <summary>Gets the code of the customer's leaf category in 客户分类, or null (allowed only when customers are not classified).</summary>
    public string? CategoryCode { get => _categoryCode; init => _categoryCode = OptionalCode(value, nameof(CategoryCode)); }

    /// <summary>Gets the code of the customer's leaf region in 地区分类, or null.</summary>
    public string? RegionCode { get => _regionCode; init => _regionCode = OptionalCode(value, nameof(RegionCode)); }

    /// <summary>Gets the customer's leaf code in each further dimension it is classified in, by dimension name (sorted).</summary>
    /// <exception cref="ArgumentNullException">Set to null, or a key or value is null.</exception>
    /// <exception cref="ArgumentException">A value is blank.</exception>
    public IReadOnlyDictionary<string, string> Dimensions
    {
        get => _dimensions;
        init => _dimensions = CheckDimensions(value);
    }

    /// <summary>Gets the development date (发展日期), or null; <c>years</c> of cooperation count from it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a day before 1753-01-01 (T3's date range).</exception>
    public LocalDate? DevelopedOn { get => _developedOn; init => _developedOn = Money.Day(value, nameof(value)); }

    /// <summary>Gets the deactivation date (停用日期), or null while the customer is active.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a day before 1753-01-01 (T3's date range).</exception>
    public LocalDate? DeactivatedOn { get => _deactivatedOn; init => _deactivatedOn = Money.Day(value, nameof(value)); }

    /// <summary>Gets the credit grade (信用等级), such as <c>AA</c>, or null; trimmed, blank becomes null.</summary>
    public string? CreditGrade { get => _creditGrade; init => _creditGrade = OptionalText(value, nameof(CreditGrade)); }

    /// <summary>Gets the customer's own credit limit (信用额度), or null to inherit the category's policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount, or one beyond T3's money range (922,337,203,685,477.5807).</exception>
    public decimal? CreditLimit
    {
        get => _creditLimit;
        init => _creditLimit = Money.Limit(value, nameof(value));
    }

    /// <summary>
    /// Gets whether the customer's credit is controlled (控制信用额度, U8's per-customer switch), or null to inherit it from
    /// its category profile (controlled by default). An uncontrolled customer is never blocked for its limit or for
    /// overdue items; a controlled one with a limit of 0 is cash only. A T3 customer file, which has no such column,
    /// imports a 信用额度 of 0 as not controlled.
    /// </summary>
    public bool? CreditControlled { get => _details?.CreditControlled; init => SetDetail(value, static (d, v) => d.CreditControlled = v); }

    /// <summary>
    /// Gets the credit period (信用期限): the days an item may stay open after its document date before a controlled
    /// customer is blocked, or null to inherit it from the category profile. Checked only when the policy controls the
    /// period (<c>creditControlDimension</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? CreditPeriodDays { get => _details?.CreditPeriodDays; init => SetDetail(Days(value, nameof(CreditPeriodDays)), static (d, v) => d.CreditPeriodDays = v); }

    /// <summary>
    /// Gets the reason code of a manual credit hold (冻结原因码), or null when the customer is not on hold. A customer on
    /// hold has every order blocked with this reason, whatever its limit; unlike deactivation it stays a customer in
    /// every other respect. Set and released with <see cref="Archives.CustomerArchive.HoldCredit"/> and
    /// <see cref="Archives.CustomerArchive.ReleaseCredit"/>, which log it.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a text longer than <see cref="MaxTextLength"/> or with control characters.</exception>
    public string? CreditHoldCode { get => _details?.CreditHoldCode; init => SetDetail(OptionalText(value, nameof(CreditHoldCode)), static (d, v) => d.CreditHoldCode = v); }

    /// <summary>Gets the text of a manual credit hold (冻结说明), or null; only with a <see cref="CreditHoldCode"/>.</summary>
    /// <exception cref="ArgumentException">Set to a text longer than <see cref="MaxTextLength"/> or with control characters.</exception>
    public string? CreditHoldText { get => _details?.CreditHoldText; init => SetDetail(OptionalText(value, nameof(CreditHoldText)), static (d, v) => d.CreditHoldText = v); }

    /// <summary>Gets whether the customer's credit is on a manual hold (冻结): <see cref="CreditHoldCode"/> is set.</summary>
    public bool IsOnCreditHold => CreditHoldCode is not null;

    /// <summary>
    /// Gets a temporary increase of the credit limit (临时额度), or null: added to the effective limit on the days from
    /// <see cref="TemporaryLimitFrom"/> to <see cref="TemporaryLimitTo"/> (both included) and on no other day. The
    /// archive requires the amount and both dates together, the start not after the end; granted with
    /// <see cref="Archives.CustomerArchive.GrantTemporaryLimit"/>, which logs it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount or one above the largest amount.</exception>
    public decimal? TemporaryLimit { get => _details?.TemporaryLimit; init => SetDetail(Money.Limit(value, nameof(TemporaryLimit)), static (d, v) => d.TemporaryLimit = v); }

    /// <summary>Gets the first day of the <see cref="TemporaryLimit"/> (临时额度开始日期), or null.</summary>
    public LocalDate? TemporaryLimitFrom { get => _details?.TemporaryLimitFrom; init => SetDetail(value, static (d, v) => d.TemporaryLimitFrom = v); }

    /// <summary>Gets the last day of the <see cref="TemporaryLimit"/> (临时额度截止日期), or null.</summary>
    public LocalDate? TemporaryLimitTo { get => _details?.TemporaryLimitTo; init => SetDetail(value, static (d, v) => d.TemporaryLimitTo = v); }

    /// <summary>
    /// Gets the code of the customer's head office (客户总公司, a group customer, 集团客户), or null. The archive requires it to
    /// name another customer that is not deactivated, without a cycle. A credit check given the group's exposure checks the
    /// limit of every head office above the customer as well as the customer's own.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a text that is not a customer code.</exception>
    public string? ParentCode { get => _details?.ParentCode; init => SetDetail(OptionalCustomerCode(value, nameof(ParentCode)), static (d, v) => d.ParentCode = v); }

    /// <summary>Gets the code of the customer invoices go to (开票单位), or null; the archive requires it to name a customer.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a customer code.</exception>
    public string? InvoiceToCode { get => _details?.InvoiceToCode; init => SetDetail(OptionalCustomerCode(value, nameof(InvoiceToCode)), static (d, v) => d.InvoiceToCode = v); }

    /// <summary>Gets the temporary increase in force on a day: <see cref="TemporaryLimit"/> within its period, otherwise 0.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The increase, never negative.</returns>
    public decimal TemporaryLimitOn(LocalDate date) =>
        TemporaryLimit is { } amount && TemporaryLimitFrom is { } from && TemporaryLimitTo is { } to && date >= from && date <= to ? amount : 0m;

    /// <summary>Gets the payment terms (付款条件), or null to inherit the category's policy.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>Gets the discount rate (扣率) from 0 to 1, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public decimal? DiscountRate { get => _details?.DiscountRate; init => SetDetail(Rate(value, nameof(DiscountRate)), static (d, v) => d.DiscountRate = v); }

    /// <summary>Gets the default tax rate from 0 to 1 (0.13 for 13 %), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0 to 1.</exception>
    public decimal? DefaultTaxRate { get => _details?.DefaultTaxRate; init => SetDetail(Rate(value, nameof(DefaultTaxRate)), static (d, v) => d.DefaultTaxRate = v); }

    /// <summary>Gets the settlement method (结算方式), or null.</summary>
    public string? SettlementMethod { get => _details?.SettlementMethod; init => SetDetail(OptionalText(value, nameof(SettlementMethod)), static (d, v) => d.SettlementMethod = v); }

    /// <summary>Gets the default contact's name (联系人, T3's single column; see <see cref="Contacts"/>), or null.</summary>
    public string? Contact { get => _details?.Contact; init => SetDetail(OptionalText(value, nameof(Contact)), static (d, v) => d.Contact = v); }

    /// <summary>Gets the default contact's phone number (电话; see <see cref="Contacts"/>), or null.</summary>
    public string? Phone { get => _details?.Phone; init => SetDetail(OptionalText(value, nameof(Phone)), static (d, v) => d.Phone = v); }

    /// <summary>Gets the default contact's e-mail address (邮箱; see <see cref="Contacts"/>), or null.</summary>
    /// <exception cref="ArgumentException">Set to a text without exactly one '@' between other characters, or with white space.</exception>
    public string? Email
    {
        get => _details?.Email;
        init => SetDetail(CheckEmail(value), static (d, v) => d.Email = v);
    }

    /// <summary>Gets the address (地址), or null.</summary>
    public string? Address { get => _details?.Address; init => SetDetail(OptionalText(value, nameof(Address)), static (d, v) => d.Address = v); }

    /// <summary>Gets the ship-to addresses (发货地址), trimmed, blank ones dropped, in the order given; the first is the default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">An address holds a control character or a lone surrogate.</exception>
    public IReadOnlyList<string> ShipToAddresses { get => _details?.ShipToAddresses ?? ValueList.Empty; init => SetDetail(CheckAddresses(value), static (d, v) => d.ShipToAddresses = v); }

    /// <summary>Gets the default bank account's bank (开户银行, T3's single column; see <see cref="BankAccounts"/>), or null.</summary>
    public string? BankName { get => _details?.BankName; init => SetDetail(OptionalText(value, nameof(BankName)), static (d, v) => d.BankName = v); }

    /// <summary>Gets the default bank account's number (银行账号; see <see cref="BankAccounts"/>), or null.</summary>
    public string? BankAccount { get => _details?.BankAccount; init => SetDetail(OptionalText(value, nameof(BankAccount)), static (d, v) => d.BankAccount = v); }

    /// <summary>
    /// Gets the contacts (联系人), as U8 keeps several: the default one first, the one <see cref="Contact"/>, <see cref="Phone"/>
    /// and <see cref="Email"/> (T3's single columns) hold, then the others (其他联系人) in the order given. Setting it sets
    /// those three from the first contact and the others from the rest; to make another contact the default, set the
    /// list with it first.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or a contact is null.</exception>
    public IReadOnlyList<CustomerContact> Contacts
    {
        get => ContactsOf(Contact, Phone, Email, OtherContacts);
        init
        {
            var (first, others) = Split(value, nameof(Contacts), CustomerContact.Parse);
            SetDetail(first, static (d, v) => (d.Contact, d.Phone, d.Email) = (v?.Name, v?.Phone, v?.Email));
            SetDetail(others, static (d, v) => d.OtherContacts = v);
        }
    }

    /// <summary>
    /// Gets the bank accounts, as U8 keeps several: the default one first, the one <see cref="BankName"/> and
    /// <see cref="BankAccount"/> (T3's single columns) hold, then the others (其他银行账户) in the order given. Setting it
    /// sets those two from the first account and the others from the rest.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or an account is null.</exception>
    public IReadOnlyList<CustomerBankAccount> BankAccounts
    {
        get => BankAccountsOf(BankName, BankAccount, OtherBankAccounts);
        init
        {
            var (first, others) = Split(value, nameof(BankAccounts), CustomerBankAccount.Parse);
            SetDetail(first, static (d, v) => (d.BankName, d.BankAccount) = (v?.BankName, v?.AccountNumber));
            SetDetail(others, static (d, v) => d.OtherBankAccounts = v);
        }
    }

    /// <summary>The contacts after the default one, in their text form (the catalogue's <c>otherContacts</c>).</summary>
    internal IReadOnlyList<string> OtherContacts => _details?.OtherContacts ?? ValueList.Empty;

    /// <summary>The bank accounts after the default one, in their text form (the catalogue's <c>otherBankAccounts</c>).</summary>
    internal IReadOnlyList<string> OtherBankAccounts => _details?.OtherBankAccounts ?? ValueList.Empty;

    /// <summary>Gets the tags: trimmed, blank ones and duplicates dropped, sorted ordinally.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">A tag holds a control character or a lone surrogate.</exception>
    public IReadOnlyCollection<string> Tags { get => _tags; init => _tags = CheckTags(value); }

    /// <summary>Gets the custom field values (自定义项) by field name (sorted); the archive checks them against the definitions.</summary>
    /// <exception cref="ArgumentNullException">Set to null, or a key is null.</exception>
    public IReadOnlyDictionary<string, CustomFieldValue> CustomFields { get => _customFields; init => _customFields = ValueMap<CustomFieldValue>.Of(value); }

    /// <summary>
    /// Gets a value indicating whether the customer has transactions (set by the host through
    /// <see cref="Archives.CustomerArchive.MarkTransacted"/>). Such a customer's classification is locked and it cannot be removed.
    /// </summary>
    public bool HasTransactions { get; internal init; }

    /// <summary>Gets a value indicating whether the mnemonic code was given rather than generated from the name.</summary>
    internal bool MnemonicCodeGiven => _mnemonicCodeGiven;

    /// <summary>Tells whether the customer is deactivated on a date: it has a deactivation date on or before it.</summary>
    /// <param name="date">The date, usually today.</param>
    /// <returns>True when deactivated on that date.</returns>
    public bool IsDeactivatedOn(LocalDate date) => DeactivatedOn is { } deactivated && deactivated <= date;

    /// <summary>Tells whether the customer has a tag (ordinal).</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>True when the customer has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    public bool HasTag(string tag) => _tags.Contains(Guard.Against.Null(tag));

    /// <summary>Gets the customer's code in a dimension: <see cref="CategoryCode"/>, <see cref="RegionCode"/> or an entry of <see cref="Dimensions"/>.</summary>
    /// <param name="dimension">The dimension name.</param>
    /// <returns>The leaf code, or null when the customer is not classified in that dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public string? CodeIn(string dimension) => CodeInCanonical(DimensionNames.Canonical(dimension));

    /// <summary>The code in a dimension named canonically already (a hot loop's names are): no label to fold.</summary>
    internal string? CodeInCanonical(string dimension) => dimension switch
    {
        DimensionNames.Category => CategoryCode,
        DimensionNames.Region => RegionCode,
        var name => _dimensions.TryGetValue(name, out var code) ? code : null,
    };

    /// <summary>Returns the code and the name, such as <c>C001 上海华联</c>.</summary>
    /// <returns>The code and the name separated by a space.</returns>
    public override string ToString() => Code + " " + Name;

    internal Customer WithCodeIn(string dimension, string? code) => dimension switch
    {
        DimensionNames.Category => this with { CategoryCode = code },
        DimensionNames.Region => this with { RegionCode = code },
        _ => this with { Dimensions = code is null ? _dimensions.Without(dimension) : _dimensions.With(dimension, code) },
    };

    internal static string ValidCode(string code)
    {
        Guard.Against.Null(code);
        var valid = code.Length is > 0 and <= MaxCodeLength && code.All(CodingScheme.IsCodeCharacter);
        return valid ? code : throw new ArgumentException(Messages.Format("NotCustomerCode", code, MaxCodeLength), nameof(code));
    }

    // The checks of each value, shared by the properties' init accessors and CustomerBuilder's setters: one check a value.
    internal static string CheckName(string value, string property = nameof(Name))
    {
        Guard.Against.Null(value, property);
        return OptionalText(value, property) ?? throw new ArgumentException(Messages.Get("NameRequired"), property);
    }

    internal static void CheckMnemonicCode(string? value, string property = nameof(MnemonicCode))
    {
        if (value is not null && !Customers.MnemonicCode.IsWellFormed(value))
        {
            throw new ArgumentException(Messages.Format("NotMnemonic", value, Customers.MnemonicCode.MaxLength), property);
        }
    }

    internal static ValueMap<string> CheckDimensions(IReadOnlyDictionary<string, string> value)
    {
        Guard.Against.Null(value, nameof(Dimensions));
        foreach (var pair in value)
        {
            Guard.Against.NullOrWhiteSpace(pair.Value, nameof(Dimensions));
        }

        return ValueMap<string>.Of(value);
    }

    internal static string? CheckEmail(string? value, string property = nameof(Email))
    {
        var email = Trimmed(value);
        return EmailProblem(email, property) is { } problem ? throw new ArgumentException(problem, property) : email;
    }

    // The default item (trusted: T3's single columns may hold what an item's text form cannot) and the others read from their texts.
    internal static IReadOnlyList<CustomerContact> ContactsOf(string? name, string? phone, string? email, IReadOnlyList<string> others) =>
        Listed(name is null && phone is null && email is null ? null : CustomerContact.Trusted(name, phone, email), others, static t => CustomerContact.Parse(t).Value);

    internal static IReadOnlyList<CustomerBankAccount> BankAccountsOf(string? bankName, string? accountNumber, IReadOnlyList<string> others) =>
        Listed(bankName is null && accountNumber is null ? null : CustomerBankAccount.Trusted(bankName, accountNumber), others, static t => CustomerBankAccount.Parse(t).Value);

    private static IReadOnlyList<T> Listed<T>(T? first, IReadOnlyList<string> others, Func<string, T> read)
        where T : class =>
        first is null && others.Count == 0 ? [] : ReadOnly.Of((first is null ? [] : new[] { first }).Concat(others.Select(read)).ToArray());

    // A list set whole: its first item, and the others in their text form (each must read back as an item: a default
    // item made from T3's single columns may hold a separator, and cannot be one of the others).
    internal static (T? First, ValueList Others) Split<T>(IEnumerable<T> items, string property, Func<string, ParseResult<T>> parse)
        where T : class
    {
        var all = Guard.Against.Null(items, property).ToArray();
        if (Array.IndexOf(all, null) >= 0)
        {
            throw new ArgumentNullException(property);
        }

        return (all.FirstOrDefault(), CheckItems(all.Skip(1).Select(i => i.ToString()!), parse, property));
    }

    // Items given in their text form (a cell, a snapshot): each read as an item and kept in its text form; blank ones dropped.
    internal static ValueList CheckItems<T>(IEnumerable<string> texts, Func<string, ParseResult<T>> parse, string property)
        where T : class
    {
        var items = new List<string>();
        foreach (var text in Guard.Against.Null(texts, property).Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var item = parse(text);
            items.Add(item.Success ? item.Value.ToString()! : throw new ArgumentException(item.Problem, property));
        }

        return ValueList.Of(items);
    }

    internal static ValueList CheckAddresses(IEnumerable<string> value) => ValueList.Of(PlainTexts(value, nameof(ShipToAddresses)).ToArray());

    internal static ValueList CheckTags(IEnumerable<string> value) => ValueList.SetOf(PlainTexts(value, nameof(Tags)).ToArray());

    internal static string? OptionalText(string? value, string property)
    {
        var trimmed = Trimmed(value);
        return TextProblem(trimmed, property) is { } problem ? throw new ArgumentException(problem, property) : trimmed;
    }

    /// <summary>A text trimmed; null when nothing is left.</summary>
    internal static string? Trimmed(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Why a trimmed text cannot be a customer's text (too long, not plain), or null when it can.</summary>
    internal static string? TextProblem(string? trimmed, string property) =>
        trimmed is null ? null
        : trimmed.Length > MaxTextLength ? Messages.Format("TooLong", Field(property), MaxTextLength)
        : PlainTextProblem(trimmed, property);

    /// <summary>Why a trimmed text cannot be an e-mail address (one '@' between other characters, no white space), or null when it can.</summary>
    internal static string? EmailProblem(string? email, string property) =>
        TextProblem(email, property) ?? (email is not null && (email.IndexOf('@') is var at && (at <= 0 || at == email.Length - 1 || email.IndexOf('@', at + 1) >= 0) || email.Any(char.IsWhiteSpace))
            ? Messages.Format("NotEmail", email)
            : null);

    /// <summary>
    /// Refuses control characters (line breaks, ESC, BEL) and lone surrogates, which would reach terminals, files and
    /// logs as they are; the texts of customers, tags, addresses and actors all pass here.
    /// </summary>
    internal static void PlainText(string text, string property)
    {
        if (PlainTextProblem(text, property) is { } problem)
        {
            throw new ArgumentException(problem, property);
        }
    }

    /// <summary>Why a text is not plain (see <see cref="PlainText"/>), or null when it is.</summary>
    internal static string? PlainTextProblem(string text, string property) =>
        CustomerClassification.PlainText.IsPlain(text) ? null : CustomerClassification.PlainText.Problem(text, Field(property));

    // Every item of a list passes the same checks as a single text.
    private static IEnumerable<string> PlainTexts(IEnumerable<string> values, string property)
    {
        foreach (var value in Guard.Against.Null(values, property))
        {
            PlainText(value?.Trim() ?? string.Empty, property);
            yield return value!;
        }
    }

    // The catalogue's spelling of a property: ShortName → shortName.
    // How a message names a property: the field's Chinese label in Chinese (客户名称), its name otherwise (name).
    private static string Field(string property) =>
        Messages.InChinese && CustomerFields.Find(property) is { } field ? field.Label : char.ToLowerInvariant(property[0]) + property.Substring(1);

    // Sets one detail on a copy of the details (a copy made by `with` shares its original's). None left: null. Many
    // values at once go through CustomerBuilder, which makes the details once.
    private void SetDetail<T>(T value, Action<Details, T> set)
    {
        var details = (_details ?? Details.None) with { };
        set(details, value);
        _details = details == Details.None ? null : details;
    }

    private static string? Generated(string name) => Customers.MnemonicCode.FromName(name) is { Length: > 0 } code ? code : null;

    internal static string? OptionalCode(string? value, string property) =>
        value is null ? null : Guard.Against.NullOrWhiteSpace(value, property).Trim();

    internal static string? OptionalCustomerCode(string? value, string property)
    {
        if (Trimmed(value) is not { } code)
        {
            return null;
        }

        try
        {
            return ValidCode(code);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, property, e);
        }
    }

    internal static int? Days(int? value, string property) =>
        value is < 0 ? throw new ArgumentOutOfRangeException(property, value, Messages.Get("NotNegative")) : value;

    internal static decimal? Rate(decimal? value, string property) =>
        value is < 0m or > 1m ? throw new ArgumentOutOfRangeException(property, value, Messages.Get("RateRange")) : value;

    private sealed record Details
    {
        public static readonly Details None = new();

        public string? ShortName { get; set; }

        public bool? CreditControlled { get; set; }

        public int? CreditPeriodDays { get; set; }

        public string? CreditHoldCode { get; set; }

        public string? CreditHoldText { get; set; }

        public decimal? TemporaryLimit { get; set; }

        public LocalDate? TemporaryLimitFrom { get; set; }

        public LocalDate? TemporaryLimitTo { get; set; }

        public string? ParentCode { get; set; }

        public string? InvoiceToCode { get; set; }

        public decimal? DiscountRate { get; set; }

        public decimal? DefaultTaxRate { get; set; }

        public string? SettlementMethod { get; set; }

        public string? Contact { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public ValueList ShipToAddresses { get; set; } = ValueList.Empty;

        public string? BankName { get; set; }

        public string? BankAccount { get; set; }

        public ValueList OtherContacts { get; set; } = ValueList.Empty;

        public ValueList OtherBankAccounts { get; set; } = ValueList.Empty;
    }
}
