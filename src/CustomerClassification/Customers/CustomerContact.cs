namespace CustomerClassification.Customers;

/// <summary>
/// A contact of a customer (联系人), as U8 keeps several per customer: a name, a phone and an e-mail address, each
/// optional but not all three empty. A customer's first contact is its default one, the one T3's single columns
/// 联系人, 电话 and 邮箱 hold (<see cref="Customer.Contacts"/>). Each part is trimmed and checked as the customer's
/// field of the same name, and may not hold '|', ',' or ';' (they separate parts and items in a cell). Immutable;
/// two contacts are equal when their parts are.
/// </summary>
public sealed class CustomerContact : IEquatable<CustomerContact>
{
    /// <summary>Creates a contact.</summary>
    /// <param name="name">The contact's name (联系人), or null.</param>
    /// <param name="phone">The phone number (电话), or null.</param>
    /// <param name="email">The e-mail address (邮箱), or null.</param>
    /// <exception cref="ArgumentException">All three are empty; a part is too long, not plain text or holds a separator; the e-mail address is not one.</exception>
    public CustomerContact(string? name, string? phone = null, string? email = null)
    {
        Name = ListItemText.Check(name, nameof(Customer.Contact));
        Phone = ListItemText.Check(phone, nameof(Customer.Phone));
        Email = ListItemText.Check(email, nameof(Customer.Email), email: true);
        if (Name is null && Phone is null && Email is null)
        {
            throw new ArgumentException(Messages.Get("EmptyContact"), nameof(name));
        }
    }

    // Parts checked already: a customer's default item (T3's single columns, checked as the customer's fields) or a parsed text.
    private CustomerContact(string? name, string? phone, string? email, bool trusted)
    {
        (Name, Phone, Email) = (name, phone, email);
    }

    /// <summary>Gets the contact's name (联系人), or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the phone number (电话), or null.</summary>
    public string? Phone { get; }

    /// <summary>Gets the e-mail address (邮箱), or null.</summary>
    public string? Email { get; }

    /// <summary>Reads a contact from its text form, <c>name|phone|email</c> (trailing parts may be left out: <c>张三|13800138000</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The contact, or why the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseResult<CustomerContact> Parse(string text) =>
        ListItemText.Split(text, 3).Then(p =>
            (ListItemText.Problem(p[0], nameof(Customer.Contact)) ?? ListItemText.Problem(p[1], nameof(Customer.Phone)) ?? ListItemText.Problem(p[2], nameof(Customer.Email), email: true)
                ?? (p[0] is null && p[1] is null && p[2] is null ? Messages.Get("EmptyContact") : null)) is { } problem
                ? ParseResult<CustomerContact>.Fail(problem)
                : ParseResult<CustomerContact>.Ok(new CustomerContact(p[0], p[1], p[2], trusted: true)));

    internal static CustomerContact Trusted(string? name, string? phone, string? email) => new(name, phone, email, trusted: true);

    /// <summary>Gets the text form, <c>name|phone|email</c>, that <see cref="Parse"/> reads.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => ListItemText.Join(Name, Phone, Email);

    /// <summary>Tells whether another contact has the same parts.</summary>
    /// <param name="other">The other contact.</param>
    /// <returns>True when every part is equal (ordinal).</returns>
    public bool Equals(CustomerContact? other) => other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CustomerContact);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
