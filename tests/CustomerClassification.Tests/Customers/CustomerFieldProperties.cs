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

    // The law the readers rely on: a customer filled in place, field by field, equals the one made by a copy per field.
    [Property]
    public bool Customer_FilledInPlace_EqualsTheOneMadeByCopies(AccountSetRecipe recipe)
    {
        var fields = CustomerFields.All.Where(f => !f.IsKey && f != CustomerFields.Name).ToArray();
        foreach (var customer in recipe.Build().Archive)
        {
            var copied = fields.Aggregate(new Customer(customer.Code, customer.Name), (c, f) => f.Set(c, f.Stored(customer)));
            var filled = new Customer(customer.Code, customer.Name);
            using (Customer.Building(filled))
            {
                foreach (var field in fields)
                {
                    field.Initialise(filled, field.Stored(customer));
                }
            }

            if (filled != copied || filled.GetHashCode() != copied.GetHashCode())
            {
                return false;
            }
        }

        return true;
    }
}
