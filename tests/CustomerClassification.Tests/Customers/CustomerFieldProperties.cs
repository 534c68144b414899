using CustomerClassification.Customers;
using CustomerClassification.Tests.Generators;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Customers;

[ScaledProperties(Arbitrary = [typeof(SnapshotGenerators)], MaxTest = 100)]
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

    // The law the readers rely on: a customer built from its stored values, field by field, is the customer again, and
    // so is one built from the builder the customer hands out.
    [Property]
    public bool Customer_BuiltFromItsStoredValues_IsTheSameCustomer(AccountSetRecipe recipe)
    {
        var fields = CustomerFields.All.Where(f => !f.IsKey && f != CustomerFields.Name).ToArray();
        foreach (var customer in recipe.Build().Archive)
        {
            var builder = Customer.CreateBuilder(customer.Code, customer.Name);
            foreach (var field in fields)
            {
                builder.Restore(field, field.Stored(customer));
            }

            builder.Dimensions = customer.Dimensions;
            builder.CustomFields = customer.CustomFields;
            var built = builder.Build();
            var rebuilt = customer.ToBuilder().Build();
            if (built != customer || built.GetHashCode() != customer.GetHashCode() || rebuilt != customer || ReferenceEquals(rebuilt, customer))
            {
                return false;
            }
        }

        return true;
    }

    // The law the snapshot reader's one builder relies on: a restarted builder keeps nothing of the customer before.
    [Property]
    public bool Builder_Restarted_KeepsNothingOfTheCustomerBefore(AccountSetRecipe recipe)
    {
        foreach (var customer in recipe.Build().Archive)
        {
            var restarted = customer.ToBuilder().Restart("X1", "新客户").Build();
            if (restarted != new Customer("X1", "新客户"))
            {
                return false;
            }
        }

        return true;
    }
}
