using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Customers;

[Properties(Arbitrary = [typeof(SnapshotGenerators)], MaxTest = 100)]
public class CustomerFieldProperties
{
    // The law a customer file relies on: every exported value written as text reads back to the same value.
    [Property]
    public bool ExportedValue_ReadBackFromItsText_IsTheSameValue(AccountSetRecipe recipe)
    {
        foreach (var customer in recipe.Build().Archive)
        {
            foreach (var field in CustomerFields.All.Where(f => f.IsExported && !f.IsKey && f != CustomerFields.Name))
            {
                var text = field.FormatStoredValue(customer);
                var copy = new Customer(customer.Code, customer.Name);
                var read = text is null ? copy : field.SetValue(copy, field.ParseValue(text));
                if (!string.Equals(field.FormatStoredValue(read), text, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
