namespace CustomerClassification.Customers;

/// <summary>
/// A bank account of a customer, as U8 keeps several per customer: the bank (开户银行) and the account number
/// (银行账号), either optional but not both empty. A customer's first account is its default one, the one T3's single
/// columns 开户银行 and 银行账号 hold (<see cref="Customer.BankAccounts"/>). Each part is trimmed and checked as the
/// customer's field of the same name, and may not hold '|', ',' or ';' (they separate parts and items in a cell).
/// Immutable; two accounts are equal when their parts are.
/// </summary>
public sealed class CustomerBankAccount : IEquatable<CustomerBankAccount>
{
    /// <summary>Creates a bank account.</summary>
    /// <param name="bankName">The bank (开户银行), or null.</param>
    /// <param name="accountNumber">The account number (银行账号), or null.</param>
    /// <exception cref="ArgumentException">Both are empty; a part is too long, not plain text or holds a separator.</exception>
    public CustomerBankAccount(string? bankName, string? accountNumber)
    {
        BankName = ListItemText.Check(bankName, nameof(Customer.BankName));
        AccountNumber = ListItemText.Check(accountNumber, nameof(Customer.BankAccount));
        if (BankName is null && AccountNumber is null)
        {
            throw new ArgumentException(Messages.Get("EmptyBankAccount"), nameof(bankName));
        }
    }

    // Parts checked already: a customer's default item (T3's single columns, checked as the customer's fields) or a parsed text.
    private CustomerBankAccount(string? bankName, string? accountNumber, bool trusted)
    {
        (BankName, AccountNumber) = (bankName, accountNumber);
    }

    /// <summary>Gets the bank (开户银行), or null.</summary>
    public string? BankName { get; }

    /// <summary>Gets the account number (银行账号), or null.</summary>
    public string? AccountNumber { get; }

    /// <summary>Reads a bank account from its text form, <c>bank|account number</c> (<c>|6222020200001234567</c> when the bank is not known).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The account, or why the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CustomerBankAccount> Parse(string text) =>
        ListItemText.Split(text, 2).Then(p =>
            (ListItemText.Problem(p[0], nameof(Customer.BankName)) ?? ListItemText.Problem(p[1], nameof(Customer.BankAccount))
                ?? (p[0] is null && p[1] is null ? Messages.Get("EmptyBankAccount") : null)) is { } problem
                ? ParseResult<CustomerBankAccount>.Fail(problem)
                : ParseResult<CustomerBankAccount>.Ok(new CustomerBankAccount(p[0], p[1], trusted: true)));

    internal static CustomerBankAccount Trusted(string? bankName, string? accountNumber) => new(bankName, accountNumber, trusted: true);

    /// <summary>Gets the text form, <c>bank|account number</c>, that <see cref="Parse"/> reads.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ListItemText.Join(BankName, AccountNumber);

    /// <summary>Tells whether another account has the same parts.</summary>
    /// <param name="other">The other account.</param>
    /// <returns>True when both parts are equal (ordinal).</returns>
    public bool Equals(CustomerBankAccount? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CustomerBankAccount);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
