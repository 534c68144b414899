using CustomerClassification.Archives;
using CustomerClassification.Customers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerClassification.Tests.Archives;

/// <summary>A chunked run of a group's members is the sorted set of its entries, whatever adds and removals made it.</summary>
public class EntryRunProperties
{
    private static readonly Customer[] Customers = [.. Enumerable.Range(0, 600).Select(i => new Customer(FormattableString.Invariant($"C{i:D4}"), "客户"))];

    [ScaledProperty(MaxTest = 200)]
    public void AddsAndRemovals_KeepTheRun_TheSortedSetOfItsEntries(int[] operations, bool keyed)
    {
        var run = EntryRun.Empty;
        var model = new SortedSet<CustomerGroups.Entry>(Comparer<CustomerGroups.Entry>.Create(CustomerGroups.Compare));
        foreach (var operation in operations.SelectMany(o => new[] { o, o * 31, o * 17 }))
        {
            var customer = Customers[Math.Abs(operation % Customers.Length)];
            var entry = new CustomerGroups.Entry(keyed ? "K" + (customer.Code.GetHashCode(StringComparison.Ordinal) & 7) : null, customer);
            if (operation % 3 == 0)
            {
                run = run.Without(entry);
                model.Remove(entry);
            }
            else
            {
                run = run.With(entry);
                model.Remove(entry);
                model.Add(entry);
            }
        }

        Assert.Equal(model.ToArray(), run.ToArray());
        Assert.Equal(model.Count, run.Count);
        var customers = new List<Customer>();
        run.AddCustomersTo(customers);
        Assert.Equal(model.Select(e => e.Customer), customers);
        Assert.Equal(model.Where(e => string.CompareOrdinal(e.Key, "K3") >= 0), run.From("K3"));
    }

    [Fact]
    public void ARunOfThousands_IsSplitInChunks_AndReadInOrder()
    {
        var run = EntryRun.Empty;
        foreach (var customer in Customers.Reverse())
        {
            run = run.With(new CustomerGroups.Entry(null, customer));
        }

        Assert.Equal(Customers, run.ToArray().Select(e => e.Customer));
        Assert.Equal(Customers.Skip(1), run.Without(new CustomerGroups.Entry(null, Customers[0])).ToArray().Select(e => e.Customer));
        Assert.Same(run, run.Without(new CustomerGroups.Entry("x", Customers[0])));
        Assert.Equal(Customers, EntryRun.Of([.. Customers.Select(c => new CustomerGroups.Entry(null, c))]).ToArray().Select(e => e.Customer));
    }
}
