using System.Collections.Generic;

namespace CustomerClassification.Customers;

/// <summary>The fields of a customer that the change log compares, by name (classification and custom fields are compared apart).</summary>
internal static class CustomerFields
{
    public static IReadOnlyList<(string Field, Func<Customer, object?> Value)> All { get; } =
    [
        (nameof(Customer.Name), c => c.Name),
        (nameof(Customer.ShortName), c => c.ShortName),
        (nameof(Customer.MnemonicCode), c => c.MnemonicCode),
        (nameof(Customer.TaxId), c => c.TaxId?.Value),
        (nameof(Customer.DevelopedOn), c => c.DevelopedOn),
        (nameof(Customer.DeactivatedOn), c => c.DeactivatedOn),
        (nameof(Customer.CreditGrade), c => c.CreditGrade),
        (nameof(Customer.CreditLimit), c => c.CreditLimit),
        (nameof(Customer.PaymentTerms), c => c.PaymentTerms?.ToString()),
        (nameof(Customer.DiscountRate), c => c.DiscountRate),
        (nameof(Customer.DefaultTaxRate), c => c.DefaultTaxRate),
        (nameof(Customer.SettlementMethod), c => c.SettlementMethod),
        (nameof(Customer.Contact), c => c.Contact),
        (nameof(Customer.Phone), c => c.Phone),
        (nameof(Customer.Email), c => c.Email),
        (nameof(Customer.Address), c => c.Address),
        (nameof(Customer.ShipToAddresses), c => c.ShipToAddresses),
        (nameof(Customer.BankName), c => c.BankName),
        (nameof(Customer.BankAccount), c => c.BankAccount),
        (nameof(Customer.Tags), c => c.Tags),
    ];
}
